/**
 * The runtime values the checker's page puts into a message key, as closed sets, so a key is typed
 * (never cast) and a value without its own words falls back on purpose. Plain data: the checker's
 * client components import it. tests/unit/checker-message-keys.test.ts keeps each set equal to the
 * keys in messages/en.json and messages/ja.json.
 */

/** Probe steps with a name of their own (`Checker.stepName.*`); others (a failed command) show as they are. */
export const NAMED_STEPS = [
  'connect',
  'greeting',
  'ehlo',
  'ehlo-after-tls',
  'capa',
  'capa-after-tls',
  'capability',
  'capability-after-tls',
  'starttls',
  'stls',
  'auth-mechanisms',
  'auth-before-tls',
  'login',
  'certificate',
  'tls-policy',
  'connection',
  'plaintext-login',
  'send-test',
] as const;

/** Errors of POST /api/check with words of their own (`Checker.errors.*`); others read as "unavailable". */
export const CHECK_ERRORS = [
  'invalid',
  'rate-limited',
  'busy',
  'unknown-endpoint',
  'login-needs-email',
  'unavailable',
] as const;

/** Refusal codes with an explanation of their own (`Checker.outcome.refused-*`). */
export const EXPLAINED_REFUSALS = ['PLAINTEXT_REFUSED', 'AUTH_METHOD_UNAVAILABLE', 'SEND_REFUSED'] as const;
