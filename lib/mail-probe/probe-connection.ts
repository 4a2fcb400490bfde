import net from 'node:net';
import tls from 'node:tls';
import { codeForSocketError, ProbeError, type ProbeCode } from './probe-errors';
import type { Deadline, ProbeTimeouts } from './probe-timeouts';
import { inspectTls, type TlsDetails, type TlsJudgement } from './tls-details';

const TOO_LONG = 'The check took too long and was stopped.';

/** Lets the handshake reach TLS 1.0 servers so they can be named as outdated (see tlsOptions). */
const DIAGNOSTIC_TLS = { minVersion: 'TLSv1', ciphers: 'DEFAULT@SECLEVEL=0' } as const;

/** Longest reply line accepted; anything longer is a protocol error, not a memory problem. */
export const MAX_LINE = 8 * 1024;

export interface TranscriptLine {
  /** C: sent by us, S: received, *: a note (TLS started, connection closed). */
  dir: 'C' | 'S' | '*';
  text: string;
  ms: number;
}

export interface OpenOptions {
  /** The name we connect to: used for SNI and certificate checks. */
  host: string;
  /** The address actually dialled (the registry's `resolve`, or the host name itself). */
  address: string;
  /** The port dialled (the registry's `probePort` when set). */
  port: number;
  /** The port customers configure: the one every message names. */
  publicPort: number;
  implicitTls: boolean;
  /** How the TLS version and certificate are judged (our policy's minimum, the expiry warning). */
  tlsJudgement: TlsJudgement;
  timeouts: ProbeTimeouts;
  deadline: Deadline;
  /** Trusted CAs (system store plus MAIL_CA_FILE). */
  ca?: string[];
}

/**
 * One line-oriented connection to a mail server with an explicit lifecycle: open → (TLS) → lines →
 * close. Every wait is bounded by its named timeout and the overall deadline, and the socket is
 * always destroyed on close or failure. Everything sent and received is kept in a transcript; callers
 * pass the redacted form of anything secret.
 */
export class ProbeConnection {
  readonly transcript: TranscriptLine[] = [];
  private socket!: net.Socket;
  private buffer = '';
  private lines: string[] = [];
  private waiter: { resolve: (line: string) => void; reject: (error: ProbeError) => void } | null = null;
  private failure: ProbeError | null = null;
  private readonly started = Date.now();
  tls: TlsDetails | null = null;

  private constructor(private readonly options: OpenOptions) {}

  static async open(options: OpenOptions): Promise<ProbeConnection> {
    const connection = new ProbeConnection(options);
    await connection.connect();
    return connection;
  }

  private note(dir: TranscriptLine['dir'], text: string) {
    this.transcript.push({
      dir,
      text: text.length > 300 ? `${text.slice(0, 300)}…` : text,
      ms: Date.now() - this.started,
    });
  }

  /**
   * TCP first, under the connect timeout; then, for implicit TLS, the handshake under its own TLS
   * timeout, so a server that accepts the connection and then stalls is reported as TLS_TIMEOUT,
   * not as unreachable.
   */
  private async connect(): Promise<void> {
    const { host, address, port, publicPort, implicitTls, timeouts, deadline } = this.options;
    const { ms, code } = deadline.budget(timeouts.connect, 'CONNECT_TIMEOUT');
    const plain = await new Promise<net.Socket>((resolve, reject) => {
      const socket = net.connect({ host: address, port });
      const timer = setTimeout(() => {
        socket.destroy();
        reject(
          new ProbeError(
            code,
            code === 'DEADLINE' ? TOO_LONG : `No connection to ${host}:${publicPort} within ${ms} ms.`,
          ),
        );
      }, ms);
      socket.once('error', (error: NodeJS.ErrnoException) => {
        clearTimeout(timer);
        socket.destroy();
        reject(
          new ProbeError(
            codeForSocketError(error),
            `Connecting to ${host}:${publicPort} failed (${error.code ?? error.message}).`,
          ),
        );
      });
      socket.once('connect', () => {
        clearTimeout(timer);
        socket.removeAllListeners('error');
        resolve(socket);
      });
    });
    this.socket = plain;
    if (!implicitTls) {
      this.attach(plain);
      return;
    }
    await this.handshake(plain);
  }

  /** The TLS handshake over a connected socket, bounded by the TLS timeout; then the certificate is judged. */
  private async handshake(plain: net.Socket): Promise<void> {
    const { host, publicPort } = this.options;
    const { ms, code } = this.options.deadline.budget(this.options.timeouts.tls, 'TLS_TIMEOUT');
    const secure = await new Promise<tls.TLSSocket>((resolve, reject) => {
      const socket = tls.connect(this.tlsOptions(plain));
      const timer = setTimeout(() => {
        socket.destroy();
        plain.destroy();
        reject(
          new ProbeError(
            code,
            code === 'DEADLINE'
              ? TOO_LONG
              : `The TLS handshake with ${host}:${publicPort} did not finish within ${ms} ms.`,
          ),
        );
      }, ms);
      socket.once('error', (error: NodeJS.ErrnoException) => {
        clearTimeout(timer);
        socket.destroy();
        plain.destroy();
        reject(new ProbeError('TLS_HANDSHAKE', `The TLS handshake failed (${error.code ?? error.message}).`));
      });
      socket.once('secureConnect', () => {
        clearTimeout(timer);
        socket.removeAllListeners('error');
        resolve(socket);
      });
    });
    this.socket = secure;
    this.attach(secure);
    this.tls = inspectTls(secure, host, this.options.tlsJudgement);
    this.note('*', `TLS established (${this.tls.version}, ${this.tls.cipher})`);
  }

  private tlsOptions(socket: net.Socket): tls.ConnectionOptions {
    return {
      socket,
      servername: net.isIP(this.options.host) ? undefined : this.options.host,
      // Certificates are judged by inspectTls (expired / wrong name / untrusted each get their own
      // code), so the handshake itself must not stop at the first problem.
      rejectUnauthorized: false,
      // Old TLS versions must be negotiable to be *seen*: OpenSSL 3's default security level aborts a
      // TLS 1.0 handshake before its version is known. Such a connection is only ever reported as
      // TLS_VERSION; inspectTls marks it, and no session sends a password over it.
      ...DIAGNOSTIC_TLS,
      ...(this.options.ca ? { secureContext: secureContextFor(this.options.ca) } : {}),
    };
  }

  private attach(socket: net.Socket) {
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => this.receive(chunk));
    socket.on('error', (error: NodeJS.ErrnoException) =>
      this.fail(
        new ProbeError(codeForSocketError(error), `The connection failed (${error.code ?? error.message}).`),
      ),
    );
    socket.on('close', () =>
      this.fail(new ProbeError('CONNECTION_CLOSED', 'The server closed the connection.')),
    );
  }

  private receive(chunk: string) {
    this.buffer += chunk;
    let index: number;
    while ((index = this.buffer.indexOf('\n')) >= 0) {
      const line = this.buffer.slice(0, index).replace(/\r$/, '');
      this.buffer = this.buffer.slice(index + 1);
      if (line.length > MAX_LINE)
        return this.fail(
          new ProbeError('PROTOCOL', `The server sent a reply line longer than ${MAX_LINE} bytes.`),
        );
      this.note('S', line);
      this.lines.push(line);
    }
    if (this.buffer.length > MAX_LINE)
      this.fail(new ProbeError('PROTOCOL', `The server sent a reply line longer than ${MAX_LINE} bytes.`));
    this.flush();
  }

  private flush() {
    if (!this.waiter) return;
    const line = this.lines.shift();
    if (line !== undefined) {
      const { resolve } = this.waiter;
      this.waiter = null;
      resolve(line);
    } else if (this.failure) {
      const { reject } = this.waiter;
      this.waiter = null;
      reject(this.failure);
    }
  }

  private fail(error: ProbeError) {
    if (this.failure) return;
    this.failure = error;
    this.note('*', error.message);
    this.socket.destroy();
    this.flush();
  }

  /** The next reply line, waiting at most the given step's timeout (or what is left of the deadline). */
  readLine(timeout: number, code: ProbeCode, command?: string): Promise<string> {
    const { ms, code: timeoutCode } = this.options.deadline.budget(timeout, code);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiter = null;
        const message = timeoutCode === 'DEADLINE' ? TOO_LONG : `No reply from the server within ${ms} ms.`;
        reject(new ProbeError(timeoutCode, message, { command }));
      }, ms);
      this.waiter = {
        resolve: (line) => {
          clearTimeout(timer);
          resolve(line);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(new ProbeError(error.code, error.message, { command, ...error.detail }));
        },
      };
      this.flush();
    });
  }

  /** Sends one command line; `shown` is what the transcript records (the redacted form of secrets). */
  send(line: string, shown: string = line) {
    if (this.failure) throw this.failure;
    this.note('C', shown);
    this.socket.write(`${line}\r\n`);
  }

  /**
   * Upgrades to TLS after a successful STARTTLS/STLS reply. Anything the server sent before the
   * handshake is discarded (RFC 3207 §6: it could have been injected by an attacker in the middle).
   */
  async startTls(): Promise<TlsDetails> {
    const plain = this.socket;
    plain.removeAllListeners('data');
    plain.removeAllListeners('error');
    plain.removeAllListeners('close');
    this.buffer = '';
    this.lines = [];
    await this.handshake(plain);
    return this.tls!;
  }

  close() {
    this.failure ??= new ProbeError('CONNECTION_CLOSED', 'Closed.');
    this.socket?.destroy();
  }
}

const secureContexts = new WeakMap<string[], tls.SecureContext>();

/**
 * One TLS context per trust list, reused by every connection: building one parses every trusted CA
 * (about 30 ms of CPU for the system store), which `npm run bench:check` showed to be most of a check's
 * time. trustedCas() hands out the same array until MAIL_CA_FILE changes, so the cache follows it.
 */
function secureContextFor(ca: string[]): tls.SecureContext {
  let context = secureContexts.get(ca);
  if (!context) {
    context = tls.createSecureContext({ ca, ...DIAGNOSTIC_TLS });
    secureContexts.set(ca, context);
  }
  return context;
}
