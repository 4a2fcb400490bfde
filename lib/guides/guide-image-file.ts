import { GUIDE_IMAGE_LIMITS } from './guide-input';

// Checks on an uploaded screenshot that need no database (the upload form uses them too).

export const GUIDE_IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const;
export type GuideImageType = (typeof GUIDE_IMAGE_TYPES)[number];

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0) =>
  bytes.length >= offset + signature.length && signature.every((byte, i) => bytes[offset + i] === byte);

/** The image type the file's first bytes show (its "magic number"), whatever it claims to be. */
export function sniffImageType(bytes: Uint8Array): GuideImageType | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  // RIFF <size> WEBP
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8))
    return 'image/webp';
  return null;
}

export type ImageFileProblem = 'missing' | 'too-large' | 'not-image' | 'type-mismatch';

/**
 * Accepts a PNG, JPEG or WebP file of at most 2 MB. The type is read from the content; a file whose
 * declared type names another image type (a PNG sent as image/jpeg) is refused too, since one of
 * the two is wrong. Browsers that declare nothing (or application/octet-stream) are judged by content.
 */
export function checkGuideImageFile(file: {
  bytes: Uint8Array;
  declaredType: string;
}): { ok: true; mimeType: GuideImageType } | { ok: false; error: ImageFileProblem } {
  if (file.bytes.length === 0) return { ok: false, error: 'missing' };
  if (file.bytes.length > GUIDE_IMAGE_LIMITS.bytes) return { ok: false, error: 'too-large' };
  const sniffed = sniffImageType(file.bytes);
  if (!sniffed) return { ok: false, error: 'not-image' };
  const declared = file.declaredType.toLowerCase().split(';')[0]!.trim();
  const vague = declared === '' || declared === 'application/octet-stream';
  if (!vague && declared !== sniffed && !(declared === 'image/jpg' && sniffed === 'image/jpeg'))
    return { ok: false, error: 'type-mismatch' };
  return { ok: true, mimeType: sniffed };
}
