import { describe, expect, it } from 'vitest';
import { IntlMessageFormat } from 'intl-messageformat';
import { AUDIT_ACTIONS } from '@/lib/audit/record-audit';
import { PROBE_CODES } from '@/lib/mail-probe/probe-errors';
import { flatEn, flatJa } from '../support/message-catalogs';

describe('messages', () => {
  it('has the same keys in English and Japanese', () => {
    expect(Object.keys(flatJa).sort()).toEqual(Object.keys(flatEn).sort());
  });

  it('parses as ICU in both languages, with the same arguments', () => {
    // Argument and tag names used anywhere in a message (literal text nodes have type 0).
    const args = (message: string, locale: string): string[] => {
      const names = new Set<string>();
      const walk = (node: unknown): void => {
        if (Array.isArray(node)) return node.forEach(walk);
        if (!node || typeof node !== 'object') return;
        const { type, value } = node as { type?: number; value?: unknown };
        if (type !== 0 && typeof value === 'string') names.add(value);
        Object.values(node).forEach(walk);
      };
      walk(new IntlMessageFormat(message, locale).getAst());
      return [...names].sort();
    };
    for (const key of Object.keys(flatEn)) {
      expect(() => new IntlMessageFormat(flatEn[key]!, 'en')).not.toThrow();
      expect(() => new IntlMessageFormat(flatJa[key]!, 'ja')).not.toThrow();
      expect([key, args(flatJa[key]!, 'ja')]).toEqual([key, args(flatEn[key]!, 'en')]);
    }
  });

  // Product names and protocol terms that Japanese writes exactly as English does.
  const SAME_IN_BOTH = [
    /^Checker\.programs\./,
    /^Checker\.securityOptions\./,
    /^Checker\.incomingAuthOptions\.(apop|cram-md5)$/,
    /^Checker\.outgoingAuthOptions\.pop-before-smtp$/,
  ];

  it('has no empty strings and no untranslated English left in Japanese', () => {
    for (const [key, value] of Object.entries(flatJa)) {
      if (SAME_IN_BOTH.some((pattern) => pattern.test(key))) continue;
      expect([key, value.trim().length > 0]).toEqual([key, true]);
      const sameAsEnglish = value === flatEn[key] && /[a-z]{4,}/.test(value.replace(/\{[^}]*\}/g, ''));
      expect([key, sameAsEnglish]).toEqual([key, false]);
    }
  });
});

describe('closed code sets', () => {
  it('name every audit action and probe code in both languages', () => {
    for (const flat of [flatEn, flatJa]) {
      for (const action of AUDIT_ACTIONS)
        expect([action, Boolean(flat[`AuditLog.action.${action.replace('.', '_')}`])]).toEqual([
          action,
          true,
        ]);
      for (const code of PROBE_CODES)
        expect([code, Boolean(flat[`Checker.code.${code}`])]).toEqual([code, true]);
    }
  });
});
