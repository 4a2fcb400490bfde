import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
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
  const messages = await getMessages({ locale });
  return (
    <NextIntlClientProvider locale={locale} messages={{ Feedback: messages.Feedback }}>
      <HelpfulVote kind={kind} slug={slug} />
    </NextIntlClientProvider>
  );
}
