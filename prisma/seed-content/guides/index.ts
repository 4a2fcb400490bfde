import type { SeedGuide } from './types';
import { guide as newOutlook } from './new-outlook';
import { guide as outlook } from './outlook';
import { guide as outlook2013 } from './outlook-2013';
import { guide as thunderbird } from './thunderbird';
import { guide as appleMail } from './apple-mail';
import { guide as iphone } from './iphone';
import { guide as androidGmail } from './android-gmail';
import { guide as becky } from './becky';
import { guide as legacyWindows } from './legacy-windows';

export type { SeedGuide } from './types';

/**
 * Demo setup guides, one per program, in the order of GUIDE_PROGRAMS (lib/guides/guide-programs.ts).
 * Server values are `{{placeholders}}` resolved from the registry at render time.
 */
export const guides: SeedGuide[] = [
  newOutlook,
  outlook,
  outlook2013,
  thunderbird,
  appleMail,
  iphone,
  androidGmail,
  becky,
  legacyWindows,
];
