import type { DiagnosisCode } from '@/lib/diagnose/diagnosis-codes';
import type { DiagnosisFacts } from '@/lib/diagnose/diagnose';

/**
 * Real-looking pasted messages, each with the code "paste the error, get the answer" must rank
 * first (tests/unit/diagnose.test.ts, scripts/bench-diagnose.ts). Host names and addresses are
 * documentation names (example.test, other.test).
 */
export interface CorpusCase {
  group: string;
  text: string;
  code: DiagnosisCode;
  facts?: Partial<DiagnosisFacts>;
}

/** Outlook Express / Windows Live Mail / Outlook 2010 detail lines, as the dialog shows them. */
const oeEn = (
  what: string,
  protocol: string,
  port: number,
  ssl: boolean,
  number: string,
  server = 'mail.example.test',
) =>
  `${what} Account: 'mail.example.test', Server: '${server}', Protocol: ${protocol}, Port: ${port}, Secure(SSL): ${ssl ? 'Yes' : 'No'}, Socket Error: 10060, Error Number: ${number}`;
const oeJa = (
  what: string,
  protocol: string,
  port: number,
  ssl: boolean,
  number: string,
  server = 'mail.example.test',
) =>
  `${what} アカウント: 'mail.example.test', サーバー: '${server}', プロトコル: ${protocol}, ポート: ${port}, セキュリティ(SSL): ${ssl ? 'はい' : 'いいえ'}, ソケット エラー: 10060, エラー番号: ${number}`;

/** Full-width form of a text (what an IME may give): ASCII letters, digits and punctuation. */
export const fullWidth = (text: string) =>
  text.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).replace(/ /g, '　');

const OUTLOOK_EN =
  'If you continue to receive this message, contact your server administrator or Internet service provider (ISP).';
const OUTLOOK_JA =
  'このメッセージが引き続き表示される場合は、サーバー管理者またはインターネット サービス プロバイダー (ISP) に問い合わせてください。';

export const DIAGNOSE_CORPUS: CorpusCase[] = [
  // ---- Outlook, English -------------------------------------------------------------------------
  {
    group: 'outlook-en',
    text: `Task 'mail.example.test - Sending' reported error (0x800CCC0E) : 'Cannot connect to the server. ${OUTLOOK_EN}'`,
    code: 'CONNECTION_FAILED',
    facts: { program: 'outlook', errorCode: '0x800CCC0E' },
  },
  {
    group: 'outlook-en',
    text: oeEn('The connection to the server has failed.', 'SMTP', 25, false, '0x800CCC0E'),
    code: 'PORT_25_BLOCKED',
    facts: { protocol: 'smtp', port: 25, ssl: false, server: 'mail.example.test', errorCode: '0x800CCC0E' },
  },
  {
    group: 'outlook-en',
    text: oeEn('The connection to the server has failed.', 'SMTP', 465, false, '0x800CCC0E'),
    code: 'ENCRYPTION_MISMATCH',
    facts: { protocol: 'smtp', port: 465, ssl: false },
  },
  {
    group: 'outlook-en',
    text: oeEn('The connection to the server has failed.', 'POP3', 995, false, '0x800CCC0E'),
    code: 'ENCRYPTION_MISMATCH',
    facts: { protocol: 'pop3', port: 995, ssl: false },
  },
  {
    group: 'outlook-en',
    text: oeEn('The connection to the server was interrupted.', 'POP3', 110, true, '0x800CCC0F'),
    code: 'ENCRYPTION_MISMATCH',
    facts: { protocol: 'pop3', port: 110, ssl: true },
  },
  {
    group: 'outlook-en',
    text: oeEn('The connection to the server was interrupted.', 'SMTP', 587, true, '0x800CCC0F'),
    code: 'ENCRYPTION_MISMATCH',
    facts: { port: 587, ssl: true },
  },
  {
    group: 'outlook-en',
    text: oeEn('The connection to the server has failed.', 'IMAP', 993, false, '0x800CCC0E'),
    code: 'ENCRYPTION_MISMATCH',
    facts: { protocol: 'imap', port: 993 },
  },
  {
    group: 'outlook-en',
    text: `Sending reported error (0x800CCC0F) : 'The connection to the server was interrupted. If this problem continues, contact your server administrator or Internet service provider (ISP).'`,
    code: 'CONNECTION_FAILED',
    facts: { errorCode: '0x800CCC0F' },
  },
  {
    group: 'outlook-en',
    text: oeEn('Cannot locate server.', 'POP3', 110, false, '0x800CCC0D', 'mail.exmaple.test'),
    code: 'SERVER_NAME_WRONG',
    facts: { serverNotOurs: true },
  },
  {
    group: 'outlook-en',
    text: `Receiving reported error (0x800CCC0D) : 'Cannot locate server. ${OUTLOOK_EN}'`,
    code: 'SERVER_NAME_WRONG',
  },
  {
    group: 'outlook-en',
    text: `Sending reported error (0x800CCC1A) : 'Your server does not support the connection encryption type you have specified. Try changing the encryption method. Contact your mail server administrator or Internet service provider (ISP) for additional assistance.'`,
    code: 'ENCRYPTION_MISMATCH',
  },
  {
    group: 'outlook-en',
    text: `Sending reported error (0x800CCC78) : 'Unable to send the message. Please verify the e-mail address in your account properties. The server responded: 554 5.7.1 <bob@other.test>: Relay access denied'`,
    code: 'SMTP_AUTH_REQUIRED',
    facts: { replyCode: '554', enhancedStatus: '5.7.1', protocol: 'smtp' },
  },
  {
    group: 'outlook-en',
    text: `Sending reported error (0x800CCC78) : 'Unable to send the message. Please verify the e-mail address in your account properties. The server responded: 553 5.7.1 <taro@old-isp.test>: Sender address rejected: not owned by user taro@example.test'`,
    code: 'SENDER_REJECTED',
  },
  {
    group: 'outlook-en',
    text: `Sending reported error (0x800CCC78) : 'Unable to send the message. Please verify the e-mail address in your account properties.'`,
    code: 'SMTP_AUTH_REQUIRED',
  },
  {
    group: 'outlook-en',
    text: `Task 'mail.example.test - Sending' reported error (0x800CCC79) : 'The server rejected one or more recipient addresses. The server response was: 554 5.7.1 <hanako@other.test>: Relay access denied'`,
    code: 'SMTP_AUTH_REQUIRED',
  },
  {
    group: 'outlook-en',
    text: `The server rejected one or more recipient addresses. The server response was: 554 5.7.1 <hanako@other.test>: Relay access denied Account: 'mail.example.test', Server: 'mail.example.test', Protocol: SMTP, Server Response: '554 5.7.1 <hanako@other.test>: Relay access denied', Port: 25, Secure(SSL): No, Server Error: 554, Error Number: 0x800CCC79`,
    code: 'POP_BEFORE_SMTP_ENDED',
    facts: { port: 25, ssl: false },
  },
  {
    group: 'outlook-en',
    text: `Task 'mail.example.test - Sending' reported error (0x800CCC79) : 'The server rejected one or more recipient addresses. The server response was: 550 5.1.1 <hanakko@other.test>: Recipient address rejected: User unknown in virtual mailbox table'`,
    code: 'RECIPIENT_UNKNOWN',
  },
  {
    group: 'outlook-en',
    text: `Receiving reported error (0x800CCC90) : 'Your incoming (POP3) e-mail server has reported an internal error. ${OUTLOOK_EN} The server responded: -ERR [AUTH] Plaintext authentication disallowed on non-secure (SSL/TLS) connections.'`,
    code: 'PLAINTEXT_LOGIN_REFUSED',
    facts: { protocol: 'pop3' },
  },
  {
    group: 'outlook-en',
    text: `Receiving reported error (0x800CCC90) : 'Your incoming (POP3) e-mail server has reported an internal error. ${OUTLOOK_EN} The server responded: -ERR [AUTH] Authentication failed.'`,
    code: 'WRONG_PASSWORD',
  },
  {
    group: 'outlook-en',
    text: `Receiving reported error (0x800CCC92) : 'Your e-mail server rejected your login. Verify your user name and password for this account in Account Settings. The server responded: -ERR [AUTH] Authentication failed.'`,
    code: 'WRONG_PASSWORD',
    facts: { program: 'outlook', errorCode: '0x800CCC92' },
  },
  {
    group: 'outlook-en',
    text: oeEn(
      'Your server rejected your login. Please verify that your user name and password are correct.',
      'POP3',
      110,
      false,
      '0x800CCC92',
    ),
    code: 'PLAINTEXT_LOGIN_REFUSED',
    facts: { port: 110, ssl: false },
  },
  {
    group: 'outlook-en',
    text: oeEn(
      'Your server rejected your login. Please verify that your user name and password are correct.',
      'POP3',
      995,
      true,
      '0x800CCC92',
    ),
    code: 'WRONG_PASSWORD',
  },
  {
    group: 'outlook-en',
    text: `Receiving reported error (0x8004210A) : 'The operation timed out waiting for a response from the receiving (POP) server. ${OUTLOOK_EN}'`,
    code: 'CONNECTION_FAILED',
    facts: { protocol: 'pop3' },
  },
  {
    group: 'outlook-en',
    text: `Sending reported error (0x8004210B) : 'The operation timed out waiting for a response from the sending (SMTP) server. ${OUTLOOK_EN}'`,
    code: 'CONNECTION_FAILED',
    facts: { protocol: 'smtp' },
  },
  {
    group: 'outlook-en',
    text: `Sending reported error (0x8004210B) : 'The operation timed out waiting for a response from the sending (SMTP) server.' Outgoing server: mail.example.test, port 25`,
    code: 'PORT_25_BLOCKED',
  },
  {
    group: 'outlook-en',
    text: `Sending reported error (0x80042109) : 'Outlook cannot connect to your outgoing (SMTP) e-mail server. ${OUTLOOK_EN}'`,
    code: 'CONNECTION_FAILED',
    facts: { protocol: 'smtp', program: 'outlook' },
  },
  {
    group: 'outlook-en',
    text: `Receiving reported error (0x80042108) : 'Outlook cannot connect to your incoming (POP3) e-mail server. ${OUTLOOK_EN}'`,
    code: 'CONNECTION_FAILED',
  },
  {
    group: 'outlook-en',
    text: `Sending reported error (0x800CCC80) : 'None of the authentication methods supported by this client are supported by your server.'`,
    code: 'STARTTLS_REQUIRED',
  },
  {
    group: 'outlook-en',
    text: `Microsoft Outlook: Send Test E-mail Message: Your outgoing (SMTP) e-mail server has reported an error. The server responded: 530 5.7.0 Must issue a STARTTLS command first`,
    code: 'STARTTLS_REQUIRED',
    facts: { program: 'outlook', replyCode: '530' },
  },
  {
    group: 'outlook-en',
    text: `Log onto incoming mail server (POP3): Your e-mail server rejected your login. Verify your user name and password for this account in Account Settings.`,
    code: 'WRONG_PASSWORD',
  },
  {
    group: 'outlook-en',
    text: `Outlook 2013: Send test e-mail message: Your outgoing (SMTP) e-mail server has reported an error. 535 5.7.8 Error: authentication failed: authentication failure`,
    code: 'WRONG_PASSWORD',
    facts: { program: 'outlook-2013' },
  },
  {
    group: 'outlook-en',
    text: `Windows Live Mail: The connection to the server has failed. Account: 'Example', Server: 'mail.example.test', Protocol: SMTP, Port: 25, Secure(SSL): No, Socket Error: 10061, Error Number: 0x800CCC0E`,
    code: 'PORT_25_BLOCKED',
    facts: { program: 'legacy-windows' },
  },
  {
    group: 'outlook-en',
    text: `Outlook Express: Your server has unexpectedly terminated the connection. Possible causes include server problems, network problems, or a long period of inactivity. Account: 'mail.example.test', Server: 'mail.example.test', Protocol: SMTP, Port: 465, Secure(SSL): No, Error Number: 0x800CCC0F`,
    code: 'ENCRYPTION_MISMATCH',
    facts: { program: 'legacy-windows' },
  },
  {
    group: 'outlook-en',
    text: `Outlook cannot verify the certificate. The security certificate was issued by a company you have not chosen to trust. The name on the security certificate is invalid or does not match the name of the site.`,
    code: 'CERTIFICATE_PROBLEM',
  },
  {
    group: 'outlook-en',
    text: `Receiving reported error (0x800CCC0B) : 'The server or maildrop is busy. Try again later.'`,
    code: 'SERVER_BUSY',
  },

  // ---- Outlook, Japanese ------------------------------------------------------------------------
  {
    group: 'outlook-ja',
    text: `タスク 'mail.example.test - 送信中' でエラー (0x800CCC0E) が報告されました: 'サーバーに接続できません。${OUTLOOK_JA}'`,
    code: 'CONNECTION_FAILED',
    facts: { program: 'outlook' },
  },
  {
    group: 'outlook-ja',
    text: oeJa('サーバーへの接続に失敗しました。', 'SMTP', 25, false, '0x800CCC0E'),
    code: 'PORT_25_BLOCKED',
    facts: { protocol: 'smtp', port: 25, ssl: false },
  },
  {
    group: 'outlook-ja',
    text: oeJa('サーバーへの接続に失敗しました。', 'SMTP', 465, false, '0x800CCC0E'),
    code: 'ENCRYPTION_MISMATCH',
  },
  {
    group: 'outlook-ja',
    text: oeJa('サーバーへの接続に失敗しました。', 'POP3', 995, false, '0x800CCC0E'),
    code: 'ENCRYPTION_MISMATCH',
  },
  {
    group: 'outlook-ja',
    text: oeJa('サーバーへの接続が中断されました。', 'POP3', 110, true, '0x800CCC0F'),
    code: 'ENCRYPTION_MISMATCH',
  },
  {
    group: 'outlook-ja',
    text: `送受信エラー (0x800CCC0F) が報告されました: 'サーバーへの接続が中断されました。この問題が解決されない場合は、サーバー管理者またはインターネット サービス プロバイダー (ISP) に連絡してください。'`,
    code: 'CONNECTION_FAILED',
  },
  {
    group: 'outlook-ja',
    text: oeJa('サーバーが見つかりません。', 'POP3', 110, false, '0x800CCC0D', 'mial.example.test'),
    code: 'SERVER_NAME_WRONG',
  },
  {
    group: 'outlook-ja',
    text: `受信エラー (0x800CCC0D) が報告されました: 'サーバーが見つかりません。${OUTLOOK_JA}'`,
    code: 'SERVER_NAME_WRONG',
  },
  {
    group: 'outlook-ja',
    text: `送信エラー (0x800CCC1A) が報告されました: '指定した接続の暗号化の種類はサーバーでサポートされていません。暗号化方法を変更してください。'`,
    code: 'ENCRYPTION_MISMATCH',
  },
  {
    group: 'outlook-ja',
    text: `送信エラー (0x800CCC78) が報告されました: 'メッセージを送信できません。アカウントのプロパティで電子メール アドレスを確認してください。 サーバーの応答: 554 5.7.1 <jiro@other.test>: Relay access denied'`,
    code: 'SMTP_AUTH_REQUIRED',
  },
  {
    group: 'outlook-ja',
    text: `送信エラー (0x800CCC78) が報告されました: 'メッセージを送信できません。アカウントのプロパティで電子メール アドレスを確認してください。 サーバーの応答: 553 5.7.1 <taro@old.test>: Sender address rejected: not owned by user taro@example.test'`,
    code: 'SENDER_REJECTED',
  },
  {
    group: 'outlook-ja',
    text: `タスク 'mail.example.test - 送信中' でエラー (0x800CCC79) が報告されました: '1 つまたは複数の受信者のアドレスがサーバーによって拒否されました。サーバーの応答: 554 5.7.1 <hanako@other.test>: Relay access denied'`,
    code: 'SMTP_AUTH_REQUIRED',
  },
  {
    group: 'outlook-ja',
    text: `1 つまたは複数の受信者のアドレスがサーバーによって拒否されました。 アカウント: 'mail.example.test', サーバー: 'mail.example.test', プロトコル: SMTP, サーバーの応答: '554 5.7.1 <hanako@other.test>: Relay access denied', ポート: 25, セキュリティ(SSL): いいえ, サーバー エラー: 554, エラー番号: 0x800CCC79`,
    code: 'POP_BEFORE_SMTP_ENDED',
  },
  {
    group: 'outlook-ja',
    text: `送信エラー (0x800CCC79) が報告されました: '1 つまたは複数の受信者のアドレスがサーバーによって拒否されました。サーバーの応答: 550 5.1.1 <hanakko@other.test>: Recipient address rejected: User unknown in virtual mailbox table'`,
    code: 'RECIPIENT_UNKNOWN',
  },
  {
    group: 'outlook-ja',
    text: `受信エラー (0x800CCC90) が報告されました: '受信 (POP3) サーバーからエラーが報告されました。サーバーの応答: -ERR [AUTH] Plaintext authentication disallowed on non-secure (SSL/TLS) connections.'`,
    code: 'PLAINTEXT_LOGIN_REFUSED',
  },
  {
    group: 'outlook-ja',
    text: `受信エラー (0x800CCC92) が報告されました: '電子メール サーバーがログオンを拒否しました。アカウント設定で、このアカウントのユーザー名とパスワードを確認してください。サーバーの応答: -ERR [AUTH] Authentication failed.'`,
    code: 'WRONG_PASSWORD',
  },
  {
    group: 'outlook-ja',
    text: oeJa(
      'サーバーがログオンを拒否しました。ユーザー名とパスワードが正しいか確認してください。',
      'POP3',
      110,
      false,
      '0x800CCC92',
    ),
    code: 'PLAINTEXT_LOGIN_REFUSED',
  },
  {
    group: 'outlook-ja',
    text: `受信エラー (0x8004210A) が報告されました: '受信 (POP) サーバーからの応答を待っている間にタイムアウトになりました。${OUTLOOK_JA}'`,
    code: 'CONNECTION_FAILED',
    facts: { protocol: 'pop3' },
  },
  {
    group: 'outlook-ja',
    text: `送信エラー (0x8004210B) が報告されました: '送信 (SMTP) サーバーからの応答を待っている間にタイムアウトになりました。${OUTLOOK_JA}'`,
    code: 'CONNECTION_FAILED',
    facts: { protocol: 'smtp' },
  },
  {
    group: 'outlook-ja',
    text: `送信エラー (0x80042109) が報告されました: '送信 (SMTP) 電子メール サーバーに接続できません。${OUTLOOK_JA}'`,
    code: 'CONNECTION_FAILED',
  },
  {
    group: 'outlook-ja',
    text: `送信エラー (0x80042109) が報告されました: '送信 (SMTP) 電子メール サーバーに接続できません。' 送信サーバーのポート番号は25です。`,
    code: 'PORT_25_BLOCKED',
  },
  {
    group: 'outlook-ja',
    text: `送信エラー (0x800CCC80) が報告されました: 'このクライアントでサポートされている認証方法は、サーバーでサポートされていません。'`,
    code: 'STARTTLS_REQUIRED',
  },
  {
    group: 'outlook-ja',
    text: `Windows Live メール: サーバーへの接続に失敗しました。 アカウント: 'mail.example.test', サーバー: 'mail.example.test', プロトコル: SMTP, ポート: 25, セキュリティ(SSL): いいえ, ソケット エラー: 10060, エラー番号: 0x800CCC0E`,
    code: 'PORT_25_BLOCKED',
    facts: { program: 'legacy-windows' },
  },
  {
    group: 'outlook-ja',
    text: `テスト電子メール メッセージの送信: 送信 (SMTP) 電子メール サーバーでエラーが発生しました。サーバーの応答: 530 5.7.0 Must issue a STARTTLS command first`,
    code: 'STARTTLS_REQUIRED',
  },
  {
    group: 'outlook-ja',
    text: `Outlook: セキュリティ証明書の名前が無効か、サイト名と一致しません。`,
    code: 'CERTIFICATE_PROBLEM',
  },

  // ---- Full-width and bare codes ----------------------------------------------------------------
  {
    group: 'codes',
    text: '０ｘ８００ＣＣＣ０Ｅ',
    code: 'CONNECTION_FAILED',
    facts: { errorCode: '0x800CCC0E' },
  },
  {
    group: 'codes',
    text: 'エラー番号：０ｘ８００ＣＣＣ０Ｅ　ポート：２５',
    code: 'PORT_25_BLOCKED',
    facts: { port: 25 },
  },
  { group: 'codes', text: '0x800CCC0F', code: 'CONNECTION_FAILED' },
  { group: 'codes', text: '0x800ccc0d', code: 'SERVER_NAME_WRONG' },
  { group: 'codes', text: '0x800CCC1A', code: 'ENCRYPTION_MISMATCH' },
  { group: 'codes', text: '0x800CCC78', code: 'SMTP_AUTH_REQUIRED' },
  { group: 'codes', text: '0x800CCC79', code: 'SMTP_AUTH_REQUIRED' },
  { group: 'codes', text: '0x800CCC90', code: 'WRONG_PASSWORD' },
  { group: 'codes', text: '0x800CCC92', code: 'WRONG_PASSWORD' },
  { group: 'codes', text: '０ｘ８００ＣＣＣ９２', code: 'WRONG_PASSWORD' },
  { group: 'codes', text: '0x8004210A', code: 'CONNECTION_FAILED' },
  { group: 'codes', text: '0x8004210B', code: 'CONNECTION_FAILED' },
  { group: 'codes', text: '0x80042109', code: 'CONNECTION_FAILED' },
  { group: 'codes', text: 'エラー 0x80042109 が出てメールが送れません', code: 'CONNECTION_FAILED' },
  { group: 'codes', text: fullWidth('554 5.7.1 Relay access denied'), code: 'SMTP_AUTH_REQUIRED' },
  { group: 'codes', text: fullWidth('535 5.7.8 Error: authentication failed'), code: 'WRONG_PASSWORD' },
  { group: 'codes', text: '５５２　５．２．２　Ｍａｉｌｂｏｘ　ｆｕｌｌ', code: 'MAILBOX_FULL' },
  { group: 'codes', text: 'ﾎﾟｰﾄ25がブロックされていると言われました', code: 'PORT_25_BLOCKED' },
  { group: 'codes', text: '535', code: 'WRONG_PASSWORD' },
  { group: 'codes', text: '5.7.8', code: 'WRONG_PASSWORD' },
  { group: 'codes', text: '550 5.1.1', code: 'RECIPIENT_UNKNOWN' },
  { group: 'codes', text: '421 4.7.0', code: 'SERVER_BUSY' },
  { group: 'codes', text: '552 5.3.4', code: 'MESSAGE_TOO_LARGE' },
  { group: 'codes', text: '530 5.7.0 Authentication required', code: 'SMTP_AUTH_REQUIRED' },

  // ---- Thunderbird --------------------------------------------------------------------------------
  {
    group: 'thunderbird-en',
    text: 'Sending of the message failed. The message could not be sent because the connection to Outgoing server (SMTP) mail.example.test was lost in the middle of the transaction. Try again or contact your network administrator.',
    code: 'CONNECTION_FAILED',
    facts: { program: 'thunderbird' },
  },
  {
    group: 'thunderbird-en',
    text: 'Sending of the message failed. The message could not be sent because connecting to Outgoing server (SMTP) mail.example.test failed. The server may be unavailable or is refusing SMTP connections. Please verify that your Outgoing server (SMTP) settings are correct and try again.',
    code: 'CONNECTION_FAILED',
    facts: { program: 'thunderbird', protocol: 'smtp' },
  },
  {
    group: 'thunderbird-en',
    text: 'Sending of the message failed. The message could not be sent because connecting to Outgoing server (SMTP) mail.example.test:25 failed. The server may be unavailable or is refusing SMTP connections.',
    code: 'PORT_25_BLOCKED',
  },
  {
    group: 'thunderbird-en',
    text: 'Sending of the message failed. An error occurred while sending mail. The mail server responded: 5.7.1 <hanako@other.test>: Relay access denied. Please check the message recipient "hanako@other.test" and try again.',
    code: 'SMTP_AUTH_REQUIRED',
  },
  {
    group: 'thunderbird-en',
    text: 'Sending of the message failed. An error occurred while sending mail. The mail server responded: 530 5.7.0 Must issue a STARTTLS command first. Please check the message and try again.',
    code: 'STARTTLS_REQUIRED',
  },
  {
    group: 'thunderbird-en',
    text: 'Login to server mail.example.test with username taro@example.test failed.',
    code: 'WRONG_PASSWORD',
    facts: { program: 'thunderbird', server: 'mail.example.test' },
  },
  {
    group: 'thunderbird-en',
    text: 'Sending of the message failed. Authentication failed while connecting to server mail.example.test. The mail server responded: 535 5.7.8 Error: authentication failed: authentication failure',
    code: 'WRONG_PASSWORD',
  },
  {
    group: 'thunderbird-en',
    text: 'The outgoing server (SMTP) mail.exmaple.test could not be found. Please verify that your Outgoing server (SMTP) settings are correct and try again.',
    code: 'SERVER_NAME_WRONG',
  },
  {
    group: 'thunderbird-en',
    text: 'Failed to connect to server mail.example.test.',
    code: 'CONNECTION_FAILED',
  },
  {
    group: 'thunderbird-en',
    text: 'Add Security Exception. You are about to override how Thunderbird identifies this site. Wrong Site: The certificate belongs to a different site, which could mean that someone is trying to impersonate this site.',
    code: 'CERTIFICATE_PROBLEM',
    facts: { program: 'thunderbird' },
  },
  {
    group: 'thunderbird-en',
    text: 'The size of the message you are trying to send exceeds a temporary size limit of the server. The message was not sent; try reducing the message size or wait some time and try again. The server responded: 552 5.3.4 Message size exceeds fixed limit.',
    code: 'MESSAGE_TOO_LARGE',
  },
  {
    group: 'thunderbird-en',
    text: 'The mail server responded: -ERR [AUTH] Plaintext authentication disallowed on non-secure (SSL/TLS) connections. Thunderbird',
    code: 'PLAINTEXT_LOGIN_REFUSED',
  },
  {
    group: 'thunderbird-en',
    text: 'Unable to connect to your IMAP server. You may have exceeded the maximum number of connections to this server. If so, use the Advanced IMAP Server Settings dialog to reduce the number of cached connections.',
    code: 'SERVER_BUSY',
  },
  {
    group: 'thunderbird-en',
    text: 'Thunderbird: Connection to server mail.example.test timed out.',
    code: 'CONNECTION_FAILED',
  },
  {
    group: 'thunderbird-en',
    text: 'Thunderbird: Secure connection failed. An error occurred during a connection to mail.example.test:143. SSL received a record that exceeded the maximum permissible length. Error code: SSL_ERROR_RX_RECORD_TOO_LONG',
    code: 'ENCRYPTION_MISMATCH',
  },
  {
    group: 'thunderbird-ja',
    text: 'メッセージの送信に失敗しました。送信 (SMTP) サーバー mail.example.test への接続に失敗したため、メッセージを送信できませんでした。サーバーが利用できないか、SMTP 接続を拒否している可能性があります。',
    code: 'CONNECTION_FAILED',
    facts: { program: 'thunderbird' },
  },
  {
    group: 'thunderbird-ja',
    text: 'メッセージの送信に失敗しました。送信 (SMTP) サーバー mail.example.test:25 への接続に失敗したため、メッセージを送信できませんでした。',
    code: 'PORT_25_BLOCKED',
  },
  {
    group: 'thunderbird-ja',
    text: 'メッセージの送信に失敗しました。メールの送信中にエラーが発生しました。メールサーバーの応答: 5.7.1 <hanako@other.test>: Relay access denied. メッセージの宛先を確認して、もう一度送信してください。',
    code: 'SMTP_AUTH_REQUIRED',
  },
  {
    group: 'thunderbird-ja',
    text: 'ユーザー名 taro@example.test でのサーバー mail.example.test へのログインに失敗しました。',
    code: 'WRONG_PASSWORD',
    facts: { program: 'thunderbird' },
  },
  {
    group: 'thunderbird-ja',
    text: '送信 (SMTP) サーバー mail.exmaple.test が見つかりませんでした。送信 (SMTP) サーバーの設定が正しいか確認してから、もう一度送信してください。',
    code: 'SERVER_NAME_WRONG',
  },
  {
    group: 'thunderbird-ja',
    text: 'セキュリティ例外の追加: Thunderbird によるこのサイトの識別方法を上書きしようとしています。この証明書は別のサイトのものです。',
    code: 'CERTIFICATE_PROBLEM',
  },
  {
    group: 'thunderbird-ja',
    text: 'メッセージの送信に失敗しました。メールサーバーの応答: 530 5.7.0 Must issue a STARTTLS command first',
    code: 'STARTTLS_REQUIRED',
  },
  {
    group: 'thunderbird-ja',
    text: 'Thunderbird: メールサーバーの応答: -ERR [AUTH] Plaintext authentication disallowed on non-secure (SSL/TLS) connections.',
    code: 'PLAINTEXT_LOGIN_REFUSED',
  },
  {
    group: 'thunderbird-ja',
    text: 'サーバー mail.example.test への接続がタイムアウトしました。',
    code: 'CONNECTION_FAILED',
  },
  {
    group: 'thunderbird-ja',
    text: 'メッセージのサイズが大きすぎるため送信できませんでした。サーバーの応答: 552 5.3.4 Message size exceeds fixed limit',
    code: 'MESSAGE_TOO_LARGE',
  },

  // ---- Apple Mail (Mac) ------------------------------------------------------------------------
  {
    group: 'apple-mail-en',
    text: 'Cannot send message using the server mail.example.test. The server “mail.example.test” cannot be contacted on port 25.',
    code: 'PORT_25_BLOCKED',
    facts: { program: 'apple-mail', port: 25 },
  },
  {
    group: 'apple-mail-en',
    text: 'Cannot send message using the server mail.example.test. The server response was: 5.7.1 <hanako@other.test>: Relay access denied',
    code: 'SMTP_AUTH_REQUIRED',
    facts: { program: 'apple-mail' },
  },
  {
    group: 'apple-mail-en',
    text: 'The server “mail.example.test” rejected the password for user “taro@example.test”. Apple Mail',
    code: 'WRONG_PASSWORD',
  },
  {
    group: 'apple-mail-en',
    text: 'Mail can’t verify the identity of “mail.example.test”. The certificate for this server is invalid.',
    code: 'CERTIFICATE_PROBLEM',
  },
  {
    group: 'apple-mail-en',
    text: 'The connection to the server “mail.example.test” on port 993 timed out. Mac',
    code: 'CONNECTION_FAILED',
    facts: { port: 993 },
  },
  {
    group: 'apple-mail-en',
    text: 'The IMAP server “mail.example.test” is not responding. Check your network connection and that you entered the correct information in the Accounts preferences. Take Account Offline',
    code: 'CONNECTION_FAILED',
    facts: { program: 'apple-mail' },
  },
  {
    group: 'apple-mail-ja',
    text: 'サーバ“mail.example.test”を使用してメッセージを送信できません。サーバ“mail.example.test”にポート25で接続できません。',
    code: 'PORT_25_BLOCKED',
    facts: { program: 'apple-mail' },
  },
  {
    group: 'apple-mail-ja',
    text: '“mail.example.test”の識別情報を検証できません。このサーバの証明書は無効です。',
    code: 'CERTIFICATE_PROBLEM',
  },
  {
    group: 'apple-mail-ja',
    text: 'サーバ“mail.example.test”がユーザ“taro@example.test”のパスワードを拒否しました。',
    code: 'WRONG_PASSWORD',
  },
  {
    group: 'apple-mail-ja',
    text: 'IMAPサーバ“mail.example.test”が応答しません。ネットワーク接続を確認してください。アカウントをオフラインにする',
    code: 'CONNECTION_FAILED',
    facts: { program: 'apple-mail' },
  },
  {
    group: 'apple-mail-ja',
    text: 'サーバ“mail.example.test”を使用してメッセージを送信できません。サーバの応答: 5.7.1 <hanako@other.test>: Relay access denied',
    code: 'SMTP_AUTH_REQUIRED',
  },

  // ---- iPhone / iPad ----------------------------------------------------------------------------------
  {
    group: 'iphone-en',
    text: 'Cannot Get Mail. The user name or password for “mail.example.test” is incorrect.',
    code: 'WRONG_PASSWORD',
    facts: { program: 'iphone' },
  },
  {
    group: 'iphone-en',
    text: 'Cannot Get Mail. The connection to the server failed.',
    code: 'CONNECTION_FAILED',
    facts: { program: 'iphone' },
  },
  {
    group: 'iphone-en',
    text: 'Cannot Send Mail. A copy has been placed in your Outbox. The recipient “hanako@other.test” was rejected by the server.',
    code: 'SMTP_AUTH_REQUIRED',
    facts: { program: 'iphone' },
  },
  {
    group: 'iphone-en',
    text: 'Cannot Verify Server Identity. The identity of “mail.example.test” cannot be verified by Mail. Review the certificate details to continue.',
    code: 'CERTIFICATE_PROBLEM',
  },
  {
    group: 'iphone-en',
    text: 'Cannot Send Mail. The sender address “taro@old.test” was rejected by the server.',
    code: 'SENDER_REJECTED',
  },
  {
    group: 'iphone-en',
    text: 'Cannot Get Mail. The mail server “mail.example.test” is not responding. Verify that you have entered the correct account info in Mail settings.',
    code: 'CONNECTION_FAILED',
  },
  {
    group: 'iphone-en',
    text: 'Cannot Send Mail. The connection to the outgoing server “mail.example.test” failed.',
    code: 'CONNECTION_FAILED',
  },
  {
    group: 'iphone-en',
    text: 'iPhone: Cannot Send Mail. The connection to the outgoing server “mail.example.test” on port 25 failed.',
    code: 'PORT_25_BLOCKED',
  },
  {
    group: 'iphone-ja',
    text: 'メールを取得できません “mail.example.test”のユーザ名またはパスワードが正しくありません。',
    code: 'WRONG_PASSWORD',
    facts: { program: 'iphone' },
  },
  {
    group: 'iphone-ja',
    text: 'メールを取得できません サーバへの接続に失敗しました。',
    code: 'CONNECTION_FAILED',
    facts: { program: 'iphone' },
  },
  {
    group: 'iphone-ja',
    text: 'メールを送信できません。コピーが送信ボックスに入れられました。受信者“hanako@other.test”はサーバによって拒否されました。',
    code: 'SMTP_AUTH_REQUIRED',
    facts: { program: 'iphone' },
  },
  {
    group: 'iphone-ja',
    text: 'サーバの識別情報を検証できません “mail.example.test”の識別情報をメールで検証できません。',
    code: 'CERTIFICATE_PROBLEM',
  },
  {
    group: 'iphone-ja',
    text: 'メールを取得できません メールサーバ“mail.example.test”が応答しません。“設定”でアカウント情報が正しいことを確認してください。',
    code: 'CONNECTION_FAILED',
  },
  {
    group: 'iphone-ja',
    text: 'メールを送信できません。送信者のアドレス“taro@old.test”はサーバによって拒否されました。',
    code: 'SENDER_REJECTED',
  },
  {
    group: 'iphone-ja',
    text: '“mail.example.test”のアカウントのパスワードを入力してください',
    code: 'WRONG_PASSWORD',
  },

  // ---- Android (Gmail app) ------------------------------------------------------------------------
  {
    group: 'android-en',
    text: "Couldn't sign in. Username or password is incorrect.",
    code: 'WRONG_PASSWORD',
    facts: { program: 'android-gmail' },
  },
  {
    group: 'android-en',
    text: "Can't establish secure connection to server.",
    code: 'ENCRYPTION_MISMATCH',
    facts: { program: 'android-gmail' },
  },
  {
    group: 'android-en',
    text: "Couldn't open connection to server.",
    code: 'CONNECTION_FAILED',
    facts: { program: 'android-gmail' },
  },
  { group: 'android-en', text: 'Android Gmail app: Authentication failed.', code: 'WRONG_PASSWORD' },
  {
    group: 'android-en',
    text: 'Android: Gmail app says the server does not support SSL. Port 465',
    code: 'ENCRYPTION_MISMATCH',
  },
  {
    group: 'android-ja',
    text: 'ログインできませんでした ユーザー名またはパスワードが正しくありません。',
    code: 'WRONG_PASSWORD',
  },
  {
    group: 'android-ja',
    text: 'サーバーへの安全な接続を確立できません。',
    code: 'ENCRYPTION_MISMATCH',
    facts: { program: 'android-gmail' },
  },
  {
    group: 'android-ja',
    text: 'サーバーへの接続を開けませんでした。',
    code: 'CONNECTION_FAILED',
    facts: { program: 'android-gmail' },
  },
  {
    group: 'android-ja',
    text: 'Androidのメールアプリで「認証に失敗しました」と表示されます',
    code: 'WRONG_PASSWORD',
  },

  // ---- Becky! -------------------------------------------------------------------------------------------
  {
    group: 'becky-ja',
    text: 'Becky! - エラー: SMTPサーバーとの接続に失敗しました。(mail.example.test:25)',
    code: 'PORT_25_BLOCKED',
    facts: { program: 'becky', port: 25 },
  },
  {
    group: 'becky-ja',
    text: 'Becky!: SMTP認証に失敗しました。535 5.7.8 Error: authentication failed: authentication failure',
    code: 'WRONG_PASSWORD',
    facts: { program: 'becky' },
  },
  {
    group: 'becky-ja',
    text: 'Becky! POP3サーバーからのエラー: -ERR [AUTH] Plaintext authentication disallowed on non-secure (SSL/TLS) connections.',
    code: 'PLAINTEXT_LOGIN_REFUSED',
  },
  {
    group: 'becky-ja',
    text: 'Becky! 送信エラー: 554 5.7.1 <hanako@other.test>: Relay access denied （POP before SMTPを使用）',
    code: 'POP_BEFORE_SMTP_ENDED',
  },
  {
    group: 'becky-ja',
    text: 'POP3サーバーとの接続に失敗しました。タイムアウトしました。',
    code: 'CONNECTION_FAILED',
    facts: { program: 'becky' },
  },
  {
    group: 'becky-ja',
    text: 'Becky!: SSL/TLSの接続に失敗しました。error:1408F10B:SSL routines:ssl3_get_record:wrong version number',
    code: 'ENCRYPTION_MISMATCH',
  },
  {
    group: 'becky-ja',
    text: 'Becky!: サーバー証明書の検証に失敗しました。証明書の名前が一致しません。',
    code: 'CERTIFICATE_PROBLEM',
  },
  {
    group: 'becky-en',
    text: 'Becky! Internet Mail: Failed to connect to the SMTP server. (mail.example.test:465)',
    code: 'CONNECTION_FAILED',
  },
  {
    group: 'becky-en',
    text: 'Becky!: Authentication failed. -ERR [AUTH] Authentication failed.',
    code: 'WRONG_PASSWORD',
  },
  {
    group: 'becky-en',
    text: 'Becky! error: 530 5.7.0 Authentication required',
    code: 'SMTP_AUTH_REQUIRED',
  },

  // ---- Postfix replies --------------------------------------------------------------------------
  {
    group: 'postfix',
    text: '554 5.7.1 <hanako@other.test>: Relay access denied',
    code: 'SMTP_AUTH_REQUIRED',
  },
  { group: 'postfix', text: '530 5.7.0 Must issue a STARTTLS command first', code: 'STARTTLS_REQUIRED' },
  {
    group: 'postfix',
    text: '535 5.7.8 Error: authentication failed: authentication failure',
    code: 'WRONG_PASSWORD',
  },
  { group: 'postfix', text: '535 5.7.8 Error: authentication failed: UGFzc3dvcmQ6', code: 'WRONG_PASSWORD' },
  {
    group: 'postfix',
    text: '553 5.7.1 <taro@old.test>: Sender address rejected: not owned by user taro@example.test',
    code: 'SENDER_REJECTED',
  },
  {
    group: 'postfix',
    text: '550 5.1.1 <hanakko@other.test>: Recipient address rejected: User unknown in virtual mailbox table',
    code: 'RECIPIENT_UNKNOWN',
  },
  { group: 'postfix', text: '552 5.3.4 Message size exceeds fixed limit', code: 'MESSAGE_TOO_LARGE' },
  { group: 'postfix', text: '452 4.3.1 Insufficient system storage', code: 'SERVER_BUSY' },
  { group: 'postfix', text: '421 4.7.0 mail.example.test Error: too many errors', code: 'SERVER_BUSY' },
  {
    group: 'postfix',
    text: '421 4.3.2 Service not available, closing transmission channel',
    code: 'SERVER_BUSY',
  },
  {
    group: 'postfix',
    text: '554 5.7.1 Service unavailable; Client host [192.0.2.10] blocked using zen.spamhaus.org',
    code: 'BLOCKED_AS_SPAM',
  },
  { group: 'postfix', text: '503 5.5.1 Error: authentication not enabled', code: 'STARTTLS_REQUIRED' },
  {
    group: 'postfix',
    text: '538 5.7.11 Encryption required for requested authentication mechanism',
    code: 'STARTTLS_REQUIRED',
  },
  { group: 'postfix', text: '454 4.7.0 Temporary authentication failure', code: 'SERVER_BUSY' },
  {
    group: 'postfix',
    text: '550 5.1.0 <x@bad>: Sender address rejected: Domain not found',
    code: 'SENDER_REJECTED',
  },
  {
    group: 'postfix',
    text: 'connect to mail.example.test[192.0.2.2]:25: Connection timed out',
    code: 'PORT_25_BLOCKED',
  },

  // ---- Dovecot replies --------------------------------------------------------------------------
  {
    group: 'dovecot',
    text: '-ERR [AUTH] Plaintext authentication disallowed on non-secure (SSL/TLS) connections.',
    code: 'PLAINTEXT_LOGIN_REFUSED',
    facts: { protocol: 'pop3' },
  },
  {
    group: 'dovecot',
    text: '* BAD [ALERT] Plaintext authentication not allowed without SSL/TLS, but your client did it anyway. If anyone was listening, the password was exposed.',
    code: 'PLAINTEXT_LOGIN_REFUSED',
    facts: { protocol: 'imap' },
  },
  {
    group: 'dovecot',
    text: '* OK [CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ STARTTLS LOGINDISABLED] Dovecot ready.',
    code: 'PLAINTEXT_LOGIN_REFUSED',
  },
  { group: 'dovecot', text: 'a1 NO [AUTHENTICATIONFAILED] Authentication failed.', code: 'WRONG_PASSWORD' },
  { group: 'dovecot', text: '-ERR [AUTH] Authentication failed.', code: 'WRONG_PASSWORD' },
  {
    group: 'dovecot',
    text: "-ERR [IN-USE] Couldn't open INBOX: Internal error occurred.",
    code: 'SERVER_BUSY',
  },
  { group: 'dovecot', text: '-ERR [SYS/TEMP] Temporary authentication failure.', code: 'SERVER_BUSY' },
  { group: 'dovecot', text: '* BYE [UNAVAILABLE] Temporary authentication failure.', code: 'SERVER_BUSY' },
  {
    group: 'dovecot',
    text: 'a3 NO [OVERQUOTA] Quota exceeded (mailbox for user is full)',
    code: 'MAILBOX_FULL',
  },
  { group: 'dovecot', text: '-ERR [AUTH] Authentication failed. (POP3 port 995)', code: 'WRONG_PASSWORD' },

  // ---- Gmail bounces ------------------------------------------------------------------------------
  {
    group: 'gmail-bounce',
    text: "Address not found\nYour message wasn't delivered to hanakko@other.test because the address couldn't be found, or is unable to receive mail.\nThe response from the remote server was:\n550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces.",
    code: 'RECIPIENT_UNKNOWN',
    facts: { bounce: true, replyCode: '550', enhancedStatus: '5.1.1' },
  },
  {
    group: 'gmail-bounce',
    text: 'Delivery Status Notification (Failure)\n452-4.2.2 The email account that you tried to reach is over quota. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaTemp',
    code: 'MAILBOX_FULL',
    facts: { bounce: true },
  },
  {
    group: 'gmail-bounce',
    text: "Message not delivered\n552-5.2.3 Your message exceeded Google's message size limits. Please visit https://support.google.com/mail/?p=MaxSizeError to view our size guidelines.",
    code: 'MESSAGE_TOO_LARGE',
  },
  {
    group: 'gmail-bounce',
    text: 'Message blocked\nYour message to hanako@other.test has been blocked. See technical details below for more information.\n550-5.7.1 [192.0.2.10] Our system has detected that this message is likely unsolicited mail. To reduce the amount of spam sent to Gmail, this message has been blocked.',
    code: 'BLOCKED_AS_SPAM',
  },
  {
    group: 'gmail-bounce',
    text: 'Delivery Status Notification (Failure)\n550-5.7.26 This mail has been blocked because the sender is unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM.',
    code: 'BLOCKED_AS_SPAM',
  },
  {
    group: 'gmail-bounce',
    text: 'アドレスが見つかりませんでした\nメールアドレスが見つからないか、メールを受信できないアドレスであるため、hanakko@other.test にメールを配信できませんでした。\nリモート サーバーからの応答:\n550 5.1.1 The email account that you tried to reach does not exist.',
    code: 'RECIPIENT_UNKNOWN',
    facts: { bounce: true },
  },
  {
    group: 'gmail-bounce',
    text: 'メールを配信できませんでした\n452-4.2.2 The email account that you tried to reach is over quota.',
    code: 'MAILBOX_FULL',
  },
  {
    group: 'gmail-bounce',
    text: 'Delivery incomplete\nThere was a temporary problem delivering your message to hanako@other.test. Gmail will retry for 47 more hours.\n421-4.7.0 Try again later, closing connection.',
    code: 'SERVER_BUSY',
  },

  // ---- Microsoft bounces ------------------------------------------------------------------------
  {
    group: 'microsoft-bounce',
    text: "Undeliverable: Meeting\nYour message to hanako@other.test couldn't be delivered.\nhanako wasn't found at other.test.\nRemote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'",
    code: 'RECIPIENT_UNKNOWN',
  },
  {
    group: 'microsoft-bounce',
    text: "Undeliverable: Report\nThe recipient's mailbox is full and can't accept messages now.\nRemote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded'",
    code: 'MAILBOX_FULL',
  },
  {
    group: 'microsoft-bounce',
    text: "Delivery has failed to these recipients or groups: hanako@other.test\nThe message can't be delivered because it's too large.\nRemote Server returned '552 5.3.4 Message size exceeds fixed maximum message size'",
    code: 'MESSAGE_TOO_LARGE',
  },
  {
    group: 'microsoft-bounce',
    text: "Undeliverable: Hello\nRemote Server returned '550 5.7.606 Access denied, banned sending IP [192.0.2.10]. To request removal from this list please visit https://sender.office.com/'",
    code: 'BLOCKED_AS_SPAM',
  },
  {
    group: 'microsoft-bounce',
    text: "Undeliverable: Hello\nRemote Server returned '550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP.'",
    code: 'BLOCKED_AS_SPAM',
  },
  {
    group: 'microsoft-bounce',
    text: '配信不能: 打ち合わせ\nhanako@other.test にメッセージを配信できませんでした。受信者のメールボックスがいっぱいです。\nリモート サーバーから返されたメッセージ: 554 5.2.2 mailbox full',
    code: 'MAILBOX_FULL',
  },
  {
    group: 'microsoft-bounce',
    text: '配信不能: ご案内\n次の受信者またはグループへの配信に失敗しました: hanako@other.test\n宛先のメールアドレスが見つかりませんでした。\n550 5.4.1 Recipient address rejected: Access denied.',
    code: 'RECIPIENT_UNKNOWN',
  },
  {
    group: 'microsoft-bounce',
    text: "Delivery has failed to these recipients or groups.\nRemote Server returned '451 4.7.500 Server busy. Please try again later from [192.0.2.10].'",
    code: 'SERVER_BUSY',
  },

  // ---- Postfix bounces (whole MIME) --------------------------------------------------------------
  {
    group: 'postfix-bounce',
    text: `From: MAILER-DAEMON@mail.example.test (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: taro@example.test
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="7C1A2B3C4D.1700000000/mail.example.test"

--7C1A2B3C4D.1700000000/mail.example.test
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.example.test.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<hanakko@other.test>: host mx.other.test[192.0.2.25] said: 550 5.1.1
    <hanakko@other.test>: Recipient address rejected: User unknown in virtual
    mailbox table (in reply to RCPT TO command)

--7C1A2B3C4D.1700000000/mail.example.test
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.example.test
Arrival-Date: Mon,  1 Dec 2026 10:00:00 +0900 (JST)

Final-Recipient: rfc822; hanakko@other.test
Original-Recipient: rfc822;hanakko@other.test
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.other.test
Diagnostic-Code: smtp; 550 5.1.1 <hanakko@other.test>: Recipient address
    rejected: User unknown in virtual mailbox table
`,
    code: 'RECIPIENT_UNKNOWN',
    facts: { bounce: true, enhancedStatus: '5.1.1' },
  },
  {
    group: 'postfix-bounce',
    text: `Subject: Undelivered Mail Returned to Sender
Content-Type: message/delivery-status

Final-Recipient: rfc822; hanako@other.test
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 <hanako@other.test>: Mailbox full`,
    code: 'MAILBOX_FULL',
  },
  {
    group: 'postfix-bounce',
    text: `Subject: Undelivered Mail Returned to Sender

This is the mail system at host mail.example.test.

<hanako@other.tset>: Host or domain name not found. Name service error for
    name=other.tset type=A: Host not found

Final-Recipient: rfc822; hanako@other.tset
Action: failed
Status: 5.4.4
Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
    for name=other.tset type=A: Host not found`,
    code: 'RECIPIENT_UNKNOWN',
  },
  {
    group: 'postfix-bounce',
    text: `Subject: Delayed Mail (still being retried)

This is the mail system at host mail.example.test.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

<hanako@other.test>: connect to mx.other.test[192.0.2.25]:25: Connection timed out

Final-Recipient: rfc822; hanako@other.test
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mx.other.test[192.0.2.25]:25: Connection timed out`,
    code: 'SERVER_BUSY',
    facts: { bounce: true },
  },
  {
    group: 'postfix-bounce',
    text: `Subject: Undelivered Mail Returned to Sender

Final-Recipient: rfc822; hanako@other.test
Action: failed
Status: 5.7.1
Diagnostic-Code: smtp; 554 5.7.1 Service unavailable; Client host [192.0.2.10]
    blocked using bl.spamcop.net`,
    code: 'BLOCKED_AS_SPAM',
  },
  {
    group: 'postfix-bounce',
    text: `Subject: Undelivered Mail Returned to Sender

Final-Recipient: rfc822; hanako@other.test
Action: failed
Status: 5.3.4
Diagnostic-Code: smtp; 552 5.3.4 Error: message file too big`,
    code: 'MESSAGE_TOO_LARGE',
  },
  {
    group: 'postfix-bounce',
    text: `Subject: Undelivered Mail Returned to Sender
Content-Type: message/delivery-status
Content-Transfer-Encoding: quoted-printable

Final-Recipient: rfc822; hanako@other.test
Action: failed
Status: 5.7.1
Diagnostic-Code: smtp; 550 5.7.1 Message rejected as spam by Content Filt=
ering.`,
    code: 'BLOCKED_AS_SPAM',
  },
  {
    group: 'postfix-bounce',
    text: `件名: Undelivered Mail Returned to Sender\n宛先不明のため配信できませんでした。\n<hanakko@other.test>: host mx.other.test[192.0.2.25] said: 550 5.1.1 User unknown`,
    code: 'RECIPIENT_UNKNOWN',
  },
  {
    group: 'postfix-bounce',
    text: `返送されたメール: 配信できませんでした\n受信者のメールボックスの容量がいっぱいのため、メールを配信できませんでした。`,
    code: 'MAILBOX_FULL',
  },

  // ---- Customers' own words -------------------------------------------------------------------------
  { group: 'words', text: '送信するとRelay access deniedと出ます', code: 'SMTP_AUTH_REQUIRED' },
  {
    group: 'words',
    text: 'メールを送ろうとすると「中継が拒否されました」と表示されます',
    code: 'SMTP_AUTH_REQUIRED',
  },
  { group: 'words', text: 'パスワードが違いますと出てメールが受信できません', code: 'WRONG_PASSWORD' },
  { group: 'words', text: '証明書エラーが出ます', code: 'CERTIFICATE_PROBLEM' },
  { group: 'words', text: 'メールボックスがいっぱいですと言われました', code: 'MAILBOX_FULL' },
  { group: 'words', text: 'サーバーが混雑していますと出る', code: 'SERVER_BUSY' },
  { group: 'words', text: 'It says my password is incorrect', code: 'WRONG_PASSWORD' },
  { group: 'words', text: 'It says relaying denied when I send', code: 'SMTP_AUTH_REQUIRED' },
  {
    group: 'words',
    text: 'The server says TLS 1.0 is not supported: tlsv1 alert protocol version',
    code: 'TLS_OUTDATED',
  },
  {
    group: 'words',
    text: 'Windows Live Mail: The connection to the server has failed. error:1409442E:SSL routines:ssl3_read_bytes:tlsv1 alert protocol version',
    code: 'TLS_OUTDATED',
  },
  { group: 'words', text: 'SSL_ERROR_UNSUPPORTED_VERSION: unsupported protocol', code: 'TLS_OUTDATED' },
  {
    group: 'words',
    text: 'メールソフトが古いのでTLS 1.2に対応していませんと表示されました',
    code: 'TLS_OUTDATED',
  },

  // ---- Unrelated text -----------------------------------------------------------------------------------
  { group: 'unrelated', text: '今日はいい天気ですね。', code: 'UNKNOWN' },
  { group: 'unrelated', text: 'Hello, I would like to change my internet plan.', code: 'UNKNOWN' },
  { group: 'unrelated', text: '請求書の送付先を変更したいです', code: 'UNKNOWN' },
  { group: 'unrelated', text: 'My printer shows error E-03 and blinks.', code: 'UNKNOWN' },
  { group: 'unrelated', text: '1234567890', code: 'UNKNOWN' },
  { group: 'unrelated', text: 'Windows Update failed with error 0x80070005.', code: 'UNKNOWN' },
  { group: 'unrelated', text: 'パスワードを変更したいのですが、どこから変更できますか。', code: 'UNKNOWN' },
  { group: 'unrelated', text: 'Version 5.1.2 of the app was released on 2026-11-01.', code: 'UNKNOWN' },
  { group: 'unrelated', text: 'ルーターのランプが赤く点滅しています', code: 'UNKNOWN' },
  { group: 'unrelated', text: 'Lorem ipsum dolor sit amet, consectetur adipiscing elit.', code: 'UNKNOWN' },
];
