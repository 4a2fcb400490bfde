'use client';

import { useTranslations } from 'next-intl';
import type { FieldName } from '@/lib/mail-check/evaluate-settings';

/** A field's key in `Checker.labels.<program>` (incoming.port → incomingPort). */
const labelKey = (field: string) => field.replace(/\.(\w)/, (_, c: string) => c.toUpperCase());

/**
 * The chosen program's own words for fields and options (Outlook's "Outgoing mail server (SMTP)",
 * its wording for POP before SMTP), falling back to the generic words for "other": the form and the
 * result use the same ones, so the customer finds each field on their screen.
 */
export function useProgramWords(client: string, protocol: string) {
  const t = useTranslations('Checker');
  const own = (key: string) => {
    const path = `labels.${client}.${key}`;
    return t.has(path as never) ? t(path as never, { protocol } as never) : undefined;
  };
  const generic: Record<string, () => string> = {
    'incoming.server': () => t('fieldName.incoming.server'),
    'incoming.port': () => t('fieldName.incoming.port'),
    'incoming.security': () => t('fieldName.incoming.security'),
    'incoming.auth': () => t('fieldName.incoming.auth'),
    'outgoing.server': () => t('fieldName.outgoing.server'),
    'outgoing.port': () => t('fieldName.outgoing.port'),
    'outgoing.security': () => t('fieldName.outgoing.security'),
    'outgoing.auth': () => t('fieldName.outgoing.auth'),
  };
  return {
    /** The label for a form key (incomingServer…) with the generic fallback given. */
    formLabel: (key: string, fallback: string) => own(key) ?? fallback,
    label: (field: FieldName) => own(labelKey(field)) ?? generic[field]!(),
    option: (field: string, value: string): string => {
      if (field.endsWith('.security')) return t(`securityOptions.${value}` as never);
      if (field === 'outgoing.auth')
        return (
          (value === 'pop-before-smtp' && own('popBeforeSmtp')) || t(`outgoingAuthOptions.${value}` as never)
        );
      if (field === 'incoming.auth') return t(`incomingAuthOptions.${value}` as never);
      return value;
    },
  };
}
