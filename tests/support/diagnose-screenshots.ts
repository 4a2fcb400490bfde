import type { DiagnosisCode } from '@/lib/diagnose/diagnosis-codes';

/**
 * Error dialogs and returned mails as a customer's screen shows them, drawn as HTML so Chromium can
 * render them to PNG (scripts/make-diagnose-screenshots.ts writes tests/fixtures/diagnose/*.png;
 * tests/e2e/diagnose.spec.ts renders one itself and uploads it). Each names the code OCR → diagnosis
 * must rank first. Host names and addresses are documentation names.
 */
export interface ScreenshotCase {
  /** The fixture's file name without its extension. */
  name: string;
  /** The formats written (PNG when not given): a phone may send JPEG or WebP too. */
  formats?: ('png' | 'jpeg' | 'webp')[];
  lang: 'ja' | 'en';
  code: DiagnosisCode;
  /** Words the OCR text must contain (after normalizeOcrText), to prove it was read, not guessed. */
  reads: string[];
  html: string;
}

const page = (lang: string, body: string, width = 640) => `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><style>
  body { margin: 0; padding: 24px; background: #e8ecf1; font-family: 'Noto Sans CJK JP', 'Noto Sans', sans-serif; }
  .window { width: ${width}px; background: #fff; border: 1px solid #8a96a3; box-shadow: 0 4px 16px rgba(0,0,0,.2); }
  .bar { background: #f3f3f3; border-bottom: 1px solid #d0d0d0; padding: 8px 12px; font-size: 14px; color: #222; }
  .content { display: flex; gap: 16px; padding: 20px; font-size: 15px; line-height: 1.6; color: #111; }
  .icon { flex: none; width: 36px; height: 36px; border-radius: 50%; background: #c42b1c; color: #fff;
          font: bold 24px/36px sans-serif; text-align: center; }
  .buttons { padding: 0 20px 16px; text-align: right; }
  .buttons span { display: inline-block; border: 1px solid #8a96a3; padding: 4px 24px; font-size: 14px; }
  p { margin: 0 0 8px; }
  .alert { width: 300px; margin: 40px auto; background: #f2f2f7; border-radius: 14px; text-align: center;
           font-size: 16px; color: #000; }
  .alert h1 { font-size: 17px; margin: 0; padding: 18px 16px 4px; }
  .alert p { padding: 0 16px 16px; margin: 0; font-size: 14px; }
  .alert .ok { border-top: 1px solid #c6c6c8; padding: 11px; color: #0a60d0; font-size: 17px; }
  .mail { width: ${width}px; background: #fff; padding: 20px 24px; font-size: 15px; line-height: 1.6; color: #111;
          border: 1px solid #c0c0c0; }
  .mail .head { border-bottom: 1px solid #ddd; padding-bottom: 8px; margin-bottom: 12px; }
  pre { font: 14px/1.5 'Noto Sans Mono CJK JP', monospace; white-space: pre-wrap; margin: 0; }
</style></head><body>${body}</body></html>`;

const dialog = (lang: string, title: string, lines: string[], button: string) =>
  page(
    lang,
    `<div class="window"><div class="bar">${title}</div><div class="content"><div class="icon">×</div><div>${lines
      .map((l) => `<p>${l}</p>`)
      .join('')}</div></div><div class="buttons"><span>${button}</span></div></div>`,
  );

export const SCREENSHOT_CASES: ScreenshotCase[] = [
  {
    name: 'outlook-port25-en',
    formats: ['png', 'jpeg'],
    lang: 'en',
    code: 'PORT_25_BLOCKED',
    reads: ['0x800ccc0e', 'port: 25'],
    html: dialog(
      'en',
      'Windows Live Mail',
      [
        'The connection to the server has failed.',
        "Account: 'mail.example.test', Server: 'mail.example.test'",
        'Protocol: SMTP, Port: 25, Secure(SSL): No',
        'Socket Error: 10060, Error Number: 0x800CCC0E',
      ],
      'OK',
    ),
  },
  {
    name: 'outlook-port25-ja',
    lang: 'ja',
    code: 'PORT_25_BLOCKED',
    reads: ['0x800ccc0e', 'サーバーへの接続に失敗しました'],
    html: dialog(
      'ja',
      'Windows Live メール',
      [
        'サーバーへの接続に失敗しました。',
        "アカウント: 'mail.example.test', サーバー: 'mail.example.test'",
        'プロトコル: SMTP, ポート: 25, セキュリティ(SSL): いいえ',
        'ソケット エラー: 10060, エラー番号: 0x800CCC0E',
      ],
      'OK',
    ),
  },
  {
    name: 'bounce-550-en',
    formats: ['png', 'webp'],
    lang: 'en',
    code: 'RECIPIENT_UNKNOWN',
    reads: ['5.1.1'],
    html: page(
      'en',
      `<div class="mail"><div class="head"><b>Undelivered Mail Returned to Sender</b><br>From: MAILER-DAEMON</div>
<p>This is the mail system at host mail.example.test.</p>
<p>I'm sorry to have to inform you that your message could not be delivered to one or more recipients.</p>
<pre>&lt;hanakko@other.test&gt;: host mx.other.test said:
550 5.1.1 User unknown</pre></div>`,
    ),
  },
  {
    name: 'bounce-550-ja',
    lang: 'ja',
    code: 'RECIPIENT_UNKNOWN',
    reads: ['5.1.1', '配信できませんでした'],
    html: page(
      'ja',
      `<div class="mail"><div class="head"><b>件名: Undelivered Mail Returned to Sender</b></div>
<p>宛先不明のため配信できませんでした。</p>
<pre>&lt;hanakko@other.test&gt;: host mx.other.test said:
550 5.1.1 User unknown</pre></div>`,
    ),
  },
  {
    name: 'iphone-password-ja',
    lang: 'ja',
    code: 'WRONG_PASSWORD',
    reads: ['パスワード'],
    html: page(
      'ja',
      `<div class="alert"><h1>メールを取得できません</h1><p>“mail.example.test”のユーザ名またはパスワードが正しくありません。</p><div class="ok">OK</div></div>`,
    ),
  },
];

/** A screenshot with no text on it (an empty dialog frame): OCR finds nothing. */
export const BLANK_HTML = page(
  'en',
  '<div class="window"><div class="bar">&nbsp;</div><div class="content" style="height:120px"></div></div>',
);
