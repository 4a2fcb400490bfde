import { healthResponse } from '@/lib/operations/health';
import { instrumentRoute } from '@/lib/operations/metrics';

/** GET /api/health — liveness: the process answers (docs/operations.md). Never cached. */
export const GET = instrumentRoute('/api/health', () => healthResponse());
