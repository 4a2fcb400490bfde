/**
 * Whole sentences set side by side as each language sets them: Japanese runs them on (its 。 and ．
 * carry their own space, and a space after them reads as a typo), English puts one space between.
 * For joining complete sentences that come from separate messages (a policy's statement from the
 * registry after a translated one); anything that forms one sentence belongs in one ICU message.
 */
const RUN_ON = new Set(['ja']);

/**
 * What goes between two sentences in `locale`, and between a sentence or label and what follows it
 * on the same line: a link, or a remark in brackets (Japanese 「（日次集計）」 takes no space either).
 */
export function sentenceGap(locale: string): string {
  return RUN_ON.has(locale) ? '' : ' ';
}

/** The sentences as one text; the empty ones are left out. */
export function joinSentences(locale: string, ...sentences: (string | false | null | undefined)[]): string {
  return sentences.filter((s): s is string => Boolean(s)).join(sentenceGap(locale));
}
