/**
 * Starts the demo mail servers (run by `npm run demo` and the end-to-end tests, alongside the portal).
 * Prints one line `READY <registry file> <ca file>` once listening, then runs until stopped. Logins
 * and refusals are recorded as mail events in the portal's database (DATABASE_URL).
 */
import path from 'node:path';
import { loadRegistryFile } from '../lib/mail-registry/load-registry';
import { startDemoMail } from '../lib/demo/mail/start-demo-mail';
import { demoEventRecorder } from '../lib/demo/mail/record-demo-events';

async function main() {
  const registry = loadRegistryFile(process.env.DEMO_MAIL_REGISTRY || 'config/mail-service.demo.json');
  const dir = path.resolve(process.env.DEMO_MAIL_DIR || 'data/demo-mail');
  // What the servers saw goes into the portal's database, as the real servers' events would.
  const recorder = demoEventRecorder(registry, (error) =>
    console.error(`Demo mail events not recorded: ${error instanceof Error ? error.message : error}`),
  );
  const demo = await startDemoMail({
    dir,
    registry,
    portOffset: Number(process.env.DEMO_MAIL_PORT_OFFSET || 10_000),
    onEvent: recorder.onEvent,
  });
  console.log(`READY ${demo.registryFile} ${demo.caFile}`);
  const stop = () =>
    demo
      .stop()
      .then(() => recorder.flush())
      .then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`Demo mail servers could not start: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
