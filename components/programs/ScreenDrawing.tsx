import type { ReactNode } from 'react';
import type { ScreenDrawing as Drawing } from '@/lib/programs/draw-screen';

/**
 * A generated drawing of a program's settings screen (lib/programs/draw-screen.ts) with its caption.
 * The SVG is inlined: it is built only from the program model and the steps, with every text escaped,
 * and uses no scripts, styles or external resources. It scales down with the column (never up).
 *
 * By default the caption is the drawing's text alternative (the screen and every step in words), so
 * it names the figure and the drawing itself is hidden from assistive technology rather than read
 * twice. With another caption, the drawing is an image named by the alternative.
 */
export function ScreenDrawing({
  drawing,
  caption,
  className,
}: {
  drawing: Drawing;
  caption?: ReactNode;
  className?: string;
}) {
  const named = caption !== undefined;
  return (
    <figure className={`my-4 ${className ?? ''}`.trim()} data-testid="screen-drawing">
      <div
        className="max-w-full [&>svg]:block [&>svg]:h-auto [&>svg]:max-w-full"
        style={{ width: drawing.width }}
        {...(named ? { role: 'img', 'aria-label': drawing.alt } : { 'aria-hidden': true })}
        dangerouslySetInnerHTML={{ __html: drawing.svg }}
      />
      <figcaption className="mt-2 max-w-prose text-sm text-slate-700">{caption ?? drawing.alt}</figcaption>
    </figure>
  );
}
