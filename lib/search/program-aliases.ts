import type { GuideProgram } from '@/lib/guides/guide-programs';

/** Names customers use for each program (matched after normalization, so case and width do not matter). */
export const PROGRAM_ALIASES: Record<GuideProgram, readonly string[]> = {
  'new-outlook': ['new outlook', '新しいoutlook', '新しい outlook', 'outlook (new)'],
  outlook: ['outlook', 'アウトルック', 'microsoft 365', 'office 365'],
  'outlook-2013': ['outlook 2013', 'outlook 2010', 'outlook2013', 'outlook2010'],
  thunderbird: ['thunderbird', 'サンダーバード'],
  'apple-mail': ['apple mail', 'mac mail', 'macos', 'mac', 'マック'],
  iphone: ['iphone', 'ipad', 'ios', 'アイフォン', 'アイフォーン'],
  'android-gmail': ['android', 'gmail', 'アンドロイド'],
  becky: ['becky', 'ベッキー'],
  'legacy-windows': ['windows live mail', 'windows live', 'live mail', 'outlook express', 'ライブメール'],
};
