import { serveAutodiscoverJson } from '@/lib/autoconfig/serve-autoconfig';

/**
 * Outlook's JSON Autodiscover (lib/autoconfig/autodiscover-json.ts, docs/autoconfig.md): points
 * Outlook at the POX service for IMAP/POP/SMTP accounts.
 */
export async function GET(request: Request, { params }: { params: Promise<{ address: string }> }) {
  return serveAutodiscoverJson(request, (await params).address);
}
