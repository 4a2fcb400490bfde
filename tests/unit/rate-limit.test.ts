import { beforeEach, describe, expect, it } from 'vitest';
import { takeRateLimit } from '@/lib/rate-limit/rate-limit';
import { db } from '../support/notice-fixtures';

beforeEach(async () => {
  await db.rateEvent.deleteMany();
});

describe('takeRateLimit', () => {
  it('admits exactly the limit when many requests arrive at once', async () => {
    const now = new Date('2026-12-01T00:00:00Z');
    const rules = [{ key: 'probe-ip:192.0.2.1', limit: 12, windowMs: 3_600_000 }];
    const results = await Promise.all(Array.from({ length: 40 }, () => takeRateLimit(rules, now)));
    expect(results.filter((r) => r.ok)).toHaveLength(12);
    expect(await db.rateEvent.count({ where: { key: 'probe-ip:192.0.2.1' } })).toBe(12);
    const refused = results.find((r) => !r.ok);
    expect(refused).toEqual({ ok: false, retryAfterSeconds: 3600 });
  });

  it('records nothing for a refused request, so a second rule that would pass is not spent', async () => {
    const now = new Date('2026-12-01T00:00:00Z');
    await db.rateEvent.create({ data: { key: 'a', createdAt: now } });
    const result = await takeRateLimit(
      [
        { key: 'b', limit: 5, windowMs: 60_000 },
        { key: 'a', limit: 1, windowMs: 60_000 },
      ],
      now,
    );
    expect(result.ok).toBe(false);
    expect(await db.rateEvent.count({ where: { key: 'b' } })).toBe(0);
  });
});
