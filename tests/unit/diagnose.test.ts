import { describe, expect, it } from 'vitest';
import { loadRegistryFile } from '@/lib/mail-registry/load-registry';
import { diagnose, diagnosePasted, rankCodes } from '@/lib/diagnose/diagnose';
import { isWholeMail, readPastedMail } from '@/lib/diagnose/read-pasted-mail';
import { CODE_INFO, DIAGNOSIS_CODES } from '@/lib/diagnose/diagnosis-codes';
import { MESSAGE_RULES, OUTLOOK_ERRORS } from '@/lib/diagnose/message-table';
import { ENHANCED_STATUS, REPLY_CODES } from '@/lib/diagnose/status-table';
import { normalizeText, parseDeliveryStatus } from '@/lib/diagnose/parse-text';
import { DIAGNOSE_CORPUS, fullWidth } from '../support/diagnose-corpus';
import { base64Part, RETURNED_ORIGINAL, returnedMail } from '../support/returned-mail';
import { flatEn, flatJa } from '../support/message-catalogs';

const registry = loadRegistryFile('config/mail-service.demo.json');
const NOW = new Date('2026-12-01T03:00:00Z');

describe('the corpus of pasted messages', () => {
  it('has at least 150 messages, every code but none left out, in both languages', () => {
    expect(DIAGNOSE_CORPUS.length).toBeGreaterThanOrEqual(150);
    const codes = new Set(DIAGNOSE_CORPUS.map((c) => c.code));
    expect(DIAGNOSIS_CODES.filter((code) => !codes.has(code))).toEqual([]);
    expect(DIAGNOSE_CORPUS.filter((c) => /[ぁ-んァ-ン一-龯]/.test(c.text)).length).toBeGreaterThan(50);
  });

  it.each(DIAGNOSE_CORPUS.map((c, i) => [i, c.group, c.text.slice(0, 70).replace(/\s+/g, ' '), c] as const))(
    '#%i %s: %s',
    async (_i, _group, _text, c) => {
      const { facts, ranked } = rankCodes(await readPastedMail(c.text), registry, NOW);
      expect(ranked[0]!.code).toBe(c.code);
      if (c.facts) expect(facts).toMatchObject(c.facts);
    },
  );

  it('gives the same answer for the full-width form of every ASCII-only message', () => {
    const ascii = DIAGNOSE_CORPUS.filter((c) => /^[\x20-\x7e\n]+$/.test(c.text) && c.text.length < 400);
    expect(ascii.length).toBeGreaterThan(30);
    for (const c of ascii)
      expect([c.text, rankCodes(fullWidth(c.text), registry, NOW).ranked[0]!.code]).toEqual([c.text, c.code]);
  });
});

describe('a returned mail pasted whole (read as MIME by mailparser)', () => {
  it('is told from a dialog, a bare reply and a bounce body without headers', () => {
    expect(isWholeMail(returnedMail(['Content-Type: text/plain', '', 'x']))).toBe(true);
    expect(isWholeMail(DIAGNOSE_CORPUS.find((c) => c.group === 'postfix-bounce')!.text)).toBe(true);
    expect(isWholeMail('554 5.7.1 <bob@other.test>: Relay access denied')).toBe(false);
    expect(
      isWholeMail("Server: 'smtp.example.test'\nProtocol: SMTP, Port: 25\n\nError Number: 0x800CCC0E"),
    ).toBe(false);
    expect(isWholeMail('Subject: Undelivered Mail Returned to Sender\n\nThis is the mail system')).toBe(
      false,
    );
  });

  it('decodes base64 parts and leaves the returned original out of the answer', async () => {
    const mail = returnedMail([
      base64Part(
        '<hanako@other.test>: host mx.other.test said: 550 5.1.1 Recipient address rejected: User unknown\n',
      ),
      base64Part(
        'Reporting-MTA: dns; mail.example.test\n\nFinal-Recipient: rfc822; hanako@other.test\nAction: failed\nStatus: 5.1.1\n',
        'message/delivery-status',
      ),
      RETURNED_ORIGINAL,
    ]);
    // As plain text, only the returned original's words can be read: the wrong answer.
    expect(rankCodes(mail, registry, NOW).ranked[0]!.code).not.toBe('RECIPIENT_UNKNOWN');
    const result = await diagnosePasted(mail, registry, 'en', NOW);
    expect(result.diagnoses.map((d) => d.code)).toEqual(['RECIPIENT_UNKNOWN']);
    expect(result.facts).toMatchObject({ bounce: true, enhancedStatus: '5.1.1' });
    expect(JSON.stringify(result)).not.toContain('hanako');
  });

  it('reads a Japanese report in ISO-2022-JP and its delivery-status in quoted-printable', async () => {
    const mail = returnedMail([
      // 「このメールは、宛先のメールボックスが一杯のため配信できませんでした。」 in ISO-2022-JP.
      'Content-Type: text/plain; charset=ISO-2022-JP\nContent-Transfer-Encoding: base64\n\n' +
        'GyRCJDMkTiVhITwlayRPISIwOEBoJE4lYSE8JWslXCVDJS8lOSQsMGxHVSROJD8kYUdbPy4kRyQtJF4kOyRzJEckNyQ/ISMbKEIK',
      'Content-Type: message/delivery-status\nContent-Transfer-Encoding: quoted-printable\n\n' +
        'Final-Recipient: rfc822; hanako@other.test\nAction: failed\nStatus: 5.2.2\nDiagnostic-Code: smtp; 552 5.2.2 Mailbox=\n full\n',
      RETURNED_ORIGINAL,
    ]);
    expect(await readPastedMail(mail)).toContain('宛先のメールボックスが一杯');
    const result = await diagnosePasted(mail, registry, 'ja', NOW);
    expect(result.diagnoses[0]!.code).toBe('MAILBOX_FULL');
    expect(result.diagnoses[0]!.side).toBe('other-side');
    expect(result.facts.enhancedStatus).toBe('5.2.2');
  });

  it('gives text that is not a whole mail back unchanged, and a broken mail as pasted', async () => {
    const dialog = 'Error Number: 0x800CCC0E';
    expect(await readPastedMail(dialog)).toBe(dialog);
    const broken =
      'Content-Type: multipart/report; boundary="B"\n\n--B\nContent-Type: image/png\nContent-Transfer-Encoding: base64\n\nAAAA\n--B--\n';
    expect(await readPastedMail(broken)).toBe(broken);
  });
});

describe('the answer', () => {
  const outlook25 =
    "The connection to the server has failed. Account: 'mail.example.test', Server: 'mail.example.test', Protocol: SMTP, Port: 25, Secure(SSL): No, Socket Error: 10060, Error Number: 0x800CCC0E Microsoft Outlook";

  it('port 25 from Outlook: the cause, facts, the policy with its date, Outlook’s own steps, the pre-filled checker', () => {
    const result = diagnose(outlook25, registry, 'ja', NOW);
    const first = result.diagnoses[0]!;
    expect(first.code).toBe('PORT_25_BLOCKED');
    expect(first.side).toBe('settings');
    expect(first.facts).toMatchObject({
      program: 'outlook',
      protocol: 'smtp',
      port: 25,
      ssl: false,
      server: 'mail.example.test',
    });
    expect(first.title).toBe('ポート25での送信がブロックされています');
    expect(first.policy).toMatchObject({
      id: 'outbound-port-25-blocked',
      effective: '2005-01-01',
      inForce: true,
    });
    expect(first.policy!.statement).toContain('2005年1月1日から');
    expect(first.policy!.notice).toBe('/ja/notices/outbound-port-25-blocking');
    // Outlook's own screens, in its words: the port to 587 and STARTTLS.
    const texts = first.programSteps!.flatMap((g) => g.steps).join('\n');
    expect(texts).toContain('587');
    expect(texts).toContain('STARTTLS');
    expect(first.steps.at(-1)).toBe('最後に、ご自分宛てにテストメールを送信してご確認ください。');
    const checker = first.links.find((l) => l.kind === 'checker')!;
    expect(checker.href).toBe(
      '/ja/check?client=outlook&outServer=mail.example.test&outPort=25&outSecurity=none&outAuth=off',
    );
    expect(first.links.map((l) => l.href)).toEqual(
      expect.arrayContaining([
        '/ja/faq#port-25-blocked',
        '/ja/guides/outlook',
        '/ja/notices/outbound-port-25-blocking',
      ]),
    );
  });

  it('speaks English when asked, with the recommended settings when the program is not known', () => {
    const result = diagnose('554 5.7.1 <bob@other.test>: Relay access denied', registry, 'en', NOW);
    const first = result.diagnoses[0]!;
    expect(first.code).toBe('SMTP_AUTH_REQUIRED');
    expect(first.title).toBe('The outgoing server needs you to sign in (SMTP authentication)');
    expect(first.programSteps).toBeUndefined();
    expect(first.steps.join(' ')).toContain('mail.example.test, port 587, STARTTLS, SMTP authentication on');
    expect(first.links.find((l) => l.kind === 'faq')!.href).toBe('/en/faq#relay-denied-error');
  });

  it('a relay refusal on port 25 of our server is POP before SMTP, with its policy', () => {
    const result = diagnose(
      'Becky! 554 5.7.1 Relay access denied (mail.example.test:25)',
      registry,
      'en',
      NOW,
    );
    expect(result.diagnoses[0]!.code).toBe('POP_BEFORE_SMTP_ENDED');
    expect(result.diagnoses[0]!.policy!.statement).toContain('July 14, 2015');
    expect(result.diagnoses[0]!.programSteps!.length).toBeGreaterThan(0);
  });

  it('the other side: says changing settings will not help, and never echoes their addresses or hosts', () => {
    const bounce = DIAGNOSE_CORPUS.find((c) => c.group === 'postfix-bounce')!.text;
    const result = diagnose(bounce, registry, 'en', NOW);
    expect(result.diagnoses[0]!.code).toBe('RECIPIENT_UNKNOWN');
    expect(result.diagnoses[0]!.side).toBe('other-side');
    const json = JSON.stringify(result);
    expect(json).not.toContain('hanakko');
    expect(json).not.toContain('other.test');
    expect(json).not.toContain('192.0.2');
    expect(result.diagnoses[0]!.links.some((l) => l.kind === 'checker')).toBe(false);
  });

  it('a server that is not ours is said to be not ours, not named', () => {
    const result = diagnose(
      "Cannot locate server. Account: 'x', Server: 'pop.old-provider.test', Protocol: POP3, Port: 110, Secure(SSL): No, Error Number: 0x800CCC0D",
      registry,
      'en',
      NOW,
    );
    expect(result.diagnoses[0]!.code).toBe('SERVER_NAME_WRONG');
    expect(result.facts.serverNotOurs).toBe(true);
    expect(JSON.stringify(result)).not.toContain('old-provider');
  });

  it('nothing recognised: UNKNOWN, honestly, with the checker and support', () => {
    const result = diagnose('今日はいい天気ですね。', registry, 'ja', NOW);
    expect(result.diagnoses).toHaveLength(1);
    const only = result.diagnoses[0]!;
    expect(only.code).toBe('UNKNOWN');
    expect(only.confidence).toBe(0);
    expect(only.title).toBe('このメッセージからは原因を特定できませんでした');
    expect(only.links.map((l) => l.kind)).toEqual(expect.arrayContaining(['checker', 'support']));
  });

  it('ranks: a plaintext refusal over the password when the dialog shows 110 without SSL', () => {
    const { ranked } = rankCodes(
      "Your server rejected your login. Account: 'a', Server: 'mail.example.test', Protocol: POP3, Port: 110, Secure(SSL): No, Error Number: 0x800CCC92",
      registry,
      NOW,
    );
    expect(ranked.map((r) => r.code)).toEqual(['PLAINTEXT_LOGIN_REFUSED', 'WRONG_PASSWORD']);
    expect(ranked[0]!.confidence).toBeGreaterThan(ranked[1]!.confidence);
  });

  it('before a policy’s day, the registry does not sharpen with it', () => {
    const early = rankCodes(
      outlook25.replace('0x800CCC0E', '0x800CCC79 554 5.7.1 Relay access denied'),
      registry,
      new Date('2015-01-01T00:00:00Z'),
    );
    expect(early.ranked[0]!.code).toBe('SMTP_AUTH_REQUIRED');
  });
});

describe('reading the text', () => {
  it('normalizes full-width, half-width kana and サーバ', () => {
    expect(normalizeText('０ｘ８００ＣＣＣ０Ｅ　ﾎﾟｰﾄ：２５　サーバ')).toBe('0x800ccc0e ポート:25 サーバー');
  });

  it('reads RFC 3464 delivery-status fields, folded lines included', () => {
    expect(
      parseDeliveryStatus(
        'Final-Recipient: rfc822; a@b.test\r\nAction: failed\r\nStatus: 5.2.2 (mailbox full)\r\nDiagnostic-Code: smtp; 552 5.2.2\r\n  Mailbox full',
      ),
    ).toEqual({ action: 'failed', status: '5.2.2', diagnostic: '552 5.2.2 Mailbox full' });
    expect(parseDeliveryStatus('no fields here')).toBeNull();
  });
});

describe('the message table is data that names only known codes, worded in both languages', () => {
  it('every rule and status entry names a code of the closed set', () => {
    const codes = new Set<string>(DIAGNOSIS_CODES);
    for (const rule of MESSAGE_RULES) expect([rule.id, codes.has(rule.code)]).toEqual([rule.id, true]);
    for (const [key, entry] of Object.entries({ ...OUTLOOK_ERRORS, ...ENHANCED_STATUS, ...REPLY_CODES }))
      expect([key, codes.has(entry.code)]).toEqual([key, true]);
    expect(new Set(MESSAGE_RULES.map((r) => r.id)).size).toBe(MESSAGE_RULES.length);
  });

  it('every code has a title, a cause and a first step in English and Japanese, and FAQ labels', () => {
    for (const flat of [flatEn, flatJa])
      for (const code of DIAGNOSIS_CODES) {
        for (const part of ['title', 'cause', 's1'])
          expect([code, part, Boolean(flat[`Diagnose.code.${code}.${part}`])]).toEqual([code, part, true]);
        for (const slug of CODE_INFO[code].faq)
          expect([slug, Boolean(flat[`Diagnose.faq.${slug}`])]).toEqual([slug, true]);
      }
  });
});
