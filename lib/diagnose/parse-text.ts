import type { MailProtocol } from './message-table';

/**
 * The pasted text, read: normalized for matching, the facts it states (program dialog lines, SMTP
 * replies, enhanced status codes) and, for a returned mail, its RFC 3464 delivery-status fields.
 * Pure functions over a string; nothing here keeps or logs the text.
 */

/** NFKC, lower case, one space per run of white space, サーバ→サーバー, ユーザ→ユーザー, straight quotes. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’‚′]/g, "'")
    .replace(/[“”„″]/g, '"')
    .replace(/サーバ(?!ー)/g, 'サーバー')
    .replace(/ユーザ(?!ー)/g, 'ユーザー')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface DeliveryStatus {
  /** `Status:` of the first failed (or only) recipient, e.g. `5.1.1`. */
  status?: string;
  /** The SMTP reply in `Diagnostic-Code: smtp; …`, unfolded. */
  diagnostic?: string;
  action?: string;
}

/**
 * The `message/delivery-status` fields (RFC 3464) of a returned mail pasted whole: header lines
 * unfolded, quoted-printable soft breaks joined. Only `Status`, `Action` and `Diagnostic-Code` are
 * read; recipients and hosts are not kept.
 */
export function parseDeliveryStatus(raw: string): DeliveryStatus | null {
  const text = raw
    .normalize('NFKC')
    .replace(/=\r?\n/g, '')
    .replace(/\r\n/g, '\n')
    .replace(/\n[ \t]+/g, ' ');
  const found: DeliveryStatus = {};
  for (const line of text.split('\n')) {
    const field = /^\s*(status|action|diagnostic-code)\s*:\s*(.+)$/i.exec(line);
    if (!field) continue;
    const name = field[1]!.toLowerCase();
    const value = field[2]!.trim();
    if (name === 'status' && !found.status) {
      const status = /^([245]\.\d{1,3}\.\d{1,3})\b/.exec(value);
      if (status) found.status = status[1];
    } else if (name === 'action' && !found.action) found.action = value.toLowerCase();
    else if (name === 'diagnostic-code' && !found.diagnostic)
      found.diagnostic = value.replace(/^smtp\s*;\s*/i, '').slice(0, 500);
  }
  return found.status || found.diagnostic ? found : null;
}

/** Words that mark a returned mail (a bounce), in English and Japanese. */
const BOUNCE =
  /undelivered mail returned to sender|delivery status notification|mail delivery (?:subsystem|system|failed)|mailer-daemon|postmaster@|message\/delivery-status|final-recipient|undeliverable|delivery has failed|returned mail|your message (?:wasn't|was not|couldn't be|could not be) delivered|message not delivered|delivery incomplete|delayed mail|still being retried|delivery (?:has been )?delayed|this is the mail system at host|i'm sorry to have to inform you|配信不能|配信できませんでした|配信に失敗|配送に失敗|エラーメール|メールを配信できません|届けることができませんでした|返送/;

export interface TextFacts {
  /** Outlook's error number, as Outlook writes it (`0x800CCC0E`). */
  errorCode?: string;
  protocol?: MailProtocol;
  port?: number;
  /** The program's SSL setting as its dialog states it (Outlook's "Secure(SSL): No"). */
  ssl?: boolean;
  /** Host names the text names (lower case), for the registry comparison only. */
  hosts: string[];
  /** The host of a dialog's "Server: '…'" line (Outlook Express, Windows Live Mail, Outlook 2010). */
  serverLine?: string;
  replyCode?: string;
  enhancedStatus?: string;
  /** A returned mail rather than a program's dialog. */
  bounce: boolean;
  /** The delivery-status `Status:` of a returned mail pasted whole. */
  dsnStatus?: string;
}

const PORT_BY_PROTOCOL: Record<number, MailProtocol> = {
  25: 'smtp',
  465: 'smtp',
  587: 'smtp',
  110: 'pop3',
  995: 'pop3',
  143: 'imap',
  993: 'imap',
};

export function protocolOfPort(port: number | undefined): MailProtocol | undefined {
  return port === undefined ? undefined : PORT_BY_PROTOCOL[port];
}

const HOST = /(?<![a-z0-9.@-])((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24})(?![a-z0-9-])/g;

/** What the normalized text states. `raw` is the text as pasted (for the delivery-status fields). */
export function extractFacts(text: string, raw: string): TextFacts {
  const facts: TextFacts = { hosts: [], bounce: BOUNCE.test(text) };

  const outlook = /\b0x(800ccc[0-9a-f]{2}|8004210[0-9a-f])\b/.exec(text);
  if (outlook) facts.errorCode = `0x${outlook[1]!.toUpperCase()}`;

  const protocolLine = /(?:protocol|プロトコル) ?: ?(smtp|pop3?|imap4?)\b/.exec(text);
  if (protocolLine)
    facts.protocol = protocolLine[1]!.startsWith('pop')
      ? 'pop3'
      : protocolLine[1]!.startsWith('imap')
        ? 'imap'
        : 'smtp';

  const portLine =
    /(?:\bport|ポート(?:番号)?) ?(?:[:=]|は|番号)? ?(\d{2,5})\b/.exec(text) ??
    /(?:[a-z0-9-]\.[a-z]{2,24}|\]):(\d{2,5})\b/.exec(text);
  if (portLine) {
    const port = Number(portLine[1]);
    if (port > 0 && port < 65536) facts.port = port;
  }

  const ssl =
    /(?:secure ?\(ssl\)|セキュリティ ?\(ssl\)|ssl) ?: ?(yes|no|はい|いいえ|なし|あり|オン|オフ|on|off)(?![a-z])/.exec(
      text,
    );
  if (ssl) facts.ssl = ['yes', 'はい', 'あり', 'オン', 'on'].includes(ssl[1]!);

  for (const match of text.matchAll(HOST)) {
    const host = match[1]!;
    // File names and versions are not hosts.
    if (/\.(?:exe|dll|txt|eml|msg|png|jpe?g|pdf|html?)$/.test(host)) continue;
    if (!facts.hosts.includes(host)) facts.hosts.push(host);
    if (facts.hosts.length >= 20) break;
  }

  const serverLine =
    /(?:server|サーバー) ?: ?'?((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24})\b/.exec(text);
  if (serverLine) facts.serverLine = serverLine[1];

  const dsn = /final-recipient|status ?: ?[245]\.\d|diagnostic-code/.test(text)
    ? parseDeliveryStatus(raw)
    : null;
  if (dsn?.status) {
    facts.dsnStatus = dsn.status;
    facts.bounce = true;
  }

  // An SMTP reply: a code followed by an enhanced status code (550 5.1.1, 550-5.1.1), or a bare code
  // where a reply is quoted (after "responded:", "応答:", "said:", "smtp;", at a line's start).
  const reply = /(?<![\d.])([45]\d\d)[ -]([245]\.\d{1,3}\.\d{1,3})(?![\d.]*\d)/.exec(text);
  if (reply) {
    facts.replyCode = reply[1];
    facts.enhancedStatus = reply[2];
  } else {
    const bare =
      /(?:responded|response (?:was|is)|応答|said|smtp;|reply|error|エラー) ?:? ?"?([45][0-5]\d)(?![\d.])/.exec(
        text,
      ) ?? /^([45][0-5]\d)(?:[ -]|$)/.exec(text);
    if (bare) facts.replyCode = bare[1];
  }
  if (!facts.enhancedStatus) {
    // A bare enhanced code only where a reply is quoted, or alone (not a version number in prose).
    const status = /(?:^|[:#;] ?|responded ?:? ?|応答 ?:? ?)([245]\.\d{1,3}\.\d{1,3})(?![\d.]*\d)/.exec(text);
    if (status) facts.enhancedStatus = status[1];
  }
  if (facts.dsnStatus) facts.enhancedStatus = facts.dsnStatus;

  if (!facts.protocol) {
    const named =
      /\((smtp|pop3?|imap)\)|\b(smtp|pop3|imap4?)\b|\+ok|-err\b|^\* (?:ok|bad|no|bye)\b|^a\d* (?:no|bad)\b/.exec(
        text,
      );
    const word = named?.[1] ?? named?.[2];
    if (word) facts.protocol = word.startsWith('imap') ? 'imap' : word.startsWith('pop') ? 'pop3' : 'smtp';
    else if (named?.[0] === '+ok' || named?.[0] === '-err') facts.protocol = 'pop3';
    else if (named) facts.protocol = 'imap';
    else if (facts.replyCode || facts.enhancedStatus) facts.protocol = 'smtp';
    else facts.protocol = protocolOfPort(facts.port);
  }
  return facts;
}
