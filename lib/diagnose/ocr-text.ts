/**
 * What tesseract read from a screenshot, made into text the diagnoser (and the customer, who may
 * correct it) can use: NFKC (full-width letters and digits half-width, half-width katakana full),
 * no spaces between Japanese characters (OCR puts them between glyphs), Japanese wrapped across
 * lines joined (but not a dialog's next "label: value" line), and the few misreadings that change an answer put right: Outlook's error number with
 * O for 0 (`0x800CCCOE`), ボート for ポート before a colon, バスワード, and 一 or - for the long vowel
 * mark after katakana (`サ一バー`). Pure; nothing is kept.
 */

/** The longest text kept from one image: the text path's own limit. */
export const MAX_OCR_TEXT_CHARS = 10_000;

const JA = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々〆〇、。「」『』・`;
const JA_CHAR = new RegExp(`[${JA}]`, 'u');
const SPACE_BETWEEN_JA = new RegExp(`(?<=[${JA}])[ \\t]+(?=[${JA}])`, 'gu');
/** A line that ends inside Japanese text (not at the end of a sentence)… */
const ENDS_IN_JA = new RegExp(`[${JA}]$`, 'u');
/** …and a next line that goes on in Japanese, not a new "label: value" line of a dialog. */
const GOES_ON_IN_JA = new RegExp(`^[${JA}]`, 'u');
const LABEL_LINE = new RegExp(`^[${JA}A-Za-z() ]{1,16}:`, 'u');

/** Japanese wrapped across lines joined back (「パ」+「スワード」), so the words match again. */
function joinWrappedJapanese(text: string): string {
  const lines = text.split('\n');
  const out: string[] = [];
  for (const line of lines) {
    const previous = out.at(-1);
    if (
      previous !== undefined &&
      ENDS_IN_JA.test(previous) &&
      !/[。!?]$/.test(previous) &&
      GOES_ON_IN_JA.test(line) &&
      !LABEL_LINE.test(line)
    )
      out[out.length - 1] = previous + line;
    else out.push(line);
  }
  return out.join('\n');
}

export function normalizeOcrText(raw: string): string {
  let text = raw
    .normalize('NFKC')
    .replace(/\r\n?/g, '\n')
    .replace(/\f/g, '\n')
    .replace(/[ \t\u00a0\u3000]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  if (JA_CHAR.test(text)) {
    text = text
      .replace(
        /(?<=\p{Script=Katakana})[一\-‐—―](?=[\p{Script=Katakana}\p{Script=Hiragana}\p{Script=Han}\s,.:。、]|$)/gmu,
        'ー',
      )
      .replace(SPACE_BETWEEN_JA, '')
      .replace(/ボート(?=\s*:)/g, 'ポート')
      .replace(/バスワード/g, 'パスワード');
    text = joinWrappedJapanese(text);
  }
  // Outlook's numbers: 0x + eight hex digits, where OCR reads 0 as O and 1 as I or l.
  text = text.replace(
    /(?<![0-9A-Za-z])[0Oo]\s?[xX×]\s?([0-9A-Fa-fOoIl]{8})(?![0-9A-Za-z])/g,
    (_, hex: string) => `0x${hex.replace(/[Oo]/g, '0').replace(/[Il]/g, '1').toUpperCase()}`,
  );
  return text.slice(0, MAX_OCR_TEXT_CHARS);
}
