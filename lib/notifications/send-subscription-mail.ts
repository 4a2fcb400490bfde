import 'server-only';
import { appMailWords } from './app-mail-words';
import { composeAlreadySubscribedMail, composeConfirmationMail, mailLocale } from './compose-mail';
import { processMailSender } from './notification-job';
import type { SubscriptionMail } from './request-subscription';
import { preferencesToken } from './subscriber-tokens';

/** Sends the mail a subscription request led to: the confirmation link, or the preferences link. */
export async function sendSubscriptionMail(mail: NonNullable<SubscriptionMail>): Promise<void> {
  const locale = mailLocale(mail.subscriber.locale);
  const t = await appMailWords(locale);
  const sender = processMailSender();
  if (mail.kind === 'confirm') {
    await sender.send(
      composeConfirmationMail({ email: mail.subscriber.email, locale, token: mail.token, t }),
      locale,
    );
    return;
  }
  const token = await preferencesToken(mail.subscriber);
  const recipient = { ...mail.subscriber, topics: [], services: [], token };
  await sender.send(
    composeAlreadySubscribedMail({ recipient, t, id: `${mail.subscriber.id}-${Date.now()}` }),
    locale,
  );
}
