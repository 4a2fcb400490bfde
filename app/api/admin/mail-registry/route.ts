import { staffRoute } from '@/lib/auth/staff-guard';
import { getActiveRegistry } from '@/lib/mail-registry/active-registry';

/**
 * GET /api/admin/mail-registry (admins): the registry in force in the MAIL_SERVICE_FILE format, to
 * keep it under version control or to move it to another installation.
 */
export async function GET() {
  const user = await staffRoute('admin');
  if (user instanceof Response) return user;
  const registry = await getActiveRegistry();
  return new Response(`${JSON.stringify(registry, null, 2)}\n`, {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': 'attachment; filename="mail-service.json"',
      'Cache-Control': 'no-store',
    },
  });
}
