import { revalidateTag } from 'next/cache';
import { isJobSecret } from '@/lib/jobs/job-secret';
import { NOTICES_TAG } from '@/lib/notices/cached-notices';
import { publishDueNotices } from '@/lib/notices/publish-scheduled';

/** POST from this process's own job timer only (see lib/jobs/scheduler.ts). */
export async function POST(request: Request) {
  if (!isJobSecret(request.headers.get('x-portal-job-secret'))) {
    return Response.json({ error: 'not-found' }, { status: 404 });
  }
  const published = await publishDueNotices();
  // Scheduled notices go live now, on every page that lists them.
  if (published.length > 0) revalidateTag(NOTICES_TAG, { expire: 0 });
  return Response.json({ published });
}
