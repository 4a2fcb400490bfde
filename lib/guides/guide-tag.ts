/** The cache tag of every public read built from guide data (lib/guides/cached-guides.ts). */
export const GUIDES_TAG = 'guides';
