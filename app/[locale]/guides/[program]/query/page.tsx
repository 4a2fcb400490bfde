import { GuideView, guideMetadata } from '@/components/guides/GuideView';

// A guide with ?type= or ?email=, rendered per request. Customers never see this address: next.config.js
// rewrites /{locale}/guides/{program}?… here, so the plain guide next door can stay cached.
export async function generateMetadata({ params }: PageProps<'/[locale]/guides/[program]/query'>) {
  return guideMetadata(params);
}

export default async function GuideWithQueryPage({
  params,
  searchParams,
}: PageProps<'/[locale]/guides/[program]/query'>) {
  return <GuideView params={params} query={await searchParams} />;
}
