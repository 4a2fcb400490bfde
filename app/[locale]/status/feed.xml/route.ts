import { hasLocale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { routing } from '@/i18n/routing';
import { renderAtomFeed } from '@/lib/feeds/atom-feed';
import { statusOverview } from '@/lib/status/status-overview';
import { siteConfig } from '@/lib/site/config';
import { isIncidentStatus } from '@/lib/status/status-states';

/** `GET /{locale}/status/feed.xml`: incidents and maintenance of the last 90 days, as Atom, in that language. */
export async function GET(_request: Request, { params }: RouteContext<'/[locale]/status/feed.xml'>) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response('Not found', { status: 404 });
  const config = siteConfig();
  const t = await getTranslations({ locale, namespace: 'Status' });
  const overview = await statusOverview(locale);
  const base = config.baseUrl;
  const ispName = config.ispName[locale];
  const incidents = [...overview.active, ...overview.upcoming, ...overview.recent];
  const entries = incidents.map((incident) => {
    const latest = incident.updates[0];
    return {
      id: `${base}/status/incidents/${incident.id}`,
      url: `${base}/${locale}/status#incident-${incident.id}`,
      title: incident.title,
      summary: latest
        ? `${isIncidentStatus(latest.status) ? t(`updateStatus.${latest.status}`) : latest.status}: ${latest.body}`
        : incident.title,
      published: incident.startsAt.toISOString(),
      updated: (latest?.at ?? incident.startsAt).toISOString(),
      category: t(`kind.${incident.kind}`),
    };
  });
  const updated = entries.reduce(
    (latest, entry) => (entry.updated > latest ? entry.updated : latest),
    '1970-01-01T00:00:00.000Z',
  );
  const xml = renderAtomFeed({
    id: `${base}/${locale}/status/feed.xml`,
    title: t('feedTitle', { ispName }),
    subtitle: t('description', { ispName }),
    language: locale,
    selfUrl: `${base}/${locale}/status/feed.xml`,
    alternateUrl: `${base}/${locale}/status`,
    updated,
    authorName: ispName,
    entries,
  });
  return new Response(xml, {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8', 'Cache-Control': 'public, max-age=60' },
  });
}
