import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { NOTICE_CATEGORIES, type NoticeCategory } from '@/lib/notices/notice-kinds';

const chip =
  'inline-flex min-h-11 items-center rounded-full border px-4 text-sm font-medium border-slate-300 bg-white text-slate-700 hover:border-brand-600 hover:text-brand-800 aria-[current=page]:border-brand-700 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white';

/** Category links (plain links, so filtering works without JavaScript and every view has a URL). */
export async function CategoryFilter({ locale, current }: { locale: Locale; current?: NoticeCategory }) {
  const t = await getTranslations({ locale, namespace: 'Notices' });
  const tCategory = await getTranslations({ locale, namespace: 'NoticeCategory' });
  return (
    <nav aria-label={t('filterLabel')} className="mb-6">
      <ul className="flex flex-wrap gap-2">
        <li>
          <Link href="/notices" className={chip} aria-current={current ? undefined : 'page'}>
            {t('allCategories')}
          </Link>
        </li>
        {NOTICE_CATEGORIES.map((category) => (
          <li key={category}>
            <Link
              href={{ pathname: '/notices', query: { category } }}
              className={chip}
              aria-current={current === category ? 'page' : undefined}
            >
              {tCategory(category)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
