import { randomBytes } from 'node:crypto';
import type { LineIo } from './demo-line-server';

/** A login as the demo servers saw it, for the mail events (docs/mail-events.md, "The demo"). */
export interface DemoLogin {
  user: string;
  secure: boolean;
  tlsVersion: string | null;
  client: string | null;
  result: 'ok' | 'failed' | 'plaintext-refused';
}
export type OnDemoLogin = (login: DemoLogin) => void;

export interface DemoMailbox {
  username: string;
  password: string;
}

/** POP3 as the demo ISP runs it: login only after TLS (STLS or port 995), APOP advertised. */
export function pop3Session(mailbox: DemoMailbox, onLogin?: OnDemoLogin) {
  return (io: LineIo) => {
    let user = '';
    const stamp = `<${randomBytes(6).toString('hex')}@mail.example.test>`;
    return {
      greet: () => io.write(`+OK Demo POP3 ready ${stamp}\r\n`),
      line: (text: string) => {
        const [verb = '', ...rest] = text.split(' ');
        const arg = rest.join(' ');
        switch (verb.toUpperCase()) {
          case 'CAPA':
            return io.write(
              `+OK\r\n${io.secure ? 'USER\r\nSASL PLAIN\r\n' : 'STLS\r\n'}TOP\r\nUIDL\r\n.\r\n`,
            );
          case 'STLS':
            if (io.secure) return io.write('-ERR Already encrypted\r\n');
            io.write('+OK Begin TLS\r\n');
            return io.startTls();
          case 'USER':
            user = arg;
            if (!io.secure) return io.write('-ERR Plaintext login is not allowed; use STLS\r\n');
            return io.write('+OK\r\n');
          case 'PASS': {
            if (!io.secure) {
              if (user) onLogin?.(seen(io, user, 'plaintext-refused'));
              return io.write('-ERR Plaintext login is not allowed\r\n');
            }
            const ok = user === mailbox.username && arg === mailbox.password;
            if (user) onLogin?.(seen(io, user, ok ? 'ok' : 'failed'));
            return io.write(ok ? '+OK Logged in\r\n' : '-ERR [AUTH] Authentication failed\r\n');
          }
          case 'QUIT':
            io.write('+OK Bye\r\n');
            return io.close();
          default:
            return io.write('-ERR Unknown command\r\n');
        }
      },
    };
  };
}

/** IMAP as the demo ISP runs it: LOGINDISABLED until TLS. */
export function imapSession(mailbox: DemoMailbox, onLogin?: OnDemoLogin) {
  const unquote = (s: string) => s.replace(/^"(.*)"$/, '$1').replace(/\\(["\\])/g, '$1');
  return (io: LineIo) => ({
    greet: () => io.write('* OK Demo IMAP ready\r\n'),
    line: (text: string) => {
      const match = /^(\S+) (\S+) ?(.*)$/.exec(text);
      if (!match) return io.write('* BAD Syntax\r\n');
      const [, tag, verb = '', rest = ''] = match;
      switch (verb.toUpperCase()) {
        case 'CAPABILITY':
          return io.write(
            `* CAPABILITY IMAP4rev1 ${io.secure ? 'AUTH=PLAIN' : 'STARTTLS LOGINDISABLED'}\r\n${tag} OK CAPABILITY completed\r\n`,
          );
        case 'STARTTLS':
          if (io.secure) return io.write(`${tag} BAD Already encrypted\r\n`);
          io.write(`${tag} OK Begin TLS\r\n`);
          return io.startTls();
        case 'LOGIN': {
          const parts = rest.match(/"(?:[^"\\]|\\.)*"|\S+/g) ?? [];
          const user = unquote(parts[0] ?? '');
          if (!io.secure) {
            if (user) onLogin?.(seen(io, user, 'plaintext-refused'));
            return io.write(`${tag} NO [PRIVACYREQUIRED] Use STARTTLS first\r\n`);
          }
          const ok = user === mailbox.username && unquote(parts[1] ?? '') === mailbox.password;
          if (user) onLogin?.(seen(io, user, ok ? 'ok' : 'failed'));
          return io.write(
            ok ? `${tag} OK Logged in\r\n` : `${tag} NO [AUTHENTICATIONFAILED] Authentication failed\r\n`,
          );
        }
        case 'LOGOUT':
          io.write(`* BYE Logging out\r\n${tag} OK LOGOUT completed\r\n`);
          return io.close();
        default:
          return io.write(`${tag} BAD Unknown command\r\n`);
      }
    },
  });
}

const seen = (io: LineIo, user: string, result: DemoLogin['result']): DemoLogin => ({
  user,
  secure: io.secure,
  tlsVersion: io.tlsVersion,
  client: io.remoteAddress,
  result,
});
