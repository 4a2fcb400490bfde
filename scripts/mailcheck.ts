/**
 * `npm run mailcheck -- [--json] [--settings FILE] [--endpoint ID ...] [--email ADDR] [--send-test]`
 * Probes the mail servers of the registry in force (the database's, after importing MAIL_SERVICE_FILE
 * when it changed) with the checker's engine, for operators and monitoring.
 *
 * - With --settings (a customer's settings as JSON, the body of POST /api/check without password):
 *   the same check as the web page, judged the same way: what the customer's program will meet, the
 *   recommended settings, the ordered changes with each policy's date and notice. Exit code 0 only
 *   when the verdict is `ok`; `action-required`, `login-failed`, `busy` and `error` exit 1.
 * - Without it: every endpoint (or each --endpoint) as the registry describes it, with every finding,
 *   staff-only ones (AUTH offered before TLS, a certificate expiring soon) included. Exit code 0 when
 *   no endpoint fails (warnings allowed), 1 otherwise.
 *
 * A login test runs when --email is given and the password is in MAILCHECK_PASSWORD (never on the
 * command line). Exit code 2 for bad arguments.
 */
import fs from 'node:fs';
import { describeCliFailure, parseCli } from './lib/cli.mjs';
import { getActiveRegistry } from '../lib/mail-registry/active-registry';
import { customerSettingsSchema } from '../lib/mail-check/customer-settings';
import { checkSettings, serverHygiene } from '../lib/mail-check/check-settings';
import type { SettingOutcome } from '../lib/mail-check/assess-check';
import { runProbes } from '../lib/mail-probe/run-probes';
import { setLogDestination } from '../lib/operations/logger';
import type { EndpointResult } from '../lib/mail-probe/probe-result';

// The portal's log lines go to stderr: stdout is the report (--json).
setLogDestination(process.stderr);

const USAGE = `
Usage: npm run mailcheck -- [--json] [--settings FILE] [--endpoint ID ...] [--email ADDRESS] [--send-test]

Probes the ISP's mail servers (the registry in force) with the checker's engine.

  --settings FILE   a customer's settings as JSON (the body of POST /api/check without password):
                    the same check and answer as the web page; exit 0 only when nothing needs changing
  --endpoint ID     probe only this registry endpoint (repeatable)
  --email ADDRESS   with MAILCHECK_PASSWORD in the environment: also test the login
  --send-test       after a login: may the server take mail from and to this address (none is sent)
  --locale ja|en    the language of the steps (default ja)
  --json            machine-readable output
  --help            this text

Exit codes: 0 fine, 1 a probe failed or settings need changing, 2 bad arguments or setup.`;

function fail(message: string): never {
  console.error(`mailcheck: ${message}`);
  process.exit(2);
}

function probeLine(r: EndpointResult) {
  const tls = r.tls
    ? ` ${r.tls.version} ${r.tls.cipher} (${r.tls.grade})${r.tls.certificate ? `, cert ${r.tls.certificate.daysLeft} days left` : ''}`
    : '';
  const others = r.findings.slice(1).map((f) => f.code);
  return (
    `${r.status.padEnd(4)}  ${r.id.padEnd(12)} ${r.host}:${r.port} ${r.security.padEnd(8)} ${r.code}` +
    `${others.length > 0 ? ` (+${others.join(', ')})` : ''}${tls}` +
    `${r.ipv6 ? `, IPv6 ${r.ipv6.address} ${r.ipv6.code}` : ''}` +
    `${r.login !== 'skipped' ? `, login ${r.login}` : ''}${r.asConfigured ? ', as the customer set it up' : ''} (${r.durationMs} ms)`
  );
}

const outcomeLine = (s: SettingOutcome) =>
  `${s.role.padEnd(9)} ${s.host}:${s.port} ${s.security.padEnd(8)} ${s.outcome}${s.code !== 'OK' ? ` (${s.code})` : ''}` +
  `${s.policy ? ` since ${s.policy.effective}${s.policy.notice ? `, notice ${s.policy.notice}` : ''}` : ''}`;

async function main() {
  const { values } = parseCli({
    name: 'mailcheck',
    usage: USAGE,
    options: {
      json: { type: 'boolean', default: false },
      settings: { type: 'string' },
      endpoint: { type: 'string', multiple: true },
      email: { type: 'string' },
      'send-test': { type: 'boolean', default: false },
      locale: { type: 'string', default: 'ja' },
    },
  });
  if (values.locale !== 'ja' && values.locale !== 'en') fail('--locale must be ja or en');
  const locale: 'ja' | 'en' = values.locale;
  let registry;
  try {
    registry = await getActiveRegistry();
  } catch (error) {
    const described = describeCliFailure(error);
    fail(
      described.startsWith('unexpected')
        ? error instanceof Error
          ? error.message.split('\n')[0]!
          : 'cannot read the mail service registry'
        : described,
    );
  }
  const unknown = (values.endpoint ?? []).filter(
    (id: string) => !registry.endpoints.some((e) => e.id === id),
  );
  if (unknown.length > 0)
    fail(
      `unknown endpoint id(s): ${unknown.join(', ')} (known: ${registry.endpoints.map((e) => e.id).join(', ')})`,
    );
  const password = process.env.MAILCHECK_PASSWORD;
  const credentials = values.email && password ? { username: values.email, password } : undefined;
  if (credentials && /[\r\n\0]/.test(`${credentials.username}${credentials.password}`))
    fail('the user name or password contains a line break or NUL character');

  if (values.settings) {
    let raw: unknown;
    try {
      raw = JSON.parse(fs.readFileSync(values.settings, 'utf8'));
    } catch {
      fail(`cannot read ${values.settings} as JSON`);
    }
    const parsed = customerSettingsSchema.safeParse(raw);
    if (!parsed.success)
      fail(`${values.settings}: ${parsed.error.issues.map((i) => i.path.join('.')).join(', ')} not valid`);
    const settings = values.email ? { ...parsed.data, email: values.email } : parsed.data;
    const check = await checkSettings(registry, settings, {
      credentials,
      sendTest: values['send-test'],
      onlyEndpoints: values.endpoint,
      locale,
    });
    const hygiene = serverHygiene(check.endpoints);
    if (values.json) {
      console.log(JSON.stringify({ ok: check.verdict === 'ok', ...check, hygiene }, null, 2));
    } else {
      console.log(`verdict  ${check.verdict}`);
      for (const change of check.changes)
        console.log(
          `change   ${change.field}: ${change.current} → ${change.suggested ?? '?'} (${change.reason ?? 'policy'}` +
            `${change.breaksOn ? `, works until ${change.breaksOn}` : ''}` +
            `${change.policy ? `, policy ${change.policy.id} from ${change.policy.effective}${change.policy.notice ? `, notice ${change.policy.notice}` : ''}` : ''})`,
        );
      // The steps on the customer's own program, as the web page shows them.
      check.steps.forEach((step, i) =>
        console.log(
          `step ${String(i + 1).padStart(2)}  ${step.screen}: ${step.text}` +
            `${step.from !== null && step.from !== step.to ? ` (${step.from} → ${step.to})` : ''}`,
        ),
      );
      for (const s of check.yourSettings) console.log(`theirs   ${outcomeLine(s)}`);
      for (const s of check.recommended) console.log(`advised  ${outcomeLine(s)}`);
      for (const p of check.policies)
        console.log(
          `policy   ${p.id}: ${p.inForce ? 'in force since' : 'takes effect on'} ${p.effective}${p.notice ? ` (notice ${p.notice})` : ''}`,
        );
      for (const h of hygiene)
        console.log(`staff    ${h.endpoint}: ${h.code}${h.reply ? ` (${h.reply})` : ''}`);
      for (const r of check.endpoints) console.log(`probe    ${probeLine(r)}`);
    }
    process.exit(check.verdict === 'ok' ? 0 : 1);
  }

  const ids = values.endpoint ?? registry.endpoints.map((e) => e.id);
  let results: EndpointResult[];
  try {
    results = await runProbes(registry, ids, { credentials });
  } catch (error) {
    fail(error instanceof Error ? error.message : 'the probe could not start');
  }
  const allOk = results.every((r) => r.status !== 'fail');
  if (values.json) console.log(JSON.stringify({ ok: allOk, endpoints: results }, null, 2));
  else for (const r of results) console.log(probeLine(r));
  process.exit(allOk ? 0 : 1);
}

main().catch((error: unknown) => fail(describeCliFailure(error)));
