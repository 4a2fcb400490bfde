import { ingestResponse } from '@/lib/mail-events/ingest-route';

/** POST /api/mail-events/postfix — Postfix's log lines (docs/mail-events.md). */
export function POST(request: Request) {
  return ingestResponse(request, 'postfix');
}
