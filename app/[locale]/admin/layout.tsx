import type { ReactNode } from 'react';
import { localeParam } from '@/i18n/locale-param';

// The staff area depends on the session cookie: always rendered per request, never cached.
export const dynamic = 'force-dynamic';

// Sets the request's locale here too, for forbidden.tsx beside this layout: it renders when a page
// below calls forbidden(), and has no params of its own to learn the language from.
export default async function AdminLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  await localeParam(params);
  return children;
}
