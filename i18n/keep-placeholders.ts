/**
 * Values that keep a message's placeholders as they are: `t('created', keepPlaceholders('email'))`
 * gives "The account {email} was created.", a template that a client leaf fills in itself
 * (`.replace('{email}', …)`) for values that only exist in the browser: what the user types, who
 * saved a conflicting version. The catalogs are precompiled at build time (next.config.js), so
 * `t.raw` no longer returns ICU text. Only for simple `{name}` placeholders: plurals and selects
 * need real values, on the server.
 */
export function keepPlaceholders(...names: string[]): Record<string, string> {
  return Object.fromEntries(names.map((name) => [name, `{${name}}`]));
}
