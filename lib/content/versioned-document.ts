import { routing, type Locale } from '@/i18n/routing';
import { faultPoint } from '@/lib/db/fault-points';
import type { Tx } from '@/lib/db/transaction';
import { translationStamp } from './review-input';

/**
 * One way to save versioned bilingual content (notices, FAQ questions, guides). A document is one row
 * with a `version` and its last editor, one translation row per language, and a revision (a JSON
 * snapshot) per saved version. Every save, in the caller's transaction:
 *
 *   optimistic version check → slug clash → the document's own columns → per language: delete a
 *   language left out, upsert a changed one, leave an unchanged one alone → the kind's own extra rows →
 *   re-read → revision → the kind's consequences (audit, events, change row)
 *
 * A kind passes only what differs: its tables and text fields (`DocumentKind`), and per save its
 * columns and consequences (`DocumentSave`). Restoring a revision is the same save, from the snapshot.
 * The fault points are `<kind>.saved`, `<kind>.translated` and `<kind>.revision`, then the kind's own.
 */

/** The translation columns a kind compares and writes (title, summary, body …), all strings. */
export type TextFields<Text> = readonly (keyof Text & string)[];

/** One language's stored row, as the skeleton reads it. */
export type StoredText<Text> = Text & { id: string; locale: string };

/** A stored document with its translations: what a kind's `load` returns. */
export interface StoredDocument<Text> {
  id: string;
  version: number;
  lastEditorEmail: string;
  translations: StoredText<Text>[];
}

/** A revision's snapshot: the kind's own fields plus the text of each language present. */
export interface DocumentSnapshot<Text> {
  translations: Partial<Record<Locale, Text>>;
}

/** What someone else saved in between: their snapshot, its version and who saved it. */
export type Current<Snapshot> = Snapshot & { version: number; editor: string };

/** A save that wrote nothing: an unknown document, a slug in use elsewhere, or a newer version. */
export type SaveFailure<Snapshot> =
  | { ok: false; error: 'not-found' | 'slug-taken' }
  | { ok: false; error: 'conflict'; current: Current<Snapshot> };

/** A committed save: the id, the new version and the cache tags to expire after the commit. */
export type SaveSuccess<Extra = unknown> = {
  ok: true;
  id: string;
  version: number;
  /** Cache tags the commit changed: the caller expires them once it has committed. */
  expire: readonly string[];
} & Extra;

export type SaveResult<Snapshot, Extra = unknown> = SaveSuccess<Extra> | SaveFailure<Snapshot>;

/** The new version number and editor the skeleton writes into the document's own columns. */
export interface VersionStamp {
  version: number;
  lastEditorEmail: string;
}

/** The tables and text of one kind of document, in one transaction's client. */
export interface DocumentKind<Row extends StoredDocument<Text>, Text, Snapshot, Key> {
  /** Names the fault points (`notice.saved` …). */
  name: string;
  /** The translation columns, compared field by field to leave an unchanged language alone. */
  textFields: TextFields<Text>;
  /** A language left out entirely: its row is deleted rather than stored blank. */
  isEmpty(text: Text): boolean;
  /** The document with its translations, by the caller's key (an id, a program …). */
  load(tx: Tx, key: Key): Promise<Row | null>;
  /** The document by its id, after the save (for the revision). */
  reload(tx: Tx, id: string): Promise<Row>;
  /** The revision's JSON: everything an editor can change. */
  snapshot(row: Row): Snapshot;
  deleteText(tx: Tx, textId: string): Promise<unknown>;
  upsertText(
    tx: Tx,
    documentId: string,
    locale: Locale,
    rows: {
      create: Text & { editedAt: Date; reviewedAt: Date };
      update: Text & { editedAt?: Date; reviewedAt?: Date };
    },
  ): Promise<unknown>;
  addRevision(
    tx: Tx,
    revision: { documentId: string; version: number; authorEmail: string; snapshot: string },
  ): Promise<unknown>;
  /** A revision of this document (null when it belongs to another or does not exist). */
  findRevision(tx: Tx, key: Key, revisionId: string): Promise<{ snapshot: string } | null>;
  /** The id of the document that has this slug, for kinds whose slug is unique. */
  slugOwner?(tx: Tx, slug: string): Promise<string | null>;
}

/** One save: what the editor sent and what this kind writes around the skeleton. */
export interface DocumentSave<Row, Text, Done> {
  /** The version the editor started from (null for a new document). */
  expectedVersion: number | null;
  /** Without a document to update, the save is refused as `not-found` (an update by id). */
  requireExisting: boolean;
  /** The slug to check for a clash (kinds with a slug). */
  slug?: string;
  translations: Record<Locale, Text>;
  /** A minor change keeps the other language's "up to date" state (a typo fix). */
  minor: boolean;
  editorEmail: string;
  now: Date;
  /** Checked after the version and slug, before anything is written (the FAQ's category exists). */
  precheck?(tx: Tx, existing: Row | null): Promise<'not-found' | null>;
  /** Writes the document's own columns (with `stamp`), creating it when `existing` is null. */
  write(tx: Tx, existing: Row | null, stamp: VersionStamp): Promise<{ id: string }>;
  /** Rows of the kind's own written after the translations, before the revision (a notice's update entry). */
  afterTexts?(tx: Tx, documentId: string): Promise<void>;
  /** Audit entries, subscribers' events and the change row: the kind's consequences, same transaction. */
  consequences(tx: Tx, saved: { existing: Row | null; row: Row; version: number }): Promise<Done>;
}

/** The conflict answer: the current snapshot, its version and who saved it. */
export function conflictWith<Row extends StoredDocument<Text>, Text, Snapshot>(
  kind: { snapshot(row: Row): Snapshot },
  row: Row,
): SaveFailure<Snapshot> {
  return {
    ok: false,
    error: 'conflict',
    current: { ...kind.snapshot(row), version: row.version, editor: row.lastEditorEmail },
  };
}

/** Each language's text from the stored rows, for a snapshot (only the fields a kind names). */
export function textsOf<Text>(
  rows: readonly (Text & { locale: string })[],
  fields: TextFields<Text>,
): Partial<Record<Locale, Text>> {
  return Object.fromEntries(rows.map((row) => [row.locale, pickText(row, fields)]));
}

function pickText<Text>(row: Text, fields: TextFields<Text>): Text {
  return Object.fromEntries(fields.map((f) => [f, row[f]])) as Text;
}

/** A snapshot's languages as a full input: a language missing from it is blank (left out). */
export function textsForInput<Text>(
  texts: Partial<Record<Locale, Partial<Text>>>,
  empty: Text,
): Record<Locale, Text> {
  return Object.fromEntries(routing.locales.map((l) => [l, { ...empty, ...texts[l] }])) as Record<
    Locale,
    Text
  >;
}

/** Writes the revision of `row` at its version: every save, and any other change that bumps the version. */
export async function recordRevision<Row extends StoredDocument<Text>, Text, Snapshot, Key>(
  tx: Tx,
  kind: DocumentKind<Row, Text, Snapshot, Key>,
  row: Row,
  authorEmail: string,
): Promise<void> {
  await kind.addRevision(tx, {
    documentId: row.id,
    version: row.version,
    authorEmail,
    snapshot: JSON.stringify(kind.snapshot(row)),
  });
}

/**
 * The whole save of one document, in the caller's transaction (see the top of this file). Returns the
 * kind's own result of `consequences` with the id and version, or why nothing was written.
 */
export async function saveDocument<Row extends StoredDocument<Text>, Text, Snapshot, Key, Done>(
  tx: Tx,
  kind: DocumentKind<Row, Text, Snapshot, Key>,
  key: Key,
  save: DocumentSave<Row, Text, Done>,
): Promise<{ ok: true; id: string; version: number; done: Done } | SaveFailure<Snapshot>> {
  const existing = await kind.load(tx, key);
  if (!existing && save.requireExisting) return { ok: false, error: 'not-found' };
  if (existing && existing.version !== save.expectedVersion) return conflictWith(kind, existing);
  if (kind.slugOwner && save.slug !== undefined) {
    const owner = await kind.slugOwner(tx, save.slug);
    if (owner && owner !== existing?.id) return { ok: false, error: 'slug-taken' };
  }
  if (save.precheck) {
    const refused = await save.precheck(tx, existing);
    if (refused) return { ok: false, error: refused };
  }

  const version = (existing?.version ?? 0) + 1;
  const { id } = await save.write(tx, existing, { version, lastEditorEmail: save.editorEmail });
  await faultPoint(`${kind.name}.saved`);

  for (const locale of routing.locales) {
    const text = pickText(save.translations[locale], kind.textFields);
    const before = existing?.translations.find((t) => t.locale === locale);
    if (kind.isEmpty(text)) {
      if (before) await kind.deleteText(tx, before.id);
      continue;
    }
    if (before && kind.textFields.every((field) => before[field] === text[field])) continue;
    // Editing a language also confirms it is current; the other language may now be out of date
    // (unless the editor marked this a minor change, such as a typo fix).
    await kind.upsertText(tx, id, locale, {
      create: { ...text, editedAt: save.now, reviewedAt: save.now },
      update: { ...text, ...translationStamp(save.minor, Boolean(before), save.now) },
    });
  }
  await faultPoint(`${kind.name}.translated`);
  if (save.afterTexts) await save.afterTexts(tx, id);

  const row = await kind.reload(tx, id);
  await recordRevision(tx, kind, row, save.editorEmail);
  await faultPoint(`${kind.name}.revision`);

  const done = await save.consequences(tx, { existing, row, version });
  return { ok: true, id, version, done };
}

/**
 * Restoring saves an old revision as a new version (history is never rewritten), through the same
 * save: `toSave` turns the snapshot (and the document as it is now, for what a revision does not
 * hold, such as the review date) into the kind's save. Unknown revision: `not-found`, nothing written.
 */
export async function restoreDocument<Row extends StoredDocument<Text>, Text, Snapshot, Key, Result>(
  tx: Tx,
  kind: DocumentKind<Row, Text, Snapshot, Key>,
  key: Key,
  revisionId: string,
  toSave: (snapshot: Snapshot, current: Row | null) => Promise<Result>,
): Promise<Result | { ok: false; error: 'not-found' }> {
  const revision = await kind.findRevision(tx, key, revisionId);
  if (!revision) return { ok: false, error: 'not-found' };
  return toSave(JSON.parse(revision.snapshot) as Snapshot, await kind.load(tx, key));
}

/** The columns of a revision list (newest first), the same for every kind. */
export const revisionListQuery = {
  orderBy: { version: 'desc' },
  select: { id: true, version: true, createdAt: true, authorEmail: true },
} as const;
