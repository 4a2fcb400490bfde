import type { Prisma } from '@/lib/db/generated/client';
import { prisma } from '@/lib/db/client';
import { NOTICE_TOPICS } from './subscription-topics';

/**
 * Who hears about an event: confirmed subscribers of the notice's category, or, for a status event,
 * of any of the components it concerns.
 */
export function audienceWhere(topic: string, services: string[]): Prisma.SubscriberWhereInput {
  const interest: Prisma.SubscriberInterestWhereInput =
    topic === 'status' ? { kind: 'service', value: { in: services } } : { kind: 'topic', value: topic };
  return { status: 'confirmed', interests: { some: interest } };
}

/** How many subscribers an event would reach: shown to the editor before publishing or posting. */
export async function countAudience(topic: string, services: string[] = []): Promise<number> {
  if (topic === 'status' && services.length === 0) return 0;
  return prisma.subscriber.count({ where: audienceWhere(topic, services) });
}

/** Subscribers per notice category, for the editor's "mail N subscribers" choice. */
export async function audienceByCategory(): Promise<Record<string, number>> {
  const counts = await Promise.all(NOTICE_TOPICS.map((topic) => countAudience(topic)));
  return Object.fromEntries(NOTICE_TOPICS.map((topic, i) => [topic, counts[i] ?? 0]));
}

/** Whether subscribers were already told that this notice was published. */
export async function noticeWasAnnounced(noticeId: string): Promise<boolean> {
  return (await prisma.notificationEvent.count({ where: { key: `notice-published:${noticeId}` } })) > 0;
}

/**
 * Status subscribers grouped by the exact set of services they follow, so the incident form can show
 * how many a given choice of components reaches (the union) without a query per click.
 */
export async function statusAudienceGroups(): Promise<Array<{ services: string[]; count: number }>> {
  const rows = await prisma.subscriberInterest.findMany({
    where: { kind: 'service', subscriber: { status: 'confirmed' } },
    orderBy: [{ subscriberId: 'asc' }, { value: 'asc' }],
    select: { subscriberId: true, value: true },
  });
  const perSubscriber = new Map<string, string[]>();
  for (const row of rows)
    perSubscriber.set(row.subscriberId, [...(perSubscriber.get(row.subscriberId) ?? []), row.value]);
  const groups = new Map<string, { services: string[]; count: number }>();
  for (const services of perSubscriber.values()) {
    const key = services.join(',');
    const group = groups.get(key) ?? { services, count: 0 };
    group.count += 1;
    groups.set(key, group);
  }
  return [...groups.values()];
}
