import { Fragment } from 'react';
import type { TextPart } from '@/lib/search/highlight';

/**
 * Text with the words that matched marked. Every part is rendered as a React text node, so React
 * escapes it: nothing from the content or the query is ever parsed as HTML.
 */
export function HighlightedText({ parts }: { parts: readonly TextPart[] }) {
  return parts.map((part, i) =>
    part.mark ? (
      <mark key={i} className="rounded-sm bg-attention-200/70 px-0.5 text-inherit">
        {part.text}
      </mark>
    ) : (
      <Fragment key={i}>{part.text}</Fragment>
    ),
  );
}
