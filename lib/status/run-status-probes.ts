import { prisma } from '@/lib/db/client';
import type { MailRegistry } from '@/lib/mail-registry/registry-schema';
import { runProbes } from '@/lib/mail-probe/run-probes';
import type { EndpointResult } from '@/lib/mail-probe/probe-result';
import type { ProbeTimeouts } from '@/lib/mail-probe/probe-timeouts';
import { effectiveState, probeVerdict } from './component-state';
import { ensureStatusComponents, incidentWindows, recordComponentProbe, splitList } from './status-store';

function findingText(result: EndpointResult | undefined): string {
  if (!result) return 'UNKNOWN';
  return result.findings
    .map((f) =>
      f.code === 'CERT_EXPIRING' && result.tls?.certificate
        ? `${f.code} (${result.tls.certificate.daysLeft} days left)`
        : f.code,
    )
    .join(' ');
}

/**
 * One round of status probes: every component's registry endpoints are probed with the checker's
 * engine (no login), and each component's verdict and day tally recorded. `now` is a parameter so
 * tests can drive the clock.
 */
export async function runStatusProbes(
  registry: MailRegistry,
  now = new Date(),
  options: { timeouts?: Partial<ProbeTimeouts> } = {},
) {
  await ensureStatusComponents(registry);
  const components = await prisma.statusComponent.findMany({ orderBy: { position: 'asc' } });
  const known = new Set(registry.endpoints.map((e) => e.id));
  const ids = [...new Set(components.flatMap((c) => splitList(c.endpointIds)))].filter((id) => known.has(id));
  const results = new Map(
    (await runProbes(registry, ids, { timeouts: options.timeouts })).map((r) => [r.id, r]),
  );
  const incidents = await incidentWindows(now);
  const round = [];
  for (const component of components) {
    const endpointIds = splitList(component.endpointIds);
    if (endpointIds.length === 0) continue;
    // An endpoint that vanished from the registry cannot be reached: count it as down.
    const probed = endpointIds.map((id) => results.get(id));
    const probeState = probeVerdict(probed.map((r) => r?.status ?? 'fail'));
    // Staff see every finding, warnings included: a certificate expiring soon is raised here long
    // before it breaks anything, while the public state stays operational.
    const detail = probed
      .map((r, i) => (r && r.status === 'ok' ? null : `${endpointIds[i]}: ${findingText(r)}`))
      .filter(Boolean)
      .join(', ');
    const effective = effectiveState(component.slug, probeState, incidents, now);
    await recordComponentProbe({ componentId: component.id, probeState, effective, detail, now });
    round.push({ slug: component.slug, probeState, effective });
  }
  return round;
}
