import { getTranslations } from 'next-intl/server';
import { sentenceGap } from '@/i18n/join-sentences';
import type { Locale } from '@/i18n/routing';
import { formatDate, formatDateTime } from '@/lib/dates/format-date';
import type { AffectedRow, PolicyReadiness } from '@/lib/mail-events/read-policy-readiness';
import { ChartFigure } from './ChartFigure';
import { StackedBarChart } from './StackedBarChart';

const cell = 'border-b border-slate-200 px-2 py-1 text-left';

/**
 * One policy as the mail servers saw it: the mailboxes still affected, the trend by day up to the
 * policy's date, the ways and networks behind it, the masked list, and what telling them changed.
 * The forms ("Tell these mailboxes") and the CSV link are passed in by the page, for admins only.
 */
export async function MailReadinessCard({
  readiness,
  list,
  locale,
  tell,
  download,
}: {
  readiness: PolicyReadiness;
  list: { total: number; rows: AffectedRow[] };
  locale: Locale;
  tell?: React.ReactNode;
  download?: string;
}) {
  const t = await getTranslations({ locale, namespace: 'MailReadiness' });
  const tKind = await getTranslations({ locale, namespace: 'MailRegistryAdmin.policyKind' });
  const r = readiness;
  const count = new Intl.NumberFormat(locale).format;
  const effective = formatDate(new Date(`${r.effective}T00:00:00+09:00`), locale);
  const dayLabel = (day: string) => formatDate(new Date(`${day}T00:00:00+09:00`), locale);
  const wayLabel = (w: PolicyReadiness['ways'][number]) =>
    [
      t(
        `kind.${w.kind === 'login' || w.kind === 'relay-refused' || w.kind === 'sender-refused' || w.kind === 'tls-refused' ? w.kind : 'other'}`,
      ),
      `${w.protocol.toUpperCase()} ${w.port || ''}`.trim(),
      w.tls === 'no' ? t('noTls') : w.tlsVersion || t('tlsUnknown'),
    ].join(' · ');
  const network = (n: string) => t(n === 'customer' || n === 'outside' ? `network.${n}` : 'network.unknown');
  const after = r.afterTelling;

  return (
    <article
      className="rounded-lg border border-slate-200 bg-white p-4"
      aria-labelledby={`readiness-title-${r.id}`}
      id={`readiness-${r.id}`}
      data-testid={`readiness-${r.id}`}
    >
      <header className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={`readiness-title-${r.id}`} className="text-base font-bold text-slate-900">
          {tKind(r.id)}
        </h2>
        <p className="text-sm text-slate-700">
          {t('effective', { date: effective })} ·{' '}
          <strong className={r.inForce ? 'text-slate-900' : 'text-amber-800'}>
            {r.daysLeft > 0
              ? t('daysLeft', { count: r.daysLeft })
              : r.daysLeft === 0
                ? t('inForceToday')
                : t('inForceFor', { count: -r.daysLeft })}
          </strong>
        </p>
      </header>

      <dl className="mb-4 grid gap-3 sm:grid-cols-3">
        <div className="rounded-md bg-red-50 p-3">
          <dt className="text-xs text-slate-700">{t('affected')}</dt>
          <dd className="text-2xl font-bold tabular-nums text-red-800" data-testid={`affected-${r.id}`}>
            {count(r.affected)}
          </dd>
        </div>
        <div className="rounded-md bg-slate-50 p-3">
          <dt className="text-xs text-slate-700">{t('addressable')}</dt>
          <dd className="text-2xl font-bold tabular-nums">{count(r.addressable)}</dd>
        </div>
        <div className="rounded-md bg-slate-50 p-3">
          <dt className="text-xs text-slate-700">{t('told')}</dt>
          <dd className="text-2xl font-bold tabular-nums">{count(r.told)}</dd>
        </div>
      </dl>

      <ChartFigure
        locale={locale}
        caption={t('trendCaption', {
          toDate: r.trend.at(-1)?.day === r.effective ? 'yes' : 'no',
          days: r.trend.length,
        })}
        testId={`readiness-trend-${r.id}`}
        chart={
          <StackedBarChart
            data={r.trend.map((d) => ({ day: d.day.slice(5), mailboxes: d.mailboxes }))}
            xKey="day"
            series={[{ key: 'mailboxes', label: t('colMailboxes'), color: '#b91c1c' }]}
            reference={
              r.trend.some((d) => d.day === r.effective)
                ? { x: r.effective.slice(5), label: t('policyDay') }
                : undefined
            }
          />
        }
        columns={[t('colDay'), t('colMailboxes'), t('colEvents')]}
        rows={r.trend.map((d) => [
          d.source === 'daily' ? `${dayLabel(d.day)}${sentenceGap(locale)}${t('summed')}` : dayLabel(d.day),
          d.source === 'none' ? '—' : count(d.mailboxes),
          d.source === 'none' ? '—' : count(d.events),
        ])}
      />
      {r.id === 'pop-before-smtp-ended' ? (
        <p className="mt-2 text-xs text-slate-700">{t('popBeforeSmtpNote')}</p>
      ) : null}

      {r.ways.length > 0 ? (
        <div className="mt-4 overflow-x-auto">
          <table className="min-w-full text-sm" data-testid={`readiness-ways-${r.id}`}>
            <caption className="mb-1 text-left font-semibold text-slate-900">{t('waysCaption')}</caption>
            <thead>
              <tr>
                <th scope="col" className={cell}>
                  {t('colWay')}
                </th>
                <th scope="col" className={cell}>
                  {t('colNetwork')}
                </th>
                <th scope="col" className={`${cell} text-right`}>
                  {t('colMailboxes')}
                </th>
                <th scope="col" className={`${cell} text-right`}>
                  {t('colEvents')}
                </th>
              </tr>
            </thead>
            <tbody>
              {r.ways.map((w) => (
                <tr key={`${w.kind}:${w.protocol}:${w.port}:${w.tls}:${w.tlsVersion}:${w.network}`}>
                  <th scope="row" className={`${cell} font-normal`}>
                    {wayLabel(w)}
                  </th>
                  <td className={cell}>{network(w.network)}</td>
                  <td className={`${cell} text-right tabular-nums`}>{count(w.mailboxes)}</td>
                  <td className={`${cell} text-right tabular-nums`}>{count(w.events)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}

      <div className="mt-4 overflow-x-auto">
        <table className="min-w-full text-sm" data-testid={`readiness-list-${r.id}`}>
          <caption className="mb-1 text-left font-semibold text-slate-900">
            {t('listCaption', { shown: list.rows.length, total: list.total })}
          </caption>
          <thead>
            <tr>
              <th scope="col" className={cell}>
                {t('colMailbox')}
              </th>
              <th scope="col" className={`${cell} text-right`}>
                {t('colEvents')}
              </th>
              <th scope="col" className={`${cell} text-right`}>
                {t('colDays')}
              </th>
              <th scope="col" className={cell}>
                {t('colLastSeen')}
              </th>
              <th scope="col" className={cell}>
                {t('colTold')}
              </th>
            </tr>
          </thead>
          <tbody>
            {list.rows.map((m, i) => (
              <tr key={`${m.masked}:${i}`}>
                <th scope="row" className={`${cell} font-mono font-normal`}>
                  {m.masked}
                </th>
                <td className={`${cell} text-right tabular-nums`}>{count(m.events)}</td>
                <td className={`${cell} text-right tabular-nums`}>{count(m.days)}</td>
                <td className={cell}>{formatDateTime(m.lastSeen, locale)}</td>
                <td className={cell}>{m.toldAt ? formatDateTime(m.toldAt, locale) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {list.total === 0 ? <p className="mt-2 text-sm">{t('noneAffected')}</p> : null}
      </div>
      {download ? (
        <p className="mt-3 text-sm">
          <a href={download} className="font-medium text-brand-700 underline" download>
            {t('download')}
          </a>
        </p>
      ) : null}

      {after.sent > 0 ? (
        <p className="mt-4 text-sm" data-testid={`readiness-after-${r.id}`}>
          {t('afterTelling', {
            sent: after.sent,
            changed: after.changed,
            still: after.still,
            unseen: after.unseen,
          })}
        </p>
      ) : null}
      {tell}
    </article>
  );
}
