import { z } from 'zod';
import { isLocale, routing } from '@/i18n/routing';
import { staffRoute } from '@/lib/auth/staff-guard';
import { GUIDE_INCOMING } from '@/lib/guides/guide-programs';
import { guidePlaceholderValues, resolveGuideText } from '@/lib/guides/guide-values';
import { getActiveRegistry } from '@/lib/mail-registry/active-registry';
import { renderMarkdown } from '@/lib/markdown/render-markdown';
import { resolvePlaceholders } from '@/lib/site/placeholders';

const previewSchema = z.object({
  locale: z.string(),
  markdown: z.string().max(50_000),
  /** Guide text: also fill in the server values of the registry in force, for this incoming variant. */
  guideIncoming: z.enum(GUIDE_INCOMING).optional(),
});

/**
 * POST /api/admin/preview — the editors' live preview, rendered by the public pages' own renderer.
 * A route handler rather than a server action: server actions run one at a time per page, so a
 * stream of previews would hold up the editor's save.
 */
export async function POST(request: Request) {
  const user = await staffRoute('editor');
  if (user instanceof Response) return user;
  const parsed = previewSchema.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return Response.json({ error: 'invalid-request' }, { status: 400 });
  const { markdown, guideIncoming } = parsed.data;
  const locale = isLocale(parsed.data.locale) ? parsed.data.locale : routing.defaultLocale;
  const text = guideIncoming
    ? resolveGuideText(
        markdown,
        locale,
        guidePlaceholderValues(await getActiveRegistry(), guideIncoming, undefined),
      )
    : resolvePlaceholders(markdown, locale);
  return Response.json({ html: renderMarkdown(text) }, { headers: { 'Cache-Control': 'no-store' } });
}
