/**
 * One name for each thing (docs/glossary.md): the term the portal uses for a concept in each language,
 * and the other names it must not use for it. messages/ and the demo content are checked against this
 * list by tests/unit/glossary.test.ts, so a second name cannot creep back in.
 */
export interface GlossaryTerm {
  concept: string;
  ja: string;
  en: string;
  /** Names of the same thing that are not used, per language. */
  avoid: { ja?: string[]; en?: string[] };
}

export const GLOSSARY: readonly GlossaryTerm[] = [
  {
    concept: 'The tool that checks a customer’s mail settings against our servers',
    ja: 'メール設定チェック',
    en: 'mail settings check',
    avoid: { ja: ['メール設定チェッカー', '設定チェッカー'] },
  },
  {
    concept: 'The mail program of Windows Live Essentials',
    ja: 'Windows Live メール',
    en: 'Windows Live Mail',
    avoid: { ja: ['Windows Live Mail', 'Windows Liveメール'], en: ['Windows Live メール'] },
  },
  {
    concept: 'The paper the ISP mails at sign-up, with the mail address and password',
    ja: '登録内容のお知らせ（書面）',
    en: 'registration letter',
    avoid: { ja: ['登録書類', '登録通知書'] },
  },
  {
    concept: 'The page of current incidents and maintenance',
    ja: '障害・メンテナンス情報',
    en: 'service status',
    avoid: { ja: ['稼働状況', '運用状況'] },
  },
  {
    concept: 'Sending through the ISP’s server after signing in with the mail password',
    ja: 'SMTP認証',
    en: 'SMTP authentication',
    avoid: { ja: ['SMTP AUTH認証', 'SMTPオース'] },
  },
  {
    concept: 'The people who use the ISP’s services, addressed or spoken of',
    ja: 'お客さま',
    en: 'customer',
    avoid: { ja: ['お客様'] },
  },
];
