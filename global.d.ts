import type { routing } from '@/i18n/routing';
import type messages from './messages/en.json';

// Type-checked message keys and locales for next-intl (en.json is the reference; a test checks ja.json).
declare module 'next-intl' {
  interface AppConfig {
    Locale: (typeof routing.locales)[number];
    Messages: typeof messages;
  }
}
