const JAPAN_OFFSET_MS = 9 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The next time it is `hour`:00 in Japan (no daylight saving there), strictly after `now`. */
export function nextDigestTime(hour: number, now = new Date()): Date {
  const japanNow = now.getTime() + JAPAN_OFFSET_MS;
  const japanMidnight = Math.floor(japanNow / DAY_MS) * DAY_MS;
  let candidate = japanMidnight + hour * 60 * 60 * 1000;
  if (candidate <= japanNow) candidate += DAY_MS;
  return new Date(candidate - JAPAN_OFFSET_MS);
}
