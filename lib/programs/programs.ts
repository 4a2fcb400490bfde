import type { ProgramDef } from './program-model';
import { androidGmail } from './definitions/android-gmail';
import { appleMail } from './definitions/apple-mail';
import { becky } from './definitions/becky';
import { iphone } from './definitions/iphone';
import { legacyWindows } from './definitions/legacy-windows';
import { outlook } from './definitions/outlook';
import { outlook2013 } from './definitions/outlook-2013';
import { outlookNew } from './definitions/outlook-new';
import { thunderbird } from './definitions/thunderbird';

/** Every program the portal models, in the order the checker offers them. */
export const PROGRAMS: readonly ProgramDef[] = [
  outlook,
  outlook2013,
  outlookNew,
  thunderbird,
  appleMail,
  iphone,
  androidGmail,
  becky,
  legacyWindows,
];

export function programById(id: string): ProgramDef | undefined {
  return PROGRAMS.find((program) => program.id === id);
}
