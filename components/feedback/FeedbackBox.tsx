import { ClientMessages } from '@/i18n/client-messages';
import type { Locale } from '@/i18n/routing';
import { HelpfulVote } from './HelpfulVote';

/** "Was this helpful?" for one page, with only its own messages sent to the browser. */
export async function FeedbackBox({
  locale,
  kind,
  slug,
}: {
  locale: Locale;
  kind: 'notice' | 'guide';
  slug: string;
}) {
  return (
    <ClientMessages locale={locale} namespaces={['Feedback']}>
      <HelpfulVote kind={kind} slug={slug} />
    </ClientMessages>
  );
}
