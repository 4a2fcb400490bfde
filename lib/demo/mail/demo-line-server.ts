import net from 'node:net';
import tls from 'node:tls';

/** A small line-based server with optional implicit TLS and STARTTLS, for the demo POP3/IMAP servers. */
export interface LineIo {
  write(text: string): void;
  startTls(): void;
  close(): void;
  readonly secure: boolean;
  /** `TLSv1.3` … once encrypted. */
  readonly tlsVersion: string | null;
  /** The client's address. */
  readonly remoteAddress: string | null;
}

export function lineServer(
  options: { key: string; cert: string; implicitTls: boolean },
  session: (io: LineIo) => { greet(): void; line(text: string): void },
) {
  const handle = (raw: net.Socket, secureFromStart: boolean) => {
    let socket: net.Socket = raw;
    let buffer = '';
    let secure = secureFromStart;
    const io: LineIo = {
      write: (text) => {
        if (!socket.destroyed) socket.write(text);
      },
      close: () => socket.end(),
      startTls: () => {
        socket.removeAllListeners('data');
        buffer = '';
        const upgraded = new tls.TLSSocket(socket, { isServer: true, key: options.key, cert: options.cert });
        upgraded.on('error', () => upgraded.destroy());
        socket = upgraded;
        secure = true;
        listen();
      },
      get secure() {
        return secure;
      },
      get tlsVersion() {
        return secure ? ((socket as tls.TLSSocket).getProtocol?.() ?? null) : null;
      },
      get remoteAddress() {
        return raw.remoteAddress ?? null;
      },
    };
    const handler = session(io);
    const listen = () =>
      socket.on('data', (chunk: Buffer) => {
        buffer += chunk.toString('utf8');
        if (buffer.length > 16 * 1024) return socket.destroy();
        let index: number;
        while ((index = buffer.indexOf('\n')) >= 0) {
          const line = buffer.slice(0, index).replace(/\r$/, '');
          buffer = buffer.slice(index + 1);
          handler.line(line);
        }
      });
    socket.on('error', () => socket.destroy());
    socket.setTimeout(60_000, () => socket.destroy());
    listen();
    handler.greet();
  };
  const server = options.implicitTls
    ? tls.createServer({ key: options.key, cert: options.cert }, (s) => handle(s, true))
    : net.createServer((s) => handle(s, false));
  server.on('tlsClientError', () => undefined);
  return server;
}
