import { NOTICE_CATEGORIES, type NoticeCategory } from '@/lib/notices/notice-kinds';

/** What a subscriber can hear about: the notice categories, and status changes per component. */
export const NOTICE_TOPICS = NOTICE_CATEGORIES;
export type NoticeTopic = NoticeCategory;

export const FREQUENCIES = ['immediate', 'daily'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

/** Digest hours offered, in Japan time. */
export const DIGEST_HOURS = Array.from({ length: 24 }, (_, hour) => hour);

/** What a subscriber chose: notice categories and status components (their slugs). */
export interface Interests {
  topics: string[];
  services: string[];
}

/** One stored choice (a SubscriberInterest row): kind `topic` (a category) or `service` (a slug). */
export interface InterestRow {
  kind: string;
  value: string;
}

/** The relation to read with a subscriber to know its choices (`interestsOf`). */
export const withInterests = { interests: { select: { kind: true, value: true } } } as const;

/** The rows that store a subscriber's choices, each value once. */
export function interestRows(choice: { topics: readonly string[]; services: readonly string[] }) {
  const rows = (kind: 'topic' | 'service', values: readonly string[]) =>
    [...new Set(values)].filter(Boolean).map((value) => ({ kind, value }));
  return [...rows('topic', choice.topics), ...rows('service', choice.services)];
}

/** A subscriber's choices from its stored rows. */
export function interestsOf(rows: readonly InterestRow[]): Interests {
  const of = (kind: string) => rows.filter((r) => r.kind === kind).map((r) => r.value);
  return { topics: of('topic'), services: of('service') };
}

/** Whether these choices cover an event: its category, or for a status event one of its components. */
export function hearsAbout(
  rows: readonly InterestRow[],
  topic: string,
  services: readonly string[],
): boolean {
  return topic === 'status'
    ? rows.some((r) => r.kind === 'service' && services.includes(r.value))
    : rows.some((r) => r.kind === 'topic' && r.value === topic);
}

/**
 * An event's components are stored delimited on both sides (",smtp,imap,"), so that no value can
 * match part of another. (Subscribers' choices are rows of SubscriberInterest.)
 */
export function toDelimited(values: readonly string[]): string {
  const unique = [...new Set(values)].filter(Boolean);
  return unique.length ? `,${unique.join(',')},` : '';
}

export function fromDelimited(stored: string): string[] {
  return stored.split(',').filter(Boolean);
}
