import { interestRows } from '@/lib/notifications/subscription-topics';
import { db } from './notice-fixtures';

let counter = 0;

/** A confirmed subscriber, arranged directly (the opt-in itself is tested through requestSubscription). */
export async function createSubscriber(
  options: {
    email?: string;
    locale?: 'en' | 'ja';
    topics?: string[];
    services?: string[];
    frequency?: 'immediate' | 'daily';
    digestHour?: number;
    status?: string;
  } = {},
) {
  counter += 1;
  return db.subscriber.create({
    data: {
      email: options.email ?? `reader-${counter}-${Date.now()}@subscribers.example.test`,
      locale: options.locale ?? 'en',
      interests: {
        create: interestRows({ topics: options.topics ?? ['maintenance'], services: options.services ?? [] }),
      },
      frequency: options.frequency ?? 'immediate',
      digestHour: options.digestHour ?? 8,
      status: options.status ?? 'confirmed',
      confirmedAt: new Date(),
    },
  });
}

export async function clearNotifications() {
  await db.outboxMessage.deleteMany();
  await db.notificationEvent.deleteMany();
  await db.subscriber.deleteMany();
  await db.capturedMail.deleteMany();
  await db.rateEvent.deleteMany();
}
