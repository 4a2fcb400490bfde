import { describe, expect, it } from 'vitest';
import en from '@/messages/en.json';
import { pickNamespaces } from '@/i18n/client-messages';

describe('pickNamespaces', () => {
  it('sends only the named namespaces, and groups inside one nested as in the catalog', () => {
    const picked = pickNamespaces(en, ['ReviewFields', 'LanguageName', 'Mail.kind']);
    expect(picked).toEqual({
      ReviewFields: en.ReviewFields,
      LanguageName: en.LanguageName,
      Mail: { kind: en.Mail.kind },
    });
  });

  it('keeps two groups of one namespace side by side', () => {
    const picked = pickNamespaces(en, ['Checker.programs', 'Checker.securityOptions']);
    expect(picked).toEqual({
      Checker: { programs: en.Checker.programs, securityOptions: en.Checker.securityOptions },
    });
  });
});
