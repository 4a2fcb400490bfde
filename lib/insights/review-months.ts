/**
 * How long a page stays true, in months, before staff should read it again: FAQ answers and guides
 * go stale slowly (a year); notices describe a moment, so half a year. Without imports, so the
 * editors' "Review by" field (a client component) can name the default interval.
 */
export const REVIEW_MONTHS = { notice: 6, faq: 12, guide: 12 } as const;
export type ReviewKind = keyof typeof REVIEW_MONTHS;
