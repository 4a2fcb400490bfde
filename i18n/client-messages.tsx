import type { ReactNode } from 'react';
import {
  NextIntlClientProvider,
  type AbstractIntlMessages,
  type Messages,
  type NestedKeyOf,
} from 'next-intl';
import { getMessages } from 'next-intl/server';
import type { Locale } from './routing';

/**
 * A namespace of the catalogs, a group inside one, or one message of a namespace that is not sent
 * whole (`'NoticeEditor'`, `'Mail.kind'`, `'Checker.program'`).
 */
export type MessageNamespace = NestedKeyOf<Messages>;

/** The given namespaces of `messages`, nested as in the catalog. */
export function pickNamespaces(
  messages: AbstractIntlMessages,
  namespaces: readonly MessageNamespace[],
): AbstractIntlMessages {
  const picked: AbstractIntlMessages = {};
  for (const namespace of namespaces) {
    const path = namespace.split('.');
    const last = path.pop() ?? namespace;
    let source: AbstractIntlMessages | string | undefined = messages;
    let target = picked;
    for (const part of path) {
      source = typeof source === 'object' ? source[part] : undefined;
      const existing = target[part];
      const next: AbstractIntlMessages = typeof existing === 'object' ? existing : {};
      target[part] = next;
      target = next;
    }
    const value = typeof source === 'object' ? source[last] : undefined;
    if (value !== undefined) target[last] = value;
  }
  return picked;
}

/**
 * The one way client components get their text: the page wraps them in this, naming the namespaces
 * they read with `useTranslations`, and only those go to the browser (never the whole catalog).
 */
export async function ClientMessages({
  locale,
  namespaces,
  children,
}: {
  locale: Locale;
  namespaces: readonly MessageNamespace[];
  children: ReactNode;
}) {
  const messages = await getMessages({ locale });
  return (
    <NextIntlClientProvider locale={locale} messages={pickNamespaces(messages, namespaces)}>
      {children}
    </NextIntlClientProvider>
  );
}
