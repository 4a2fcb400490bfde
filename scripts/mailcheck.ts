/**
 * `npm run mailcheck -- [--json] [--settings FILE] [--endpoint ID ...] [--email ADDR]`
 * Probes the mail servers of the registry in force (the database's, after importing MAIL_SERVICE_FILE
 * when it changed) with the checker's engine, for operators
 * and monitoring. Without --endpoint it probes every endpoint (or, with --settings, the ones a
 * customer's settings use plus the recommended ones). A login test runs when --email is given and the
 * password is in MAILCHECK_PASSWORD (never on the command line). Exit code 0 when every probed endpoint
 * is ok (or only warns), 1 otherwise, 2 for bad arguments.
 */
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { getActiveRegistry } from '../lib/mail-registry/active-registry';
import { customerSettingsSchema } from '../lib/mail-check/customer-settings';
import { evaluateSettings } from '../lib/mail-check/evaluate-settings';
import { runProbes } from '../lib/mail-probe/run-probes';
import { isoDay } from '../lib/dates/format-date';

function fail(message: string): never {
  console.error(`mailcheck: ${message}`);
  process.exit(2);
}

async function main() {
  const { values } = parseArgs({
    options: {
      json: { type: 'boolean', default: false },
      settings: { type: 'string' },
      endpoint: { type: 'string', multiple: true },
      email: { type: 'string' },
    },
  });
  let registry;
  try {
    registry = await getActiveRegistry();
  } catch (error) {
    fail(error instanceof Error ? error.message : 'cannot read the mail service registry');
  }

  let evaluation;
  if (values.settings) {
    let raw: unknown;
    try {
      raw = JSON.parse(fs.readFileSync(values.settings, 'utf8'));
    } catch {
      fail(`cannot read ${values.settings} as JSON`);
    }
    const settings = customerSettingsSchema.safeParse(raw);
    if (!settings.success)
      fail(`${values.settings}: ${settings.error.issues.map((i) => i.path.join('.')).join(', ')} not valid`);
    evaluation = evaluateSettings(registry, settings.data, isoDay(new Date()));
  }
  const unknown = (values.endpoint ?? []).filter((id) => !registry.endpoints.some((e) => e.id === id));
  if (unknown.length > 0)
    fail(
      `unknown endpoint id(s): ${unknown.join(', ')} (known: ${registry.endpoints.map((e) => e.id).join(', ')})`,
    );
  const ids =
    values.endpoint ??
    (evaluation
      ? [...new Set([...evaluation.usedEndpoints, ...evaluation.recommendedEndpoints])]
      : registry.endpoints.map((e) => e.id));

  const password = process.env.MAILCHECK_PASSWORD;
  const credentials = values.email && password ? { username: values.email, password } : undefined;
  let results;
  try {
    results = await runProbes(registry, ids, { credentials });
  } catch (error) {
    fail(error instanceof Error ? error.message : 'the probe could not start');
  }
  const allOk = results.every((r) => r.status !== 'fail');

  if (values.json) {
    console.log(JSON.stringify({ ok: allOk, fields: evaluation?.fields ?? [], endpoints: results }, null, 2));
  } else {
    for (const field of evaluation?.fields ?? []) {
      if (field.status !== 'ok' || field.breaksOn)
        console.log(
          `setting  ${field.field}: ${field.current} → ${field.suggested ?? '?'} (${field.reason}${field.breaksOn ? `, from ${field.breaksOn}` : ''})`,
        );
    }
    for (const r of results) {
      const tls = r.tls
        ? ` ${r.tls.version}${r.tls.certificate ? `, cert ${r.tls.certificate.daysLeft} days left` : ''}`
        : '';
      console.log(
        `${r.status.padEnd(4)}  ${r.id.padEnd(12)} ${r.host}:${r.port} ${r.security.padEnd(8)} ${r.code}${tls}${r.login !== 'skipped' ? `, login ${r.login}` : ''} (${r.durationMs} ms)`,
      );
    }
  }
  process.exit(allOk ? 0 : 1);
}

main().catch(() => fail('unexpected failure'));
