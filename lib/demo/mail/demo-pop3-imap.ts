import { randomBytes } from 'node:crypto';
import type { LineIo } from './demo-line-server';

export interface DemoMailbox {
  username: string;
  password: string;
}

/** POP3 as the demo ISP runs it: login only after TLS (STLS or port 995), APOP advertised. */
export function pop3Session(mailbox: DemoMailbox) {
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
            if (!io.secure) return io.write('-ERR Plaintext login is not allowed; use STLS\r\n');
            user = arg;
            return io.write('+OK\r\n');
          case 'PASS':
            if (!io.secure) return io.write('-ERR Plaintext login is not allowed\r\n');
            return io.write(
              user === mailbox.username && arg === mailbox.password
                ? '+OK Logged in\r\n'
                : '-ERR [AUTH] Authentication failed\r\n',
            );
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
export function imapSession(mailbox: DemoMailbox) {
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
          if (!io.secure) return io.write(`${tag} NO [PRIVACYREQUIRED] Use STARTTLS first\r\n`);
          const parts = rest.match(/"(?:[^"\\]|\\.)*"|\S+/g) ?? [];
          const ok =
            unquote(parts[0] ?? '') === mailbox.username && unquote(parts[1] ?? '') === mailbox.password;
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
