import { beforeAll, describe, expect, it } from 'vitest';
import { seedDemoContent } from '@/lib/demo/seed-demo-content';
import { getPublicNotice, listArchiveYears } from '@/lib/notices/public-notices';
import { listFaq } from '@/lib/faq/public-faq';
import { PLACEHOLDERS } from '@/lib/site/placeholders';
import { NOTICE_CATEGORIES } from '@/lib/notices/notice-kinds';
import { notices } from '@/prisma/seed-content/notices';
import { faqCategories } from '@/prisma/seed-content/faq';
import { seedDemoInsights } from '@/lib/demo/seed-demo-insights';
import { outcomesByDay, policyInsights } from '@/lib/insights/policy-dashboard';
import { overdueContent } from '@/lib/insights/review-dates';
import { loadRegistryFile } from '@/lib/mail-registry/load-registry';
import { db } from '../support/notice-fixtures';

const now = new Date('2026-11-22T00:00:00Z');
const allText = JSON.stringify({ notices, faqCategories });

beforeAll(async () => {
  await db.notice.deleteMany();
  await db.faqCategory.deleteMany();
});

describe('demo content', () => {
  it('loads into an empty database once, and leaves existing content alone afterwards', async () => {
    expect(await seedDemoContent(db, { notices, faqCategories })).toBe(true);
    expect(await seedDemoContent(db, { notices, faqCategories })).toBe(false);
    expect(await db.notice.count()).toBe(notices.length);
  });

  it('tells the seeds’ story with their dates', async () => {
    const auth = await getPublicNotice('smtp-auth-replaces-pop-before-smtp', 'en', now);
    expect(auth?.publishedAt).toBe(new Date('2015-04-14T00:00:00+09:00').toISOString());
    expect(auth?.updates.map((u) => u.date)).toEqual([
      new Date('2021-09-28T00:00:00+09:00').toISOString(),
      new Date('2015-07-14T00:00:00+09:00').toISOString(),
    ]);
    const intro = await getPublicNotice('pop-before-smtp-introduction', 'ja', now);
    expect(intro?.status).toBe('archived');
    expect(intro?.publishedAt).toBe(new Date('2003-12-24T00:00:00+09:00').toISOString());
    expect(intro?.bodyHtml).toContain('15');
    expect((await listArchiveYears(now)).map((y) => y.year)).toEqual(
      expect.arrayContaining([2003, 2015, 2021]),
    );
  });

  it('has at least 15 FAQ questions in each language, with the nine historical POP-before-SMTP ones', async () => {
    for (const locale of ['en', 'ja'] as const) {
      const faq = await listFaq(locale);
      const questions = faq.flatMap((c) => c.questions);
      expect(questions.length).toBeGreaterThanOrEqual(15);
      expect(questions.filter((q) => !q.fallback).length).toBe(questions.length);
      expect(questions.filter((q) => q.historical).length).toBeGreaterThanOrEqual(9);
    }
  });

  it('puts the historical answers on the review list, and fills the insight charts once', async () => {
    const overdue = await overdueContent('en');
    expect(overdue.filter((o) => o.kind === 'faq' && o.historical).length).toBeGreaterThanOrEqual(9);
    await db.insightCount.deleteMany();
    const at = new Date('2026-12-03T03:00:00Z');
    expect(await seedDemoInsights(db, at)).toBe(true);
    expect(await seedDemoInsights(db, at)).toBe(false);
    const days = await outcomesByDay(at);
    expect(days.every((d) => d.total > 0)).toBe(true);
    const policies = await policyInsights(loadRegistryFile('config/mail-service.demo.json'), at);
    const ssl = policies.find((p) => p.id === 'encrypted-login-required');
    expect(ssl?.told).toBeGreaterThan(ssl?.passed ?? Infinity);
    expect(ssl?.passed).toBeGreaterThan(0);
    await db.insightCount.deleteMany();
  });

  it('writes every notice in both languages except the one deliberately in Japanese only', () => {
    const jaOnly = notices.filter((n) => !n.title.en);
    expect(jaOnly.map((n) => n.slug)).toEqual(['year-end-support-hours-2026']);
    for (const notice of notices.filter((n) => n.title.en)) {
      expect([notice.slug, Boolean(notice.title.ja && notice.body.en && notice.body.ja)]).toEqual([
        notice.slug,
        true,
      ]);
    }
    expect(new Set(notices.map((n) => n.category))).toEqual(new Set(NOTICE_CATEGORIES));
  });

  it('names no real ISP or domain: only placeholders and documentation domains', () => {
    const placeholders = [...allText.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]);
    expect(placeholders.length).toBeGreaterThan(0);
    expect(placeholders.filter((p) => !(PLACEHOLDERS as readonly string[]).includes(p!))).toEqual([]);
    const domains = [
      ...allText.matchAll(/\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|jp|org|co\.jp|ne\.jp)\b/gi),
    ].map((m) => m[0]);
    expect(domains).toEqual([]);
    expect(allText).not.toMatch(/spinnet|sanin/i);
  });
});
