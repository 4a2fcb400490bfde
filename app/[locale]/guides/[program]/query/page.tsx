import { GuideView, guideMetadata } from '@/components/guides/GuideView';

// A guide with ?type= or ?email=, rendered per request. Customers never see this address: proxy.ts
// rewrites /{locale}/guides/{program}?… here, so the plain guide next door can stay cached.
// Never indexed: the address may carry a customer's email address, and the plain guide is the canonical page.
export async function generateMetadata({ params }: PageProps<'/[locale]/guides/[program]/query'>) {
  return { ...(await guideMetadata(params)), robots: { index: false, follow: true } };
}

export default async function GuideWithQueryPage({
  params,
  searchParams,
}: PageProps<'/[locale]/guides/[program]/query'>) {
  return <GuideView params={params} query={await searchParams} />;
}
