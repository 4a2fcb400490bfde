import { appReadinessDeps } from '@/lib/operations/app-readiness';
import { readinessResponse } from '@/lib/operations/readiness';

/**
 * GET /api/ready — readiness: 200 when the database answers, its migrations are current, the mail
 * registry loads and background jobs run; else 503. Per-check results in the body (docs/operations.md).
 */
export const GET = () => readinessResponse(appReadinessDeps());
