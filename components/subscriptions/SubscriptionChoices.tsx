'use client';

import { useTranslations } from 'next-intl';
import { routing } from '@/i18n/routing';
import { DIGEST_HOURS, NOTICE_TOPICS } from '@/lib/notifications/subscription-topics';

export interface ChoiceValues {
  language: string;
  topics: string[];
  services: string[];
  frequency: string;
  digestHour: string;
}

export interface ServiceOption {
  slug: string;
  name: string;
}

const box = 'size-5 shrink-0 accent-brand-700';
const row = 'flex min-h-11 items-center gap-2 text-sm';
const legend = 'text-sm font-semibold text-slate-800';

/** The "what, in which language, how often" part of the subscribe and preferences forms (controlled). */
export function SubscriptionChoices({
  idPrefix,
  values,
  services,
  onChange,
  error,
}: {
  idPrefix: string;
  values: ChoiceValues;
  services: ServiceOption[];
  onChange: (values: ChoiceValues) => void;
  error?: string;
}) {
  const t = useTranslations('Subscribe');
  const tTopic = useTranslations('NoticeCategory');
  const toggle = (list: string[], value: string, on: boolean) =>
    on ? [...new Set([...list, value])] : list.filter((v) => v !== value);

  return (
    <div className="space-y-5">
      <fieldset aria-describedby={error ? `${idPrefix}-choices-error` : undefined}>
        <legend className={legend}>{t('topicsLegend')}</legend>
        <div className="mt-1 grid gap-x-4 sm:grid-cols-2">
          {NOTICE_TOPICS.map((topic) => (
            <label key={topic} className={row}>
              <input
                type="checkbox"
                name="topics"
                value={topic}
                className={box}
                checked={values.topics.includes(topic)}
                onChange={(e) =>
                  onChange({ ...values, topics: toggle(values.topics, topic, e.target.checked) })
                }
              />
              {tTopic(topic)}
            </label>
          ))}
        </div>
      </fieldset>
      {services.length > 0 && (
        <fieldset>
          <legend className={legend}>{t('servicesLegend')}</legend>
          <div className="mt-1 grid gap-x-4 sm:grid-cols-2">
            {services.map((service) => (
              <label key={service.slug} className={row}>
                <input
                  type="checkbox"
                  name="services"
                  value={service.slug}
                  className={box}
                  checked={values.services.includes(service.slug)}
                  onChange={(e) =>
                    onChange({ ...values, services: toggle(values.services, service.slug, e.target.checked) })
                  }
                />
                {service.name}
              </label>
            ))}
          </div>
        </fieldset>
      )}
      {error && (
        <p id={`${idPrefix}-choices-error`} className="text-sm font-medium text-red-700">
          {error}
        </p>
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor={`${idPrefix}-language`} className={legend}>
            {t('language')}
          </label>
          <select
            id={`${idPrefix}-language`}
            name="language"
            className="mt-1 block min-h-11 w-full rounded-md border border-slate-300 bg-white px-3"
            value={values.language}
            onChange={(e) => onChange({ ...values, language: e.target.value })}
          >
            {routing.locales.map((l) => (
              <option key={l} value={l} lang={l}>
                {t(`languageName.${l}`)}
              </option>
            ))}
          </select>
        </div>
        <fieldset>
          <legend className={legend}>{t('frequencyLegend')}</legend>
          <label className={row}>
            <input
              type="radio"
              name="frequency"
              value="immediate"
              className={box}
              checked={values.frequency === 'immediate'}
              onChange={() => onChange({ ...values, frequency: 'immediate' })}
            />
            {t('immediate')}
          </label>
          <div className="flex flex-wrap items-center gap-2">
            <label className={row}>
              <input
                type="radio"
                name="frequency"
                value="daily"
                className={box}
                checked={values.frequency === 'daily'}
                onChange={() => onChange({ ...values, frequency: 'daily' })}
              />
              {t('daily')}
            </label>
            <select
              name="digestHour"
              aria-label={t('digestHourLabel')}
              className="min-h-11 rounded-md border border-slate-300 bg-white px-2 text-sm"
              value={values.digestHour}
              onChange={(e) => onChange({ ...values, digestHour: e.target.value, frequency: 'daily' })}
            >
              {DIGEST_HOURS.map((hour) => (
                <option key={hour} value={hour}>
                  {t('digestHour', { hour })}
                </option>
              ))}
            </select>
          </div>
        </fieldset>
      </div>
    </div>
  );
}
