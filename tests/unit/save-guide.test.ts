import { beforeEach, describe, expect, it } from 'vitest';
import { formFieldErrors } from '@/lib/content/form-errors';
import { getGuideForEdit, listGuideRevisions, listGuidesForAdmin } from '@/lib/guides/admin-guides';
import { checkGuideImageFile, sniffImageType } from '@/lib/guides/guide-image-file';
import {
  addGuideImage,
  deleteGuideImage,
  listGuideImagesForEdit,
  moveGuideImage,
} from '@/lib/guides/guide-images';
import {
  GUIDE_IMAGE_LIMITS,
  GUIDE_LIMITS,
  guideImageInputSchema,
  guideInputSchema,
  type GuideInput,
} from '@/lib/guides/guide-input';
import { getGuideImage } from '@/lib/guides/public-guides';
import { restoreGuideRevision, saveGuide } from '@/lib/guides/save-guide';
import { db } from '../support/notice-fixtures';

/** A real 1×1 PNG. */
const PNG = Uint8Array.from(
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
    'base64',
  ),
);
const JPEG = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01]);
const WEBP = Uint8Array.from([...Buffer.from('RIFF'), 0x24, 0, 0, 0, ...Buffer.from('WEBPVP8 ')]);

const EDITED_BEFORE = new Date('2025-01-01T00:00:00Z');

/** The Thunderbird guide as an earlier editor left it: version 1, both languages. */
async function seedGuide() {
  return db.guide.create({
    data: {
      program: 'thunderbird',
      position: 2,
      incoming: 'imap,pop3',
      lastEditorEmail: 'seed@example.test',
      translations: {
        create: [
          {
            locale: 'en',
            name: 'Thunderbird',
            summary: 'For Thunderbird 115 and later.',
            newAccount: '1. Enter `{{incomingHost}}`.',
            existingAccount: '1. Check port {{outgoingPort}}.',
            editedAt: EDITED_BEFORE,
            reviewedAt: EDITED_BEFORE,
          },
          {
            locale: 'ja',
            name: 'Thunderbird',
            summary: 'Thunderbird 115 以降が対象です。',
            newAccount: '1. `{{incomingHost}}` を入力します。',
            existingAccount: '1. ポート番号 {{outgoingPort}} を確認します。',
            editedAt: EDITED_BEFORE,
            reviewedAt: EDITED_BEFORE,
          },
        ],
      },
    },
  });
}

function input(overrides: { en?: Partial<GuideInput['translations']['en']> } & Partial<GuideInput> = {}) {
  const { en, ...rest } = overrides;
  return {
    supported: true,
    incoming: 'imap,pop3',
    reviewBy: null,
    minor: false,
    translations: {
      en: {
        name: 'Thunderbird',
        summary: 'For Thunderbird 115 and later.',
        newAccount: '1. Enter `{{incomingHost}}`.',
        existingAccount: '1. Check port {{outgoingPort}}.',
        ...en,
      },
      ja: {
        name: 'Thunderbird',
        summary: 'Thunderbird 115 以降が対象です。',
        newAccount: '1. `{{incomingHost}}` を入力します。',
        existingAccount: '1. ポート番号 {{outgoingPort}} を確認します。',
      },
    },
    ...rest,
  } satisfies GuideInput;
}

beforeEach(async () => {
  await db.guide.deleteMany();
});

describe('saveGuide', () => {
  it('saves both languages, the variants and support with a revision, and moves only the edited language', async () => {
    await seedGuide();
    const result = await saveGuide(
      'thunderbird',
      1,
      input({ incoming: 'pop3,imap', supported: false, en: { summary: 'Edited summary.' } }),
      'ed@example.test',
    );
    expect(result).toEqual({ ok: true, id: expect.any(String), version: 2, expire: ['guides'] });

    const guide = await getGuideForEdit('thunderbird');
    expect(guide).toMatchObject({
      version: 2,
      incoming: 'pop3,imap',
      supported: false,
      lastEditorEmail: 'ed@example.test',
    });
    const en = guide!.translations.find((t) => t.locale === 'en')!;
    const ja = guide!.translations.find((t) => t.locale === 'ja')!;
    expect(en.summary).toBe('Edited summary.');
    expect(en.editedAt.getTime()).toBeGreaterThan(EDITED_BEFORE.getTime());
    expect(ja.editedAt).toEqual(EDITED_BEFORE);
    // Japanese is now behind English, in the editor and in the staff list.
    expect(guide!.languages).toEqual({ ja: 'stale', en: 'current' });
    const row = (await listGuidesForAdmin()).find((r) => r.program === 'thunderbird');
    expect(row).toMatchObject({
      languages: { ja: 'stale', en: 'current' },
      lastEditorEmail: 'ed@example.test',
    });

    const revisions = await listGuideRevisions('thunderbird');
    expect(revisions.map((r) => [r.version, r.authorEmail])).toEqual([[2, 'ed@example.test']]);
    const stored = await db.guideRevision.findFirstOrThrow();
    expect(JSON.parse(stored.snapshot)).toMatchObject({
      supported: false,
      incoming: 'pop3,imap',
      translations: { en: { summary: 'Edited summary.' }, ja: { name: 'Thunderbird' } },
    });
  });

  it('refuses a save based on an older version, returns the current text and writes nothing', async () => {
    await seedGuide();
    expect(
      await saveGuide('thunderbird', 1, input({ en: { summary: 'Theirs.' } }), 'b@example.test'),
    ).toMatchObject({ ok: true, version: 2 });
    const stale = await saveGuide('thunderbird', 1, input({ en: { summary: 'Mine.' } }), 'a@example.test');
    expect(stale).toMatchObject({
      ok: false,
      error: 'conflict',
      current: { version: 2, editor: 'b@example.test' },
    });
    if (stale.ok || stale.error !== 'conflict') return;
    expect(stale.current.translations.en?.summary).toBe('Theirs.');
    expect(stale.current.translations.ja?.name).toBe('Thunderbird');
    expect(await db.guideRevision.count()).toBe(1);
    const en = await db.guideTranslation.findFirstOrThrow({ where: { locale: 'en' } });
    expect(en.summary).toBe('Theirs.');

    // A save without a version (a replayed or hand-made request) is refused the same way.
    expect(await saveGuide('thunderbird', null, input(), 'a@example.test')).toMatchObject({
      ok: false,
      error: 'conflict',
    });
  });

  it('creates the guide of a program that has none yet, and removes a language left empty', async () => {
    const created = await saveGuide('becky', null, input(), 'ed@example.test');
    expect(created).toMatchObject({ ok: true, version: 1 });
    const emptyEnglish = input();
    emptyEnglish.translations.en = { name: '', summary: '', newAccount: '', existingAccount: '' };
    expect(await saveGuide('becky', 1, emptyEnglish, 'ed@example.test')).toMatchObject({
      ok: true,
      version: 2,
    });
    const guide = await getGuideForEdit('becky');
    expect(guide?.translations.map((t) => t.locale)).toEqual(['ja']);
    expect(guide?.languages).toEqual({ ja: 'current', en: 'missing' });
    // A save that expects a guide that does not exist is not turned into a new one.
    expect(await saveGuide('iphone', 3, input(), 'ed@example.test')).toEqual({
      ok: false,
      error: 'not-found',
    });
  });

  it('restores an old revision as a new version, keeping the history', async () => {
    await seedGuide();
    await saveGuide('thunderbird', 1, input({ en: { summary: 'First edit.' } }), 'a@example.test');
    await saveGuide(
      'thunderbird',
      2,
      input({ en: { summary: 'Second edit.' }, incoming: 'imap' }),
      'b@example.test',
    );
    const first = (await listGuideRevisions('thunderbird')).find((r) => r.version === 2)!;

    expect(await restoreGuideRevision('thunderbird', first.id, 2, 'c@example.test')).toMatchObject({
      ok: false,
      error: 'conflict',
    });
    expect(await restoreGuideRevision('iphone', first.id, 3, 'c@example.test')).toEqual({
      ok: false,
      error: 'not-found',
    });
    const restored = await restoreGuideRevision('thunderbird', first.id, 3, 'c@example.test');
    expect(restored).toMatchObject({ ok: true, version: 4 });
    const guide = await getGuideForEdit('thunderbird');
    expect(guide?.incoming).toBe('imap,pop3');
    expect(guide?.translations.find((t) => t.locale === 'en')?.summary).toBe('First edit.');
    expect((await listGuideRevisions('thunderbird')).map((r) => [r.version, r.authorEmail])).toEqual([
      [4, 'c@example.test'],
      [3, 'b@example.test'],
      [2, 'a@example.test'],
    ]);
  });
});

describe('guide input', () => {
  it('bounds every text and asks for a whole language', () => {
    const long = input({ en: { name: 'x'.repeat(GUIDE_LIMITS.name + 1) } });
    const partial = input({ en: { newAccount: '  ' } });
    const badOrder = { ...input(), incoming: 'smtp' };
    const errors = (value: unknown) => {
      const parsed = guideInputSchema.safeParse(value);
      return parsed.success ? {} : formFieldErrors(parsed.error);
    };
    expect(errors(input())).toEqual({});
    expect(errors(long)).toEqual({ 'translations.en.name': 'tooLong' });
    expect(errors(partial)).toEqual({ 'translations.en.newAccount': 'required' });
    expect(errors(badOrder)).toEqual({ incoming: 'invalid' });
    const nothing = input();
    for (const l of ['en', 'ja'] as const)
      nothing.translations[l] = { name: '', summary: '', newAccount: '', existingAccount: '' };
    expect(errors(nothing)).toEqual({ 'translations.ja.name': 'oneLanguage' });
  });

  it('requires alt text in both languages, at most 300 characters, and a known section', () => {
    const errors = (value: unknown) => {
      const parsed = guideImageInputSchema.safeParse(value);
      return parsed.success ? {} : formFieldErrors(parsed.error);
    };
    expect(
      errors({ section: 'newAccount', alt: { en: 'The account screen', ja: 'アカウント画面' } }),
    ).toEqual({});
    expect(
      errors({ section: 'sidebar', alt: { en: '  ', ja: 'あ'.repeat(GUIDE_IMAGE_LIMITS.alt + 1) } }),
    ).toEqual({ section: 'invalid', 'alt.en': 'altRequired', 'alt.ja': 'tooLong' });
  });
});

describe('screenshot files', () => {
  it('reads the type from the content', () => {
    expect(sniffImageType(PNG)).toBe('image/png');
    expect(sniffImageType(JPEG)).toBe('image/jpeg');
    expect(sniffImageType(WEBP)).toBe('image/webp');
    expect(sniffImageType(Buffer.from('GIF89a'))).toBeNull();
    expect(sniffImageType(Buffer.from('RIFF\0\0\0\0WAVEfmt '))).toBeNull();
  });

  it('accepts PNG, JPEG and WebP whose content matches their declared type', () => {
    expect(checkGuideImageFile({ bytes: PNG, declaredType: 'image/png' })).toEqual({
      ok: true,
      mimeType: 'image/png',
    });
    expect(checkGuideImageFile({ bytes: JPEG, declaredType: 'image/jpeg' })).toMatchObject({ ok: true });
    expect(checkGuideImageFile({ bytes: WEBP, declaredType: 'image/webp' })).toMatchObject({ ok: true });
    // No declared type: judged by content alone.
    expect(checkGuideImageFile({ bytes: PNG, declaredType: '' })).toEqual({
      ok: true,
      mimeType: 'image/png',
    });
  });

  it('refuses a fake PNG, a PNG sent as JPEG, an empty and an oversized file', () => {
    const fakePng = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    expect(checkGuideImageFile({ bytes: fakePng, declaredType: 'image/png' })).toEqual({
      ok: false,
      error: 'not-image',
    });
    expect(checkGuideImageFile({ bytes: fakePng, declaredType: 'image/jpeg' })).toEqual({
      ok: false,
      error: 'not-image',
    });
    expect(checkGuideImageFile({ bytes: PNG, declaredType: 'image/jpeg' })).toEqual({
      ok: false,
      error: 'type-mismatch',
    });
    expect(checkGuideImageFile({ bytes: new Uint8Array(), declaredType: 'image/png' })).toEqual({
      ok: false,
      error: 'missing',
    });
    const oversized = new Uint8Array(GUIDE_IMAGE_LIMITS.bytes + 1);
    oversized.set(PNG);
    expect(checkGuideImageFile({ bytes: oversized, declaredType: 'image/png' })).toEqual({
      ok: false,
      error: 'too-large',
    });
    const largest = new Uint8Array(GUIDE_IMAGE_LIMITS.bytes);
    largest.set(PNG);
    expect(checkGuideImageFile({ bytes: largest, declaredType: 'image/png' })).toMatchObject({ ok: true });
  });
});

describe('guide screenshots', () => {
  const alt = (n: number) => ({ en: `Screen ${n}`, ja: `画面${n}` });

  it('are stored with their bytes, moved within their section and deleted', async () => {
    await seedGuide();
    const add = (n: number, section: 'newAccount' | 'existingAccount' = 'newAccount') =>
      addGuideImage(
        'thunderbird',
        { section, alt: alt(n) },
        { bytes: PNG, mimeType: 'image/png' },
        'ed@example.test',
      );
    const one = (await add(1))!;
    const two = (await add(2))!;
    const other = (await add(3, 'existingAccount'))!;
    expect(
      await addGuideImage(
        'iphone',
        { section: 'newAccount', alt: alt(4) },
        { bytes: PNG, mimeType: 'image/png' },
        'x@example.test',
      ),
    ).toBeNull();

    const served = await getGuideImage(one.id);
    expect(served?.mimeType).toBe('image/png');
    expect(Buffer.from(served!.data).equals(Buffer.from(PNG))).toBe(true);

    const order = async () => (await listGuideImagesForEdit('thunderbird')).map((i) => [i.section, i.altEn]);
    expect(await order()).toEqual([
      ['existingAccount', 'Screen 3'],
      ['newAccount', 'Screen 1'],
      ['newAccount', 'Screen 2'],
    ]);
    expect(await moveGuideImage('thunderbird', one.id, 'up', 'ed@example.test')).toBe(false);
    expect(await moveGuideImage('thunderbird', other.id, 'down', 'ed@example.test')).toBe(false);
    expect(await moveGuideImage('iphone', two.id, 'up', 'ed@example.test')).toBe(false);
    expect(await moveGuideImage('thunderbird', two.id, 'up', 'mover@example.test')).toBe(true);
    expect(await order()).toEqual([
      ['existingAccount', 'Screen 3'],
      ['newAccount', 'Screen 2'],
      ['newAccount', 'Screen 1'],
    ]);
    expect((await getGuideForEdit('thunderbird'))?.lastEditorEmail).toBe('mover@example.test');

    expect(await deleteGuideImage('iphone', two.id, 'ed@example.test')).toBe(false);
    expect(await deleteGuideImage('thunderbird', two.id, 'ed@example.test')).toBe(true);
    expect(await getGuideImage(two.id)).toBeNull();
    expect(await order()).toEqual([
      ['existingAccount', 'Screen 3'],
      ['newAccount', 'Screen 1'],
    ]);
    // Screenshots are not part of the text's versions.
    expect((await getGuideForEdit('thunderbird'))?.version).toBe(1);
  });
});
