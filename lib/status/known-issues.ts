import { prisma } from '@/lib/db/client';
import { isActive } from './component-state';
import { incidentWindows, splitList } from './status-store';

export interface KnownIssue {
  id: string;
  kind: 'incident' | 'maintenance';
  title: { en: string; ja: string };
  /** Registry endpoint ids of the failed probes it explains. */
  endpoints: string[];
}

/**
 * Open incidents and maintenance that cover the components of these (failed) endpoints, so the
 * checker can say "this is a known problem on our side" instead of blaming the customer's settings.
 */
export async function knownIssuesFor(failedEndpointIds: string[], now = new Date()): Promise<KnownIssue[]> {
  if (failedEndpointIds.length === 0) return [];
  const [components, incidents] = await Promise.all([
    prisma.statusComponent.findMany({ select: { slug: true, endpointIds: true } }),
    incidentWindows(now, 1),
  ]);
  const endpointsOf = new Map(components.map((c) => [c.slug, splitList(c.endpointIds)]));
  return incidents
    .filter((incident) => isActive(incident, now))
    .flatMap((incident) => {
      const covered = incident.components.flatMap((slug) => endpointsOf.get(slug) ?? []);
      const endpoints = failedEndpointIds.filter((id) => covered.includes(id));
      if (endpoints.length === 0) return [];
      return [
        {
          id: incident.id,
          kind: incident.kind === 'maintenance' ? ('maintenance' as const) : ('incident' as const),
          title: { en: incident.titleEn || incident.titleJa, ja: incident.titleJa || incident.titleEn },
          endpoints,
        },
      ];
    });
}
