import { diffLines } from 'diff';
import { routing, type Locale } from '@/i18n/routing';

/** Everything an editor can change, as stored in a revision (JSON). */
export interface NoticeSnapshot {
  slug: string;
  category: string;
  importance: string;
  pinned: boolean;
  status: string;
  publishedAt: string | null;
  translations: Partial<Record<Locale, { title: string; summary: string; body: string }>>;
}

export interface FieldDiff {
  field: string;
  parts: { value: string; added?: boolean; removed?: boolean }[];
}

function fields(snapshot: NoticeSnapshot): [string, string][] {
  const rows: [string, string][] = [
    ['slug', snapshot.slug],
    ['category', snapshot.category],
    ['importance', snapshot.importance],
    ['pinned', String(snapshot.pinned)],
    ['status', snapshot.status],
    ['publishedAt', snapshot.publishedAt ?? ''],
  ];
  for (const locale of routing.locales) {
    const t = snapshot.translations[locale];
    rows.push(
      [`${locale}.title`, t?.title ?? ''],
      [`${locale}.summary`, t?.summary ?? ''],
      [`${locale}.body`, t?.body ?? ''],
    );
  }
  return rows;
}

/** A readable line diff, field by field, of two snapshots; unchanged fields are left out. */
export function diffSnapshots(before: NoticeSnapshot, after: NoticeSnapshot): FieldDiff[] {
  const a = new Map(fields(before));
  return fields(after).flatMap(([field, value]) => {
    const old = a.get(field) ?? '';
    if (old === value) return [];
    return [
      {
        field,
        parts: diffLines(old.endsWith('\n') ? old : `${old}\n`, value.endsWith('\n') ? value : `${value}\n`),
      },
    ];
  });
}
