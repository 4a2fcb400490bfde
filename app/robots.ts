import type { MetadataRoute } from 'next';
import { routing } from '@/i18n/routing';
import { siteConfig } from '@/lib/site/config';

export const dynamic = 'force-dynamic';

export default function robots(): MetadataRoute.Robots {
  const base = siteConfig().baseUrl;
  return {
    rules: [
      {
        userAgent: '*',
        allow: '/',
        disallow: ['/api/', '/admin', ...routing.locales.map((l) => `/${l}/admin`)],
      },
    ],
    sitemap: `${base}/sitemap.xml`,
  };
}
