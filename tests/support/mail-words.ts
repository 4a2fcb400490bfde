/** The mail translator over the raw catalogs, as the app's (precompiled) one formats them. */
export { catalogMailWords as testMailWords } from '@/lib/notifications/catalog-mail-words';
