import { notFound } from 'next/navigation';

// Any unknown path under a locale gets that locale's 404 page (app/[locale]/not-found.tsx).
export default function CatchAllPage() {
  notFound();
}
