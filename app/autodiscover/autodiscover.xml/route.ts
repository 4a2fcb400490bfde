import { autodiscoverMethodNotAllowed, serveAutodiscover } from '@/lib/autoconfig/serve-autoconfig';

/**
 * Microsoft POX Autodiscover for POP3/IMAP/SMTP from the mail service registry (docs/autoconfig.md,
 * "Mail auto-configuration"). /Autodiscover/Autodiscover.xml is rewritten here by proxy.ts: a second
 * folder differing only in letter case would collide on case-insensitive file systems.
 */
export function POST(request: Request) {
  return serveAutodiscover(request);
}

export function GET() {
  return autodiscoverMethodNotAllowed();
}
