'use server';

import { headers } from 'next/headers';
import { after } from 'next/server';
import { unstable_rethrow } from 'next/navigation';
import { requestMeta } from '@/lib/auth/request-context';
import { recordAudit } from '@/lib/audit/record-audit';
import { requestLogger } from '@/lib/operations/logger';
import {
  confirmSubscription,
  subscriberForToken,
  unsubscribe,
  updatePreferences,
} from '@/lib/notifications/manage-subscription';
import { requestSubscription } from '@/lib/notifications/request-subscription';
import { sendSubscriptionMail } from '@/lib/notifications/send-subscription-mail';
import { statusServices } from '@/lib/notifications/service-names';
import { preferencesToken } from '@/lib/notifications/subscriber-tokens';
import {
  preferencesFromForm,
  preferencesSchema,
  subscribeSchema,
} from '@/lib/notifications/subscription-input';

/**
 * The public subscription forms' actions. No account: the subscribe form proves nothing about the
 * address (so its answer never says whether it was subscribed), and the other forms act only on what
 * a valid link's token names. Every failure is an error code the form translates; nothing internal
 * reaches the page.
 */

export type SubscribeState =
  | { status: 'idle' }
  | { status: 'sent' }
  | { status: 'invalid'; fieldErrors: Record<string, string> }
  | { status: 'rate-limited'; retryAfterMinutes: number }
  | { status: 'unavailable' };

export type PreferencesState =
  | { status: 'idle' }
  | { status: 'saved' }
  | { status: 'unsubscribed' }
  | { status: 'invalid'; fieldErrors: Record<string, string> }
  | { status: 'link-invalid' }
  | { status: 'unavailable' };

export type ConfirmState =
  | { status: 'idle' }
  | { status: 'confirmed'; token: string }
  | { status: 'invalid' | 'expired' | 'unavailable' };

function fieldErrorsOf(issues: { path: PropertyKey[]; message: string }[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const field = String(issue.path[0] ?? 'form');
    const known = ['email', 'topics', 'services', 'nothing'].includes(issue.message);
    errors[field] ??= known ? issue.message : field === 'email' ? 'email' : 'invalid';
  }
  return errors;
}

/** Status services the form may name: the status page's components, nothing invented. */
async function unknownServices(services: string[]): Promise<boolean> {
  const known = new Set((await statusServices()).map((s) => s.slug));
  return services.some((slug) => !known.has(slug));
}

async function guarded<T>(work: () => Promise<T>, unavailable: T): Promise<T> {
  try {
    return await work();
  } catch (error) {
    unstable_rethrow(error);
    requestLogger(await headers(), 'subscriptions').error({ err: error }, 'subscription action failed');
    return unavailable;
  }
}

export async function subscribeAction(_previous: SubscribeState, form: FormData): Promise<SubscribeState> {
  return guarded<SubscribeState>(
    async () => {
      const parsed = subscribeSchema.safeParse({
        email: String(form.get('email') ?? ''),
        ...preferencesFromForm(form),
      });
      if (!parsed.success) return { status: 'invalid', fieldErrors: fieldErrorsOf(parsed.error.issues) };
      if (await unknownServices(parsed.data.services))
        return { status: 'invalid', fieldErrors: { services: 'services' } };
      const { ip } = await requestMeta();
      const result = await requestSubscription(parsed.data, ip);
      if (!result.ok)
        return { status: 'rate-limited', retryAfterMinutes: Math.ceil(result.retryAfterSeconds / 60) };
      // Sent after the answer, so the answer takes as long for a known address as for a new one.
      const mail = result.mail;
      if (mail) {
        // The request's headers are not available inside after().
        const log = requestLogger(await headers(), 'subscriptions');
        after(() =>
          sendSubscriptionMail(mail).catch((e) => log.error({ err: e }, 'confirmation mail not sent')),
        );
      }
      return { status: 'sent' };
    },
    { status: 'unavailable' },
  );
}

export async function confirmAction(_previous: ConfirmState, form: FormData): Promise<ConfirmState> {
  return guarded<ConfirmState>(
    async () => {
      const result = await confirmSubscription(String(form.get('token') ?? ''));
      if (!result.ok) return { status: result.error };
      await recordAudit({
        actorEmail: 'subscriber',
        action: 'subscriber.confirm',
        targetType: 'subscriber',
        targetId: result.subscriber.id,
      });
      return { status: 'confirmed', token: await preferencesToken(result.subscriber) };
    },
    { status: 'unavailable' },
  );
}

export async function savePreferencesAction(
  _previous: PreferencesState,
  form: FormData,
): Promise<PreferencesState> {
  return guarded<PreferencesState>(
    async () => {
      const subscriber = await subscriberForToken(String(form.get('token') ?? ''));
      if (!subscriber) return { status: 'link-invalid' };
      if (form.get('intent') === 'unsubscribe') {
        await unsubscribe(subscriber.id);
        await recordAudit({
          actorEmail: 'subscriber',
          action: 'subscriber.unsubscribe',
          targetType: 'subscriber',
          targetId: subscriber.id,
          summary: 'preferences page',
        });
        return { status: 'unsubscribed' };
      }
      const parsed = preferencesSchema.safeParse(preferencesFromForm(form));
      if (!parsed.success) return { status: 'invalid', fieldErrors: fieldErrorsOf(parsed.error.issues) };
      if (await unknownServices(parsed.data.services))
        return { status: 'invalid', fieldErrors: { services: 'services' } };
      // A valid link proves the address: saving from it also subscribes again after leaving.
      await updatePreferences(subscriber, parsed.data);
      return { status: 'saved' };
    },
    { status: 'unavailable' },
  );
}
