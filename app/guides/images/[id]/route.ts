import { z } from 'zod';
import { getGuideImage } from '@/lib/guides/public-guides';

const idSchema = z.cuid();

/**
 * GET /guides/images/{id} — a guide screenshot. Ids are never reused (a replaced screenshot gets a
 * new one), so a served image can be cached for a year; the bytes were checked by content on upload
 * and are served with that type only, never sniffed.
 */
export async function GET(_request: Request, { params }: RouteContext<'/guides/images/[id]'>) {
  const id = idSchema.safeParse((await params).id);
  const image = id.success ? await getGuideImage(id.data) : null;
  if (!image)
    return new Response('Not found', {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' },
    });
  return new Response(new Uint8Array(image.data), {
    headers: {
      'Content-Type': image.mimeType,
      'Content-Length': String(image.data.byteLength),
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'public, max-age=31536000, immutable',
    },
  });
}
