import { GuideView, guideMetadata } from '@/components/guides/GuideView';

// A guide as most customers open it, with no query: rendered on its first request and then served
// from the cache until staff edit a guide or the mail registry. The same address with ?type= or
// ?email= is rewritten to ./query (proxy.ts) and rendered per request: a customer's address
// must never be cached, and a query-dependent page would make every plain visit per request too.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<'/[locale]/guides/[program]'>) {
  return guideMetadata(params);
}

export default async function GuidePage({ params }: PageProps<'/[locale]/guides/[program]'>) {
  return <GuideView params={params} query={{}} />;
}
