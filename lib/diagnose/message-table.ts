import type { DiagnosisCode } from './diagnosis-codes';

/**
 * What mail programs, servers and returned mails say, and what it means: DATA, not code
 * (docs/diagnose.md, "Extending the table"). Every pattern is matched against the pasted text
 * normalized by `normalizeText` (parse-text.ts): NFKC (full-width letters, digits, brackets and
 * colons become half-width), lower case, one space for any run of white space, サーバ/ユーザ with
 * their long vowel mark (サーバー, ユーザー), straight quotes. So a pattern is written in lower case,
 * half-width, with 「サーバー」 and 「ユーザー」.
 *
 * A rule adds `weight` to its code; the code with the most weight wins (a specific phrase ~10, an
 * Outlook error number 5–9, a generic word 3–6). The registry then sharpens the verdict (diagnose.ts).
 */

export type ProgramId =
  | 'outlook'
  | 'outlook-2013'
  | 'new-outlook'
  | 'thunderbird'
  | 'apple-mail'
  | 'iphone'
  | 'android-gmail'
  | 'becky'
  | 'legacy-windows';

export type MailProtocol = 'smtp' | 'pop3' | 'imap';

export interface MessageRule {
  /** A short name for the rule (tests and docs name it). */
  id: string;
  match: RegExp;
  code: DiagnosisCode;
  weight: number;
  /** What the message tells about the protocol, when it is specific to one. */
  protocol?: MailProtocol;
}

/** Outlook (and Windows Live Mail / Outlook Express) error numbers: `0x800CCC0E` etc. */
export const OUTLOOK_ERRORS: Record<
  string,
  { code: DiagnosisCode; weight: number; protocol?: MailProtocol }
> = {
  '0x800ccc0e': { code: 'CONNECTION_FAILED', weight: 6 },
  '0x800ccc0f': { code: 'CONNECTION_FAILED', weight: 6 },
  '0x800ccc13': { code: 'CONNECTION_FAILED', weight: 6 },
  '0x800ccc0d': { code: 'SERVER_NAME_WRONG', weight: 9 },
  '0x800ccc1a': { code: 'ENCRYPTION_MISMATCH', weight: 10 },
  '0x800ccc7d': { code: 'ENCRYPTION_MISMATCH', weight: 10, protocol: 'smtp' },
  '0x800ccc78': { code: 'SMTP_AUTH_REQUIRED', weight: 4, protocol: 'smtp' },
  '0x800ccc79': { code: 'SMTP_AUTH_REQUIRED', weight: 5, protocol: 'smtp' },
  '0x800ccc80': { code: 'STARTTLS_REQUIRED', weight: 7, protocol: 'smtp' },
  '0x800ccc90': { code: 'WRONG_PASSWORD', weight: 6, protocol: 'pop3' },
  '0x800ccc91': { code: 'WRONG_PASSWORD', weight: 6, protocol: 'pop3' },
  '0x800ccc92': { code: 'WRONG_PASSWORD', weight: 8, protocol: 'pop3' },
  '0x800ccc0b': { code: 'SERVER_BUSY', weight: 6 },
  '0x800ccc6a': { code: 'SERVER_BUSY', weight: 5, protocol: 'smtp' },
  '0x80042108': { code: 'CONNECTION_FAILED', weight: 6, protocol: 'pop3' },
  '0x80042109': { code: 'CONNECTION_FAILED', weight: 6, protocol: 'smtp' },
  '0x8004210a': { code: 'CONNECTION_FAILED', weight: 6, protocol: 'pop3' },
  '0x8004210b': { code: 'CONNECTION_FAILED', weight: 6, protocol: 'smtp' },
};

/** Words and sentences of programs, servers and returned mails, in Japanese and English. */
export const MESSAGE_RULES: readonly MessageRule[] = [
  // --- Port 25 and POP before SMTP ---------------------------------------------------------------
  { id: 'op25b', match: /outbound port 25 blocking|\bop25b\b/, code: 'PORT_25_BLOCKED', weight: 10 },
  {
    id: 'port-25-blocked',
    match: /port 25 (?:is )?blocked|ポート ?(?:番号)? ?25.{0,8}(?:ブロック|遮断|制限)/,
    code: 'PORT_25_BLOCKED',
    weight: 8,
  },
  {
    id: 'pop-before-smtp',
    match: /pop ?before ?smtp|pop-before-smtp|pop認証|送信前に(?:受信|pop)/,
    code: 'POP_BEFORE_SMTP_ENDED',
    weight: 4,
  },

  // --- Sending without SMTP authentication ---------------------------------------------------------
  {
    id: 'relay-denied',
    match:
      /relay access denied|relaying denied|relay(?:ing)? (?:is )?(?:not permitted|not allowed|prohibited|denied|refused)|unable to relay|not permitted to relay|we do not relay|relay not permitted|(?:中継|リレー)(?:が|を)?(?:拒否|許可されていません)/,
    code: 'SMTP_AUTH_REQUIRED',
    weight: 10,
    protocol: 'smtp',
  },
  {
    id: 'auth-required',
    match:
      /authentication (?:is )?required|must authenticate|client (?:was )?not authenticated|sender (?:is )?not authenticated|smtp auth(?:entication)? (?:is )?required|smtp ?認証が必要|送信(?:には|に|時に)?認証が必要|認証が必要です/,
    code: 'SMTP_AUTH_REQUIRED',
    weight: 9,
    protocol: 'smtp',
  },

  {
    // iPhone / Apple Mail: "The recipient … was rejected by the server" (a relay refusal).
    id: 'rejected-by-server',
    match: /was rejected by the server|サーバーによって拒否されました/,
    code: 'SMTP_AUTH_REQUIRED',
    weight: 6,
    protocol: 'smtp',
  },

  // --- Encryption required for signing in -----------------------------------------------------------
  {
    id: 'dovecot-plaintext',
    match:
      /plaintext authentication (?:disallowed|not allowed|is disabled)|\blogindisabled\b|cleartext (?:login|authentication)s? (?:disallowed|not allowed|disabled)|\[privacyrequired\]|plain ?text (?:login|password)s? (?:is |are )?(?:not allowed|disabled)/,
    code: 'PLAINTEXT_LOGIN_REFUSED',
    weight: 12,
  },
  {
    id: 'plaintext-ja',
    match:
      /平文(?:の|での)?(?:認証|パスワード|ログイン).{0,12}(?:許可されていません|できません|拒否|無効)|暗号化されていない(?:接続|通信).{0,24}(?:ログイン|認証|サインイン)/,
    code: 'PLAINTEXT_LOGIN_REFUSED',
    weight: 10,
  },
  {
    id: 'starttls-first',
    match:
      /must issue a starttls command first|starttls (?:is )?required|encryption required for requested authentication mechanism|authentication not enabled|must use starttls|requires? (?:a )?(?:secure|encrypted) connection|starttls ?コマンドを(?:最初に|先に)/,
    code: 'STARTTLS_REQUIRED',
    weight: 11,
    protocol: 'smtp',
  },

  // --- SSL/TLS chosen on the wrong port, or the other way round ----------------------------------
  {
    id: 'encryption-type',
    match:
      /does not support the (?:connection )?encryption type|does not support ssl|change the encryption method|wrong version number|record_too_long|record that exceeded the maximum permissible length|(?:can't|cannot|couldn't|unable to) establish (?:a )?secure connection|安全な接続を確立できません|ssl3_get_record|packet length too long|unknown protocol|接続の暗号化の種類は.{0,10}サポートされていません|暗号化方法を変更|ssl.{0,10}(?:接続を)?サポートしていません/,
    code: 'ENCRYPTION_MISMATCH',
    weight: 10,
  },

  // --- The password -----------------------------------------------------------------------------------
  {
    id: 'auth-failed',
    match:
      /authentication (?:credentials invalid|failed|failure|unsuccessful)|\bauth(?:entication)? failed|\[authenticationfailed\]|invalid (?:user ?name|login|credentials)|(?:user ?name|login|account name) (?:and|or) password (?:is |are |you entered )?(?:incorrect|invalid|wrong|not correct)|password (?:is |was )?(?:incorrect|invalid|wrong|not accepted)|incorrect password|bad password|login (?:to server .{0,80})?failed|logon failure|rejected (?:the|your) password|rejected your (?:login|logon)|(?:couldn't|could not|unable to) sign in|sign-?in failed|the user name or password for .{0,80} is incorrect/,
    code: 'WRONG_PASSWORD',
    weight: 9,
  },
  {
    id: 'auth-failed-ja',
    match:
      /パスワードが(?:正しくありません|違います|間違って|拒否)|ユーザー名(?:または|と|、)パスワード|ユーザー名とパスワードを確認|認証に失敗|認証エラー|ログオンを拒否|パスワードを拒否|ログインを拒否|ログインに失敗|ログインできませんでした|サインインできませんでした|パスワードを入力してください/,
    code: 'WRONG_PASSWORD',
    weight: 9,
  },

  // --- The connection -------------------------------------------------------------------------------------
  {
    id: 'cannot-connect',
    match:
      /connection (?:has )?timed out|timed out|time-?out|(?:could not|cannot|can't|couldn't|unable to) (?:connect|establish|open (?:a )?connection)|connection (?:to (?:the )?(?:outgoing |incoming )?(?:server|mail server|smtp server).{0,80})?(?:has )?(?:failed|was lost|was interrupted|was refused|refused|reset)|connection to (?:the )?server has failed|failed to connect|connecting to .{0,80} failed|refusing smtp connections|(?:cannot|could not|can't) be contacted|econnrefused|etimedout|no route to host|network is unreachable|socket error|(?:server|mail server) (?:is )?not responding|is not responding/,
    code: 'CONNECTION_FAILED',
    weight: 6,
  },
  {
    id: 'cannot-connect-ja',
    match:
      /タイムアウト|接続できません|接続に失敗|接続できませんでした|接続が(?:中断|拒否|切断|確立できな)|接続を(?:確立|開け)(?:できません|ませんでした)|応答がありません|応答を待っている間|応答していません|応答しません|接続がリセット/,
    code: 'CONNECTION_FAILED',
    weight: 6,
  },

  // --- The server's name ----------------------------------------------------------------------------------
  {
    id: 'server-not-found',
    match:
      /cannot locate server|(?:server|host) .{0,80}(?:could not|couldn't|cannot) be found|unknown host|enotfound|getaddrinfo|name or service not known|no such host is known|could not resolve host/,
    code: 'SERVER_NAME_WRONG',
    weight: 9,
  },
  {
    id: 'server-not-found-ja',
    match:
      /サーバーが見つかりません|サーバー .{0,80} が見つかりません|サーバーを見つけることができません|ホストが見つかりません|サーバー名を確認/,
    code: 'SERVER_NAME_WRONG',
    weight: 9,
  },

  // --- Certificates and old TLS -------------------------------------------------------------------------
  {
    id: 'certificate',
    match:
      /certificate|cannot verify server identity|(?:can't|cannot|unable to) verify the identity|verify (?:the )?server(?:'s)? identity|self[- ]signed|\bx509\b|security exception|証明書|識別情報を検証できません|セキュリティ例外/,
    code: 'CERTIFICATE_PROBLEM',
    weight: 9,
  },
  {
    id: 'tls-version',
    match:
      /unsupported protocol|protocol version|tlsv1 alert|no protocols available|no supported versions|inappropriate fallback|\btls ?1\.[01]\b|\bsslv3\b|\bssl ?3\.0\b|tls ?1\.2.{0,20}(?:対応していません|必要)/,
    code: 'TLS_OUTDATED',
    weight: 9,
  },

  // --- The sender's address ---------------------------------------------------------------------------------
  {
    id: 'sender-rejected',
    match:
      /sender address rejected|the sender address .{0,80} was rejected|not owned by user|sender (?:address )?(?:is |was )?(?:invalid|rejected|not allowed)|from address (?:is )?(?:invalid|rejected|not allowed)|送信者(?:の)?(?:アドレス)?.{0,40}拒否|差出人(?:の)?(?:アドレス)?.{0,8}(?:拒否|正しくありません)/,
    code: 'SENDER_REJECTED',
    weight: 12,
    protocol: 'smtp',
  },
  {
    id: 'verify-address',
    match: /verify the e-?mail address in your account|アカウントのプロパティで電子メール ?アドレスを確認/,
    code: 'SENDER_REJECTED',
    weight: 3,
    protocol: 'smtp',
  },

  // --- The recipient (the other side) ------------------------------------------------------------------
  {
    id: 'recipient-unknown',
    match:
      /user unknown|unknown user|no such user|recipient (?:address )?rejected: (?:user unknown|undeliverable)|recipient not found|recipientnotfound|mailbox (?:unavailable|not found|does not exist)|(?:address|account) (?:that you tried to reach )?does not exist|address not found|address couldn't be found|no mailbox here|invalid recipient|unrouteable address|host or domain name not found|domain (?:name )?not found|宛先不明|あて先不明|アドレスが見つかりません|宛先(?:の)?(?:アドレス|ユーザー)?が(?:見つかりません|存在しません)|ユーザーが存在しません|存在しない(?:メール)?アドレス/,
    code: 'RECIPIENT_UNKNOWN',
    weight: 10,
  },
  {
    id: 'recipient-rejected',
    match:
      /(?:one or more )?recipient(?:s| addresses)? (?:was |were )?rejected|受信者のアドレスが.{0,10}拒否/,
    code: 'RECIPIENT_UNKNOWN',
    weight: 3,
  },
  {
    id: 'mailbox-full',
    match:
      /mailbox (?:is )?full|inbox is full|over ?quota|quota exceeded|quotaexceeded|exceeded (?:the |their |its )?(?:storage|quota)|out of storage|容量(?:が|を)?(?:オーバー|超過|超え|不足|いっぱい)|(?:メールボックス|受信箱)が(?:いっぱい|一杯|満杯)/,
    code: 'MAILBOX_FULL',
    weight: 10,
  },
  {
    id: 'too-large',
    match:
      /message (?:size )?exceeds|size exceeds|exceeded .{0,30}size limits?|message (?:is )?too (?:large|big)|message file too big|too large|サイズ(?:が)?(?:大きすぎ|制限|上限)|(?:メッセージ|メール)(?:の)?(?:サイズ|容量)が(?:大きすぎ|上限|制限)/,
    code: 'MESSAGE_TOO_LARGE',
    weight: 10,
  },
  {
    id: 'spam',
    match:
      /\bspam\b|blocked using|block ?list|black ?list|spamhaus|barracuda|spamcop|\bdnsbl\b|\brbl\b|unsolicited|\bdmarc\b|\bspf\b|\bdkim\b|reputation|banned sending ip|traffic not accepted from this ip|sender is unauthenticated|迷惑メール|スパム/,
    code: 'BLOCKED_AS_SPAM',
    weight: 9,
  },

  // --- A busy server ----------------------------------------------------------------------------------------
  {
    // Dovecot's and Postfix's "the password check is down for a moment": not a wrong password.
    id: 'temporary-auth',
    match: /temporary authentication failure|\[sys\/temp\]|\[unavailable\]|\[in-use\]/,
    code: 'SERVER_BUSY',
    weight: 12,
  },
  {
    id: 'busy',
    match:
      /maximum number of connections|too many (?:connections|concurrent|errors|login|messages|recipients)|try again later|temporar(?:il)?y (?:unavailable|deferred|rejected|failure|error)|service (?:is )?(?:temporarily )?(?:not available|unavailable)|server (?:is )?busy|maildrop is busy|\[in-use\]|\[sys\/temp\]|\[login-delay\]|\[unavailable\]|rate limit|insufficient system storage|混雑|しばらく(?:時間を置いて|してから|経ってから)|一時的な(?:エラー|障害)/,
    code: 'SERVER_BUSY',
    weight: 7,
  },
];

/**
 * The mail program a text comes from, by the words only it uses (or its name). The highest weight
 * wins; the Outlook numbers mean Outlook unless the text names Outlook Express / Windows Live Mail.
 */
export const PROGRAM_SIGNS: readonly { program: ProgramId; match: RegExp; weight: number }[] = [
  {
    program: 'legacy-windows',
    match: /outlook express|windows live ?(?:mail|メール)|windows ?メール|windows mail/,
    weight: 20,
  },
  { program: 'new-outlook', match: /new outlook|新しい ?outlook/, weight: 18 },
  { program: 'outlook-2013', match: /outlook 20(?:10|13)/, weight: 17 },
  { program: 'outlook', match: /microsoft outlook|\boutlook\b|アウトルック/, weight: 8 },
  {
    program: 'outlook',
    match: /0x800ccc[0-9a-f]{2}|0x8004210[0-9a-f]|(?:送信|受信|送受信)エラー ?\(0x|reported error \(0x/,
    weight: 6,
  },
  { program: 'thunderbird', match: /thunderbird|サンダーバード/, weight: 15 },
  {
    program: 'thunderbird',
    match:
      /sending of (?:the )?message failed|メッセージの送信に失敗しました|add security exception|セキュリティ例外を承認|login to server .{0,80} (?:with username .{0,80} )?failed|サーバー .{0,60} へのログインに失敗|the connection to outgoing server \(smtp\)|送信 \(smtp\) サーバー .{0,60} への接続/,
    weight: 7,
  },
  { program: 'becky', match: /becky!?|ベッキー/, weight: 15 },
  { program: 'becky', match: /(?:pop3|smtp|imap4?)サーバーとの接続に失敗/, weight: 6 },
  { program: 'apple-mail', match: /apple ?mail|macos|mac の ?メール|mac mail|\bmac\b/, weight: 12 },
  {
    program: 'apple-mail',
    match:
      /cannot send message using the server|サーバー.{0,60}を使用してメッセージを送信できません|このサーバーを使用してメッセージを送信できません|アカウントをオフラインにする|take account offline/,
    weight: 7,
  },
  { program: 'iphone', match: /iphone|ipad|\bios\b/, weight: 12 },
  {
    program: 'iphone',
    match:
      /cannot get mail|cannot send mail|メールを取得できません|メールを送信できません|the mail server .{0,80} is not responding|メールサーバー .{0,60} が応答していません|the user name or password for .{0,80} is incorrect|のユーザー名またはパスワードが正しくありません|cannot verify server identity|識別情報を検証できません/,
    weight: 7,
  },
  { program: 'android-gmail', match: /android|アンドロイド|gmail ?アプリ|gmail app/, weight: 12 },
  {
    program: 'android-gmail',
    match:
      /couldn't sign in|can't establish (?:a )?secure connection|couldn't open connection to server|サーバーへの安全な接続を確立できません|サーバーへの接続を開けませんでした/,
    weight: 7,
  },
];
