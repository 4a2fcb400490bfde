'use client';

import { useLocale, useTranslations } from 'next-intl';
import type { FieldName } from '@/lib/mail-check/evaluate-settings';
import { fieldControl, shownValue } from '@/lib/programs/program-form';
import type { ProgramDef } from '@/lib/programs/program-model';
import { CUSTOMER_SECURITY, INCOMING_AUTH, isChoice, OUTGOING_AUTH } from '@/lib/mail-check/customer-choices';

/**
 * The chosen program's own words for our fields and values, from the program model (lib/programs/):
 * Outlook's “Outgoing mail server (SMTP)”, iPhone's “Use SSL” shown as On/Off. For a program the
 * portal does not model ("other") the generic words. The form and the answer use the same ones, so
 * the customer finds each field on their screen.
 */
export function useProgramWords(program: ProgramDef | undefined, protocol: string) {
  const t = useTranslations('Checker');
  const tSteps = useTranslations('ProgramSteps');
  const locale = useLocale() === 'en' ? 'en' : 'ja';
  const modelled = (field: FieldName) =>
    program ? fieldControl(program, protocol === 'imap' ? 'imap' : 'pop3', field) : undefined;
  const genericOption = (field: FieldName, value: string): string => {
    if (field.endsWith('.security') && isChoice(CUSTOMER_SECURITY, value))
      return t(`securityOptions.${value}`);
    if (field === 'outgoing.auth' && isChoice(OUTGOING_AUTH, value)) return t(`outgoingAuthOptions.${value}`);
    if (field === 'incoming.auth' && isChoice(INCOMING_AUTH, value)) return t(`incomingAuthOptions.${value}`);
    return value;
  };
  return {
    label: (field: FieldName): string => modelled(field)?.label[locale] ?? t(`fieldName.${field}`),
    option: (field: FieldName, value: string): string => {
      const control = modelled(field);
      if (!control?.values) return genericOption(field, value);
      const shown = shownValue(control, value);
      if (control.kind === 'switch' || control.kind === 'checkbox')
        return shown === 'on' ? tSteps('on') : shown === 'off' ? tSteps('off') : genericOption(field, value);
      return control.options?.find((o) => o.value === shown)?.label[locale] ?? genericOption(field, value);
    },
  };
}
