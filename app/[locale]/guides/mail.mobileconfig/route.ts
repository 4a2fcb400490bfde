import { serveMobileconfig } from '@/lib/autoconfig/serve-autoconfig';

/**
 * `GET /{locale}/guides/mail.mobileconfig?email=…&type=imap|pop`: an Apple configuration profile for
 * one address, from the mail service registry (docs/autoconfig.md).
 */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  return serveMobileconfig(request, locale);
}
