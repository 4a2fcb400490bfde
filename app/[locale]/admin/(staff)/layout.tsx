import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { localeParam } from '@/i18n/locale-param';
import { currentStaff } from '@/lib/auth/staff-guard';
import { AdminNav } from '@/components/admin/AdminNav';

export const metadata: Metadata = { robots: { index: false, follow: false } };

// Every page below checks the session and role itself (requireStaffPage), and sends visitors to sign
// in with the page they asked for; this layout only draws the menu for someone signed in.
export default async function StaffLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const locale = await localeParam(params);
  const user = await currentStaff();
  if (!user) return children;
  return (
    <>
      <AdminNav locale={locale} user={user} />
      {children}
    </>
  );
}
