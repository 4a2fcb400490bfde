/**
 * The request header in which proxy.ts hands a staff page's own path to the server code it runs
 * (server actions do not see their URL). proxy.ts always replaces a client's copy.
 */
export const REQUEST_PATH_HEADER = 'x-portal-path';
