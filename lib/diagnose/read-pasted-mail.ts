import { simpleParser } from 'mailparser';

/**
 * A returned mail pasted whole (its source, as "show original" or "view source" gives it) is read as
 * the MIME message it is, with mailparser: the human-readable part decoded from base64 or
 * quoted-printable and from its charset (Japanese bounces often come as ISO-2022-JP), followed by the
 * `message/delivery-status` fields (RFC 3464; `message/global-delivery-status`, RFC 6533, too). The
 * returned original (`message/rfc822`, `text/rfc822-headers`) is left out: its words are the
 * customer's own mail, not the error, and must not sway the answer.
 *
 * Anything else (a dialog's text, a bare reply, a bounce's body without its headers) is returned
 * unchanged. Nothing here keeps or logs the text.
 */

/** A header block at the very start that declares MIME content: `Content-Type:` or `MIME-Version:`. */
export function isWholeMail(text: string): boolean {
  const start = text.replace(/^\s+/, '');
  const end = start.search(/\r?\n\r?\n/);
  if (end < 0) return false;
  const head = start.slice(0, end);
  const fields = head.split(/\r?\n/).filter((line) => !/^[ \t]/.test(line));
  return (
    fields.length > 0 &&
    fields.every((line) => /^[!-9;-~]+:/.test(line)) &&
    fields.some((line) => /^(?:content-type|mime-version):/i.test(line))
  );
}

const DELIVERY_STATUS = new Set(['message/delivery-status', 'message/global-delivery-status']);

export async function readPastedMail(text: string): Promise<string> {
  if (!isWholeMail(text)) return text;
  try {
    const mail = await simpleParser(text.replace(/^\s+/, ''), {
      skipHtmlToText: false,
      skipImageLinks: true,
      skipTextLinks: true,
      skipTextToHtml: true,
      keepDeliveryStatus: true,
      maxHtmlLengthToParse: 20_000,
    });
    const from = mail.from?.value.map((address) => `${address.name} <${address.address ?? ''}>`).join(', ');
    const status = mail.attachments
      .filter((part) => DELIVERY_STATUS.has(part.contentType))
      .map((part) => part.content.toString('utf8'));
    const read = [
      mail.subject ? `Subject: ${mail.subject}` : '',
      from ? `From: ${from}` : '',
      mail.text ?? '',
      ...status,
    ]
      .filter(Boolean)
      .join('\n\n');
    // A mail with nothing readable (an image only, say) is better read as pasted than not at all.
    return read.trim() ? read : text;
  } catch {
    return text;
  }
}
