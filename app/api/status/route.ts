import { isLocale, routing } from '@/i18n/routing';
import { requestLogger } from '@/lib/operations/logger';
import { statusOverview } from '@/lib/status/status-overview';

/**
 * GET /api/status(?lang=ja) — the status page as JSON: the overall state, each component's state,
 * and open incidents and maintenance. Also what the banner on every public page reads.
 */
async function status(request: Request) {
  const lang = new URL(request.url).searchParams.get('lang');
  const locale = isLocale(lang) ? lang : routing.defaultLocale;
  try {
    const overview = await statusOverview(locale);
    return Response.json(
      {
        overall: overview.overall,
        components: overview.components.map((c) => ({
          slug: c.slug,
          name: c.name,
          state: c.state,
          probedAt: c.probedAt,
          uptime90d: c.uptime,
        })),
        incidents: overview.active.map(({ updates, ...incident }) => ({
          ...incident,
          latest: updates[0] ?? null,
        })),
        upcomingMaintenance: overview.upcoming.map(
          ({ id, title, components, startsAt, endsAt, noticeSlug }) => ({
            id,
            title,
            components,
            startsAt,
            endsAt,
            noticeSlug,
          }),
        ),
      },
      { headers: { 'Cache-Control': 'public, max-age=15' } },
    );
  } catch (error) {
    requestLogger(request, 'status').error({ err: error }, 'the status overview could not be read');
    return Response.json({ error: 'unavailable' }, { status: 500, headers: { 'Cache-Control': 'no-store' } });
  }
}

export const GET = status;
