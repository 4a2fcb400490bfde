import type { MetadataRoute } from 'next';
import { siteConfig } from '@/lib/site/config';

export const dynamic = 'force-dynamic';

export default function robots(): MetadataRoute.Robots {
  const base = siteConfig().baseUrl;
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/api/', '/en/admin', '/ja/admin'] }],
    sitemap: `${base}/sitemap.xml`,
  };
}
