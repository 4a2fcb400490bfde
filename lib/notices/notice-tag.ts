/** The cache tag of every public read built from notice data (lib/notices/cached-notices.ts). */
export const NOTICES_TAG = 'notices';
