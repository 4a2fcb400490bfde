import { ingestResponse } from '@/lib/mail-events/ingest-route';

/** POST /api/mail-events/dovecot — Dovecot's exported events or log lines (docs/mail-events.md). */
export function POST(request: Request) {
  return ingestResponse(request, 'dovecot');
}
