import { beforeEach, describe, expect, it } from 'vitest';
import { noticeDashboardCounts } from '@/lib/notices/admin-notices';
import { clearContent, createNotice } from '../support/notice-fixtures';

beforeEach(clearContent);

describe('translations pending', () => {
  it('counts a notice written in one language only, as well as one whose translation is out of date', async () => {
    await createNotice({ text: { en: { title: 'Both' }, ja: { title: '両方' } } });
    expect((await noticeDashboardCounts()).stale).toBe(0);
    // The year-end support hours, in Japanese only: English readers get a fallback.
    await createNotice({ text: { ja: { title: '年末年始のサポート窓口' } } });
    expect((await noticeDashboardCounts()).stale).toBe(1);
  });
});
