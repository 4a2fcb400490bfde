/**
 * A screenshot as uploaded, judged from its bytes alone before anything decodes it: the type from
 * its magic bytes (PNG, JPEG, WebP; the file name and declared type are not believed) and its pixel
 * size from its header, so an image that would decode to gigabytes (a "decompression bomb") is
 * refused before the OCR process ever sees it. Pure functions over bytes; nothing is kept.
 */

export const IMAGE_LIMITS = {
  /** The file itself (a phone screenshot is 0.2–3 MB). */
  maxBytes: 5 * 1024 * 1024,
  /** Either side, in pixels (a tall phone screenshot is 1290 × 2796). */
  maxSide: 8_000,
  /** Width × height: 16 megapixels (a 5K screen is 14.7), about 64 MB once decoded. */
  maxPixels: 16_000_000,
} as const;

export type ImageType = 'png' | 'jpeg' | 'webp';

export type ImageCheck =
  | { ok: true; type: ImageType; width: number; height: number }
  | { ok: false; error: 'invalid-image' | 'image-too-large' | 'image-too-many-pixels' };

const u16be = (b: Uint8Array, i: number) => (b[i]! << 8) | b[i + 1]!;
const u16le = (b: Uint8Array, i: number) => b[i]! | (b[i + 1]! << 8);
const u24le = (b: Uint8Array, i: number) => b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16);
const u32be = (b: Uint8Array, i: number) =>
  ((b[i]! << 24) >>> 0) + (b[i + 1]! << 16) + (b[i + 2]! << 8) + b[i + 3]!;
const ascii = (b: Uint8Array, i: number, n: number) => String.fromCharCode(...b.subarray(i, i + n));

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function pngSize(b: Uint8Array): [number, number] | null {
  if (b.length < 24 || PNG_SIGNATURE.some((v, i) => b[i] !== v) || ascii(b, 12, 4) !== 'IHDR') return null;
  return [u32be(b, 16), u32be(b, 20)];
}

/** The first start-of-frame marker's size (SOF0–SOF15 but DHT, JPG and DAC), walking the segments. */
function jpegSize(b: Uint8Array): [number, number] | null {
  if (b.length < 4 || b[0] !== 0xff || b[1] !== 0xd8 || b[2] !== 0xff) return null;
  let i = 2;
  while (i + 3 < b.length) {
    if (b[i] !== 0xff) return null;
    const marker = b[i + 1]!;
    if (marker === 0xff) {
      i += 1; // fill byte
      continue;
    }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      i += 2;
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) return null; // end of image or scan data before any frame
    const length = u16be(b, i + 2);
    if (length < 2) return null;
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      if (i + 8 >= b.length) return null;
      return [u16be(b, i + 7), u16be(b, i + 5)];
    }
    i += 2 + length;
  }
  return null;
}

function webpSize(b: Uint8Array): [number, number] | null {
  if (b.length < 30 || ascii(b, 0, 4) !== 'RIFF' || ascii(b, 8, 4) !== 'WEBP') return null;
  const chunk = ascii(b, 12, 4);
  const data = 20;
  if (chunk === 'VP8 ') {
    if (b[data + 3] !== 0x9d || b[data + 4] !== 0x01 || b[data + 5] !== 0x2a) return null;
    return [u16le(b, data + 6) & 0x3fff, u16le(b, data + 8) & 0x3fff];
  }
  if (chunk === 'VP8L') {
    if (b[data] !== 0x2f) return null;
    const width = 1 + (b[data + 1]! | ((b[data + 2]! & 0x3f) << 8));
    const height = 1 + ((b[data + 2]! >> 6) | (b[data + 3]! << 2) | ((b[data + 4]! & 0x0f) << 10));
    return [width, height];
  }
  if (chunk === 'VP8X') return [1 + u24le(b, data + 4), 1 + u24le(b, data + 7)];
  return null;
}

/** The image's type and size from its bytes, or why it is refused. */
export function checkImage(bytes: Uint8Array): ImageCheck {
  if (bytes.byteLength > IMAGE_LIMITS.maxBytes) return { ok: false, error: 'image-too-large' };
  const found: [ImageType, [number, number] | null][] = [
    ['png', pngSize(bytes)],
    ['jpeg', jpegSize(bytes)],
    ['webp', webpSize(bytes)],
  ];
  const match = found.find(([, size]) => size !== null);
  if (!match) return { ok: false, error: 'invalid-image' };
  const [type, [width, height]] = match as [ImageType, [number, number]];
  if (width < 1 || height < 1) return { ok: false, error: 'invalid-image' };
  if (
    width > IMAGE_LIMITS.maxSide ||
    height > IMAGE_LIMITS.maxSide ||
    width * height > IMAGE_LIMITS.maxPixels
  )
    return { ok: false, error: 'image-too-many-pixels' };
  return { ok: true, type, width, height };
}
