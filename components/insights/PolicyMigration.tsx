import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { formatDate } from '@/lib/dates/format-date';
import { CLIENTS, isChoice } from '@/lib/mail-check/customer-choices';
import type { PolicyInsight } from '@/lib/insights/policy-dashboard';
import { ChartFigure } from './ChartFigure';
import { StackedBarChart } from './StackedBarChart';

const cell = 'border-b border-slate-200 px-2 py-1 text-left';

/** One policy: days left, the weekly trend to its day, the breakdowns and "told, later passed". */
export async function PolicyMigration({ policy, locale }: { policy: PolicyInsight; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'InsightsAdmin' });
  const tKind = await getTranslations({ locale, namespace: 'MailRegistryAdmin.policyKind' });
  const tProgram = await getTranslations({ locale, namespace: 'Checker.programs' });
  const name = tKind(policy.id);
  const series = [
    { key: 'breaks', label: t('colBreaks'), color: '#b91c1c' },
    { key: 'willBreak', label: t('colWillBreak'), color: '#d97706' },
  ];
  const number = new Intl.NumberFormat(locale);
  const effective = formatDate(new Date(`${policy.effective}T00:00:00+09:00`), locale);
  const referenceWeek = policy.weeks.find((w, i) => {
    const next = policy.weeks[i + 1]?.week;
    return w.week <= policy.effective && (!next || policy.effective < next);
  })?.week;
  const percent = policy.told ? Math.round((policy.passed / policy.told) * 100) : 0;

  return (
    <article
      className="rounded-lg border border-slate-200 bg-white p-4"
      aria-labelledby={`policy-${policy.id}`}
      data-testid={`policy-${policy.id}`}
    >
      <header className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
        <h3 id={`policy-${policy.id}`} className="text-base font-bold text-slate-900">
          {name}
        </h3>
        <p className="text-sm text-slate-700">
          {t('effective', { date: effective })} ·{' '}
          <strong className={policy.inForce ? 'text-slate-900' : 'text-amber-800'}>
            {policy.daysLeft > 0
              ? t('daysLeft', { count: policy.daysLeft })
              : policy.daysLeft === 0
                ? t('inForceToday')
                : t('inForceFor', { count: -policy.daysLeft })}
          </strong>
          {policy.notice ? (
            <>
              {' · '}
              <Link href={`/notices/${policy.notice}`} className="text-brand-700 underline">
                {t('noticeLink')}
              </Link>
            </>
          ) : null}
        </p>
      </header>

      <ChartFigure
        locale={locale}
        caption={t('chartPolicy', { policy: name })}
        chart={
          <StackedBarChart
            data={policy.weeks.map((w) => ({ ...w }))}
            xKey="week"
            series={series}
            reference={referenceWeek ? { x: referenceWeek, label: t('referenceLabel') } : undefined}
          />
        }
        columns={[t('colWeek'), t('colBreaks'), t('colWillBreak')]}
        rows={policy.weeks.map((w) => [w.week, w.breaks, w.willBreak])}
      />

      <p className="mt-3 text-sm text-slate-800" data-testid="policy-converted">
        {t('converted', { told: policy.told, passed: policy.passed, percent })}
      </p>

      <div className="mt-3 grid gap-4 sm:grid-cols-2">
        {(
          [
            ['bySetting', t('colSetting'), policy.bySetting.map((s) => [t(`setting.${s.setting}`), s.count])],
            [
              'byClient',
              t('colProgram'),
              policy.byClient.map((c) => [
                isChoice(CLIENTS, c.client) ? tProgram(c.client) : c.client,
                c.count,
              ]),
            ],
          ] as const
        ).map(([key, column, rows]) => (
          <div key={key}>
            <h4 className="mb-1 text-sm font-semibold">{t(key)}</h4>
            {rows.length === 0 ? (
              <p className="text-sm text-slate-700">{t('noAnswers')}</p>
            ) : (
              <table className="min-w-full text-sm" data-testid={`policy-${key}`}>
                <thead>
                  <tr>
                    <th scope="col" className={cell}>
                      {column}
                    </th>
                    <th scope="col" className={`${cell} text-right`}>
                      {t('colCount')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map(([label, count]) => (
                    <tr key={label}>
                      <th scope="row" className={`${cell} font-normal`}>
                        {label}
                      </th>
                      <td className={`${cell} text-right tabular-nums`}>
                        {typeof count === 'number' ? number.format(count) : count}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </div>
        ))}
      </div>
    </article>
  );
}
