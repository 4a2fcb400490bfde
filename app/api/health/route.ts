import { healthResponse } from '@/lib/operations/health';

/** GET /api/health — liveness: the process answers (docs/operations.md). Never cached. */
export const GET = () => healthResponse();
