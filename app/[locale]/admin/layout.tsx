import type { ReactNode } from 'react';

// The staff area depends on the session cookie: always rendered per request, never cached.
export const dynamic = 'force-dynamic';

export default function AdminLayout({ children }: { children: ReactNode }) {
  return children;
}
