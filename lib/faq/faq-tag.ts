/** The cache tag of every public read built from FAQ data (lib/faq/cached-faq.ts). */
export const FAQ_TAG = 'faq';
