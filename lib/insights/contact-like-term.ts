/**
 * Whether a search term looks like contact details or a link: a URL, an e-mail address, a
 * domain-like name or a phone number. Such terms are kept with the other searches but never offered
 * to staff as "searches that found nothing" or as an FAQ draft: anyone can search, and a planted
 * "Call 0120-… / http://…" must not become the portal's own answer. A customer's genuine search for
 * a server name (`smtp.example.test`) is hidden with them; the price of not publishing a stranger's
 * phone number.
 */
const URL_LIKE = /\b(?:[a-z][a-z0-9+.-]*:\/\/|www\.)/i;
const EMAIL_LIKE = /[^\s@]+@[^\s@]+/;
const DOMAIN_LIKE = /(?<![\p{L}\p{N}-])[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}(?![\p{L}\p{N}])/u;
/** Seven or more digits in a run of digits, spaces, dots, hyphens, slashes and brackets. */
const PHONE_LIKE = /[+(]?\d[\d\s().\-/‐‑–—−ー]{5,}\d/g;

export function looksLikeContact(term: string): boolean {
  const text = term.normalize('NFKC');
  if (URL_LIKE.test(text) || EMAIL_LIKE.test(text) || DOMAIN_LIKE.test(text)) return true;
  return [...text.matchAll(PHONE_LIKE)].some((m) => m[0].replace(/\D/g, '').length >= 7);
}
