'use client';

import { CheckboxField } from '@/components/admin/CheckboxField';
import { FieldError } from '@/components/admin/FieldError';

// A type alias, not an interface, so it fits editor text maps with an index signature.
export type ReviewFieldsText = {
  reviewBy: string;
  /** Says what an empty field means, with the default interval filled in. */
  reviewByHelp: string;
  minor: string;
  minorHelp: string;
};

const input =
  'mt-1 block min-h-11 w-full rounded-md border border-slate-300 bg-white px-3 aria-[invalid=true]:border-red-600';

/**
 * "Review by" and, when an existing page is edited, "minor change". Shared by the notice, FAQ and
 * guide editors; the values go to lib/content/review-input.ts.
 */
export function ReviewFields({
  text,
  reviewBy,
  onReviewBy,
  minor,
  onMinor,
  existing,
  error,
}: {
  text: ReviewFieldsText;
  reviewBy: string;
  onReviewBy: (value: string) => void;
  minor: boolean;
  onMinor: (value: boolean) => void;
  existing: boolean;
  error?: string;
}) {
  return (
    <>
      <div>
        <label htmlFor="reviewBy" className="block text-sm font-semibold text-slate-800">
          {text.reviewBy}
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
          {text.reviewByHelp}
        </p>
        <FieldError id="reviewBy-error" message={error} />
      </div>
      {existing ? (
        <div>
          <CheckboxField name="minor" checked={minor} label={text.minor} onChange={onMinor} />
          <p className="text-xs text-slate-600">{text.minorHelp}</p>
        </div>
      ) : null}
    </>
  );
}
