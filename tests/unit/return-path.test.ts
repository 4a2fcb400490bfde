import { describe, expect, it } from 'vitest';
import { staffReturnPath } from '@/lib/auth/return-path';

describe('where sign-in returns to', () => {
  it('keeps a plain path inside this locale’s staff area', () => {
    expect(staffReturnPath('en', '/en/admin/notices/new')).toBe('/en/admin/notices/new');
    expect(staffReturnPath('ja', '/ja/admin')).toBe('/ja/admin');
  });

  it('falls back to the staff home for anything a redirect cannot carry or that leaves the staff area', () => {
    for (const next of [
      undefined,
      '',
      '/ja/admin/あ',
      '/ja/admin/%E3%81%82',
      '/ja/admin/x\r\nSet-Cookie: a=b',
      '/ja/admin/\0',
      '/ja/admin//evil.example',
      '//evil.example/ja/admin',
      'https://evil.example/ja/admin',
      '/en/admin/faq',
      '/ja/admin/login',
      '/ja/adminx',
      '/ja/admin/../../etc',
      ['/ja/admin/faq'],
      `/ja/admin/${'a'.repeat(300)}`,
    ])
      expect([next, staffReturnPath('ja', next)]).toEqual([next, '/ja/admin']);
  });
});
