import type { DeviceGuideProgram } from '@/lib/guides/guide-programs';

/**
 * A label on the guide card that may fit this browser's device. Every device card carries its label,
 * hidden; DeviceGuess guesses the device from the user agent and names it in `data-device` on
 * <html>, and app/globals.css shows the matching label and highlights its card. Placed over the
 * card's top border, the label moves nothing when it appears. `lang` is the page's, as the card
 * around it may be in the guide's own language.
 */
export function DeviceHint({
  program,
  label,
  lang,
}: {
  program: DeviceGuideProgram;
  label: string;
  lang: string;
}) {
  return (
    <span
      data-device-hint={program}
      data-testid="device-hint"
      lang={lang}
      className="absolute -top-2.5 right-3 rounded-full bg-brand-700 px-2 py-0.5 text-xs leading-4 font-semibold text-white"
    >
      {label}
    </span>
  );
}
