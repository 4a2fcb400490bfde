'use client';

import { useTranslations } from 'next-intl';
import { CheckboxField } from '@/components/admin/CheckboxField';
import { FieldError } from '@/components/admin/FieldError';
import { REVIEW_MONTHS, type ReviewKind } from '@/lib/insights/review-months';

const input =
  'mt-1 block min-h-11 w-full rounded-md border border-slate-300 bg-white px-3 aria-[invalid=true]:border-red-600';

/**
 * "Review by" and, when an existing page is edited, "minor change". Shared by the notice, FAQ and
 * guide editors; the values go to lib/content/review-input.ts. Its text is the `ReviewFields`
 * namespace, with the default interval of `kind` in the help.
 */
export function ReviewFields({
  kind,
  reviewBy,
  onReviewBy,
  minor,
  onMinor,
  existing,
  error,
}: {
  kind: ReviewKind;
  reviewBy: string;
  onReviewBy: (value: string) => void;
  minor: boolean;
  onMinor: (value: boolean) => void;
  existing: boolean;
  error?: string;
}) {
  const t = useTranslations('ReviewFields');
  return (
    <>
      <div>
        <label htmlFor="reviewBy" className="block text-sm font-semibold text-slate-800">
          {t('reviewBy')}
        </label>
        <input
          id="reviewBy"
          name="reviewBy"
          type="date"
          className={input}
          value={reviewBy}
          aria-invalid={Boolean(error)}
          aria-describedby="reviewBy-help reviewBy-error"
          onChange={(e) => onReviewBy(e.target.value)}
        />
        <p id="reviewBy-help" className="mt-1 text-xs text-slate-600">
          {t('reviewByHelp', { months: REVIEW_MONTHS[kind] })}
        </p>
        <FieldError id="reviewBy-error" message={error} />
      </div>
      {existing ? (
        <div>
          <CheckboxField name="minor" checked={minor} label={t('minor')} onChange={onMinor} />
          <p className="text-xs text-slate-600">{t('minorHelp')}</p>
        </div>
      ) : null}
    </>
  );
}
