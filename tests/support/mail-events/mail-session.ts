import net from 'node:net';
import tls from 'node:tls';

/**
 * A plain line-based client for driving real POP3, IMAP and SMTP sessions the way old and new mail
 * programs do (plaintext, STARTTLS, implicit TLS, a chosen TLS version), waiting for each reply.
 */
export class MailSession {
  private buffer = '';
  private waiters: Array<() => void> = [];
  private constructor(private socket: net.Socket | tls.TLSSocket) {
    this.attach(socket);
  }

  private attach(socket: net.Socket | tls.TLSSocket) {
    this.socket = socket;
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      this.buffer += chunk;
      for (const wake of this.waiters.splice(0)) wake();
    });
    socket.on('error', () => undefined);
    socket.on('close', () => {
      for (const wake of this.waiters.splice(0)) wake();
    });
  }

  static async open(
    options: { host: string; port: number; tls?: boolean; servername?: string } & Pick<
      tls.ConnectionOptions,
      'minVersion' | 'maxVersion' | 'ciphers'
    >,
  ): Promise<MailSession> {
    const socket = options.tls
      ? tls.connect({
          host: options.host,
          port: options.port,
          servername: options.servername,
          rejectUnauthorized: false,
          minVersion: options.minVersion,
          maxVersion: options.maxVersion,
          ciphers: options.ciphers,
        })
      : net.connect(options.port, options.host);
    await new Promise<void>((resolve, reject) => {
      socket.once(options.tls ? 'secureConnect' : 'connect', () => resolve());
      socket.once('error', reject);
    });
    return new MailSession(socket);
  }

  /** Waits until the unread text matches `pattern` (a whole reply), returns it and consumes it. */
  async expect(pattern: RegExp, ms = 5_000): Promise<string> {
    const until = Date.now() + ms;
    for (;;) {
      const match = pattern.exec(this.buffer);
      if (match) {
        const text = this.buffer.slice(0, match.index + match[0].length);
        this.buffer = this.buffer.slice(match.index + match[0].length);
        return text;
      }
      if (this.socket.destroyed || Date.now() > until)
        throw new Error(`no reply matching ${pattern} (have ${JSON.stringify(this.buffer)})`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 100);
      });
    }
  }

  send(line: string) {
    this.socket.write(`${line}\r\n`);
  }

  async command(line: string, reply: RegExp) {
    this.send(line);
    return this.expect(reply);
  }

  /** Starts TLS on the open connection (after the server's go-ahead to STARTTLS/STLS). */
  async startTls(servername: string) {
    const secure = tls.connect({ socket: this.socket as net.Socket, servername, rejectUnauthorized: false });
    await new Promise<void>((resolve, reject) => {
      secure.once('secureConnect', () => resolve());
      secure.once('error', reject);
    });
    this.buffer = '';
    this.attach(secure);
  }

  close() {
    this.socket.destroy();
  }
}

/** SMTP's last line of a reply: `250 …` after any `250-…` lines. */
export const smtpReply = (code: string) => new RegExp(`(?:^|\\n)${code} [^\\n]*\\r?\\n`);
export const anySmtpReply = /(?:^|\n)\d{3} [^\n]*\r?\n/;
export const plain = (user: string, password: string) =>
  Buffer.from(`\0${user}\0${password}`).toString('base64');
