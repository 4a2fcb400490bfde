import { prisma } from '@/lib/db/client';
import type { Locale } from '@/i18n/routing';

/** Status components' names in each language, by slug (for subscription choices and mail footers). */
export async function serviceNamesFor(): Promise<Record<Locale, Record<string, string>>> {
  const components = await prisma.statusComponent.findMany({ orderBy: { position: 'asc' } });
  return {
    en: Object.fromEntries(components.map((c) => [c.slug, c.nameEn])),
    ja: Object.fromEntries(components.map((c) => [c.slug, c.nameJa])),
  };
}

export async function statusServices(): Promise<Array<{ slug: string; name: Record<Locale, string> }>> {
  const components = await prisma.statusComponent.findMany({ orderBy: { position: 'asc' } });
  return components.map((c) => ({ slug: c.slug, name: { en: c.nameEn, ja: c.nameJa } }));
}
