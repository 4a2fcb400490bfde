/**
 * Mail domains whose mailboxes ignore dots in the local part (`t.aro@gmail.com` is `taro@gmail.com`),
 * each with the domain its mail really lands in. The one list of them: add a provider here.
 */
export const DOT_INSENSITIVE_DOMAINS: Readonly<Record<string, string>> = {
  'gmail.com': 'gmail.com',
  'googlemail.com': 'gmail.com',
};

/**
 * The mailbox an address delivers to, as far as the portal can tell without asking its server:
 * lower-cased, `+tag` removed (sub-addressing), and for the domains above dots removed and the
 * domain's alias folded. Used only to key limits on mail the portal sends (one pause and one daily
 * cap per mailbox, so `taro+1@…`, `taro+2@…`, `t.aro@…` do not each get a mail); the address itself
 * is stored and mailed exactly as typed.
 */
export function mailboxKey(email: string): string {
  const address = email.trim().toLowerCase();
  const at = address.lastIndexOf('@');
  if (at <= 0) return address;
  let local = address.slice(0, at);
  let domain = address.slice(at + 1);
  const plus = local.indexOf('+');
  if (plus > 0) local = local.slice(0, plus);
  const canonical = DOT_INSENSITIVE_DOMAINS[domain];
  if (canonical) {
    local = local.replace(/\./g, '');
    domain = canonical;
  }
  return `${local}@${domain}`;
}
