import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/**
 * Real Postfix and Dovecot from Debian, each in a private temp directory with its own configuration,
 * for integration tests of the mail probe. They run as root without systemd and listen only on
 * 127.0.0.2, so nothing from the system's own mail setup (if any) is read or touched.
 */

export interface RealMailServers {
  ports: {
    submission: number;
    submissions: number;
    smtp: number;
    pop3: number;
    pop3s: number;
    imap: number;
    imaps: number;
    /** Postfix whose greeting is a 421 "try again later", to every client. */
    busy: number;
    /** Postfix with implicit TLS that speaks TLS 1.0 and nothing newer. */
    tls10: number;
  };
  address: string;
  host: 'mail.example.test';
  /** The private CA that signed the servers' certificate. */
  caPem: string;
  user: { username: string; password: string };
  /**
   * A mailbox whose password check fails temporarily, as when the password database is down: Dovecot
   * answers POP3 `-ERR [SYS/TEMP]` and IMAP `NO [UNAVAILABLE]`, and logs an Error line per attempt.
   * Postfix's SMTP AUTH asks Dovecot too but passes no temporary failure on: it answers 535, not 454.
   */
  busyUser: { username: string; password: string };
  /**
   * The servers' own log files, for tests that check what the servers saw. The busy and TLS 1.0
   * listeners log to postfixExtra, so their expected rejections and TLS failures stay out of postfix.
   */
  logs: { postfix: string; postfixExtra: string; dovecot: string };
  /**
   * Postfix delivers mail for `<name>@subscribers.example.test` (letters, digits, dots, hyphens) into
   * this one Maildir (`new/`), for the notification tests; any other name there is refused with
   * 550 5.1.1, a real permanent failure.
   */
  subscriberMailDir: string;
  stop(): Promise<void>;
}

const HOST = 'mail.example.test';
/**
 * Dovecot counts a connection whose local and remote addresses are equal as secure, and would then
 * offer plaintext logins before TLS. Probes connect from 127.0.0.1, so the servers live on .2.
 */
const ADDRESS = '127.0.0.2';

const POSTFIX = '/usr/sbin/postfix';
const DOVECOT = '/usr/sbin/dovecot';
const OPENSSL = '/usr/bin/openssl';
const SCRIPT = '/usr/bin/script';

/** Files whose absence means a package is missing, and the package that provides each. */
const REQUIRED: Array<{ file: string; pkg: string }> = [
  { file: POSTFIX, pkg: 'postfix' },
  { file: DOVECOT, pkg: 'dovecot-core' },
  { file: '/usr/lib/dovecot/imap-login', pkg: 'dovecot-imapd' },
  { file: '/usr/lib/dovecot/pop3-login', pkg: 'dovecot-pop3d' },
  { file: OPENSSL, pkg: 'openssl' },
];

export function realServersAvailable(): { ok: true } | { ok: false; missing: string[] } {
  const missing = REQUIRED.filter(({ file }) => !fs.existsSync(file)).map(({ pkg }) => pkg);
  return missing.length === 0 ? { ok: true } : { ok: false, missing };
}

/**
 * Fixed ports (the standard port number plus a base) so the servers' logs and a failing transcript
 * are easy to read. MAIL_TEST_PORT_BASE moves the whole block when two runs must coexist. The odd
 * listeners have no standard port: theirs name what they do (421 the busy reply, 10 for TLS 1.0),
 * and stay below base + 1000 so every base the check allows fits.
 */
function portsFromBase(base: number): RealMailServers['ports'] {
  return {
    tls10: base + 10,
    smtp: base + 25,
    pop3: base + 110,
    imap: base + 143,
    busy: base + 421,
    submissions: base + 465,
    submission: base + 587,
    imaps: base + 993,
    pop3s: base + 995,
  };
}

/**
 * What the mail-events tests (issue 33) add to the servers: Dovecot's event exporter posting
 * `auth_request_finished` to `exporterUrl`, the login log lines with the local port and TLS version
 * (deploy/dovecot/mail-events.conf), and Postfix logging its TLS sessions with the submission ports
 * named in the log (deploy/postfix/mail-events.md). Without it the servers run as before.
 */
export interface MailEventsOptions {
  exporterUrl: string;
}

export async function startRealMailServers(
  options: { mailEvents?: MailEventsOptions } = {},
): Promise<RealMailServers> {
  const available = realServersAvailable();
  if (!available.ok)
    throw new Error(`Missing packages for the real mail servers: ${available.missing.join(', ')}`);

  const base = Number(process.env.MAIL_TEST_PORT_BASE ?? 24000);
  if (!Number.isInteger(base) || base < 1024 || base > 64_000)
    throw new Error(
      `MAIL_TEST_PORT_BASE must be a whole number from 1024 to 64000, not ${process.env.MAIL_TEST_PORT_BASE}`,
    );
  const ports = portsFromBase(base);
  await assertPortsFree(Object.values(ports));

  const started = Date.now();
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'real-mail-servers-'));
  // The servers' unprivileged processes (dovenull, dovecot, postfix, nobody) must reach their files.
  fs.chmodSync(root, 0o755);
  const dirs = {
    tls: path.join(root, 'tls'),
    dovecot: path.join(root, 'dovecot'),
    mail: path.join(root, 'mail'),
    postfix: path.join(root, 'postfix'),
  };
  for (const dir of Object.values(dirs)) fs.mkdirSync(dir, { mode: 0o755 });
  // Mail processes run as nobody and create the user's mailbox here on the first login.
  fs.chmodSync(dirs.mail, 0o777);

  const user = {
    username: 'probe-user@example.test',
    // Random per run, so a test that looks for the password in a result cannot pass by accident;
    // the space checks that every protocol sends the password whole.
    password: `pass word ${crypto.randomBytes(9).toString('base64url')}`,
  };
  // Random as well: its password reaches Dovecot's check (which fails) and must not leak either.
  const busyUser = {
    username: 'busy@example.test',
    password: `busy pass ${crypto.randomBytes(9).toString('base64url')}`,
  };
  const logs = {
    postfix: path.join(dirs.postfix, 'maillog'),
    postfixExtra: path.join(dirs.postfix, 'maillog-extra'),
    dovecot: path.join(dirs.dovecot, 'dovecot.log'),
  };

  let dovecot: ChildProcess | null = null;
  let postfixConfig: string | null = null;
  let stopped = false;
  const watchdog = startWatchdog(root);

  const stop = async () => {
    if (stopped) return;
    stopped = true;
    watchdog.kill('SIGKILL');
    await Promise.all([
      postfixConfig ? stopPostfix(postfixConfig, dirs.postfix) : undefined,
      dovecot ? stopProcessGroup(dovecot) : undefined,
    ]);
    fs.rmSync(root, { recursive: true, force: true });
  };

  try {
    const tlsFiles = await makeCertificates(dirs.tls);

    const dovecotConf = writeDovecotConfig({
      dir: dirs.dovecot,
      mailDir: dirs.mail,
      tls: tlsFiles,
      ports,
      user,
      busyUser,
      mailEvents: options.mailEvents,
    });
    const dovecotOut = path.join(dirs.dovecot, 'stdout.log');
    const out = fs.openSync(dovecotOut, 'a');
    // Dovecot keeps its caller's stderr open for good: never hand it the test runner's pipes.
    dovecot = spawn(DOVECOT, ['-F', '-c', dovecotConf], { stdio: ['ignore', out, out], detached: true });
    fs.closeSync(out);
    if (dovecot.pid) watchdog.stdin?.write(`${dovecot.pid}\n`);
    const exited = new Promise<never>((_, reject) =>
      dovecot!.once('exit', (code, signal) =>
        reject(new Error(`Dovecot exited during startup (${signal ?? code})`)),
      ),
    );
    exited.catch(() => undefined);
    await Promise.race([waitForPorts([ports.pop3, ports.pop3s, ports.imap, ports.imaps]), exited]).catch(
      (error: Error) => {
        throw new Error(`${error.message}\n${tail(logs.dovecot)}\n${tail(dovecotOut)}`);
      },
    );

    postfixConfig = writePostfixConfig({
      dir: dirs.postfix,
      tls: tlsFiles,
      ports,
      saslSocket: path.join(dirs.dovecot, 'auth-postfix'),
      maillog: logs.postfix,
      maillogExtra: logs.postfixExtra,
      root,
      mailDir: dirs.mail,
      mailEvents: options.mailEvents,
    });
    const postfixOut = path.join(dirs.postfix, 'start.log');
    const code = await run(POSTFIX, ['-c', postfixConfig, 'start'], postfixOut);
    if (code !== 0) {
      throw new Error(
        `postfix start failed (exit ${code})\n${tail(logs.postfix)}\n${await postfixCheck(postfixConfig, dirs.postfix)}`,
      );
    }
    const master = readPid(postfixMasterPidFile(dirs.postfix));
    if (master) watchdog.stdin?.write(`${master}\n`);
    await waitForPorts([ports.smtp, ports.submission, ports.submissions, ports.busy, ports.tls10]).catch(
      (error: Error) => {
        throw new Error(`${error.message}\n${tail(logs.postfix)}\n${tail(postfixOut)}`);
      },
    );
  } catch (error) {
    await stop().catch(() => undefined);
    throw error;
  }

  if (process.env.MAIL_TEST_VERBOSE) console.info(`Real mail servers started in ${Date.now() - started} ms`);
  return {
    ports,
    address: ADDRESS,
    host: HOST,
    caPem: fs.readFileSync(path.join(dirs.tls, 'ca.crt'), 'utf8'),
    user,
    busyUser,
    logs,
    subscriberMailDir: path.join(dirs.mail, 'subscribers'),
    stop,
  };
}

interface TlsFiles {
  cert: string;
  key: string;
}

/** A throwaway CA and a server certificate it signs, so tests can tell "trusted" from "untrusted". */
async function makeCertificates(dir: string): Promise<TlsFiles> {
  const file = (name: string) => path.join(dir, name);
  const openssl = async (args: string[]) => {
    const code = await run(OPENSSL, args, file('openssl.log'));
    if (code !== 0) throw new Error(`openssl ${args[0]} failed\n${tail(file('openssl.log'))}`);
  };
  // P-256 keys: RSA key generation would dominate the startup time, and with an ECDSA certificate
  // Dovecot needs no DH parameters (ssl_dh) for any cipher suite it would pick.
  const ecKey = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes'];
  // 90 days: well past the probe's expiry warning (14 days by default, MAIL_CERT_WARNING_DAYS), so a
  // sound server is judged OK and not CERT_EXPIRING.
  // prettier-ignore
  await openssl([
    'req', '-x509', ...ecKey, '-keyout', file('ca.key'), '-out', file('ca.crt'), '-days', '91',
    '-subj', '/O=Mail Probe Tests/CN=Mail Probe Test CA',
    '-addext', 'basicConstraints=critical,CA:TRUE',
    '-addext', 'keyUsage=critical,keyCertSign,cRLSign',
  ]);
  // prettier-ignore
  await openssl([
    'req', '-new', ...ecKey, '-keyout', file('server.key'), '-out', file('server.csr'), '-subj', `/CN=${HOST}`,
  ]);
  fs.writeFileSync(
    file('server.ext'),
    [
      'basicConstraints = CA:FALSE',
      'keyUsage = critical, digitalSignature',
      'extendedKeyUsage = serverAuth',
      `subjectAltName = DNS:${HOST}`,
      '',
    ].join('\n'),
  );
  // prettier-ignore
  await openssl([
    'x509', '-req', '-in', file('server.csr'), '-CA', file('ca.crt'), '-CAkey', file('ca.key'),
    '-CAcreateserial', '-days', '90', '-extfile', file('server.ext'), '-out', file('server.crt'),
  ]);
  return { cert: file('server.crt'), key: file('server.key') };
}

function writeDovecotConfig(options: {
  dir: string;
  mailDir: string;
  tls: TlsFiles;
  ports: RealMailServers['ports'];
  user: { username: string; password: string };
  busyUser: { username: string; password: string };
  mailEvents?: MailEventsOptions;
}): string {
  const { dir, mailDir, tls, ports, user, busyUser, mailEvents } = options;
  const usersFile = path.join(dir, 'users');
  // A PLAIN-scheme password, so challenge mechanisms (CRAM-MD5, APOP) could be tested as well. The
  // auth process reads it as the dovecot user; the password is a throwaway, so world-readable is fine.
  fs.writeFileSync(usersFile, `${user.username}:{PLAIN}${user.password}\n`, { mode: 0o644 });
  // checkpassword's exit code 111 means "temporary problem": Dovecot treats it as an internal failure
  // and answers with its temporary-failure replies. The credentials arrive on fd 3; reading them
  // first means Dovecot never writes into a closed pipe. The auth process runs it as dovecot.
  const tempFail = path.join(dir, 'checkpassword-tempfail');
  fs.writeFileSync(tempFail, '#!/bin/sh\ncat <&3 >/dev/null\nexit 111\n', { mode: 0o755 });
  fs.mkdirSync(path.join(dir, 'run'));
  fs.mkdirSync(path.join(dir, 'state'));
  const conf = path.join(dir, 'dovecot.conf');
  fs.writeFileSync(
    conf,
    `# Generated by tests/support/mail-servers/real-mail-servers.ts for one test run.
# A unique instance name and private base/state dirs keep it apart from any system Dovecot.
instance_name = probe-test-${path.basename(path.dirname(dir)).slice(-6)}
base_dir = ${dir}/run
state_dir = ${dir}/state
log_path = ${dir}/dovecot.log
# Failed logins are logged too: a failing test then shows why the server said no.
auth_verbose = yes

protocols = imap pop3
listen = ${ADDRESS}
# Users the Debian package creates: with root here logins break, the services expect to drop privileges.
default_internal_user = dovecot
default_internal_group = dovecot
default_login_user = dovenull

# What an ISP should run: no login at all before TLS, and plaintext logins hidden.
ssl = required
disable_plaintext_auth = yes
ssl_min_protocol = TLSv1.2
ssl_cert = <${tls.cert}
ssl_key = <${tls.key}

auth_mechanisms = plain login cram-md5
# The default two seconds per failure would only slow the wrong-password tests down.
auth_failure_delay = 0
# The busy user's password database is "down". username_filter keeps every other user away from it,
# so they go straight to the passwd-file below exactly as without this passdb.
passdb {
  driver = checkpassword
  args = ${tempFail}
  username_filter = ${busyUser.username}
}
passdb {
  driver = passwd-file
  args = scheme=PLAIN ${usersFile}
}
userdb {
  driver = static
  args = uid=nobody gid=nogroup home=${mailDir}/%u
}
mail_location = maildir:~/Maildir

service imap-login {
  inet_listener imap {
    port = ${ports.imap}
  }
  inet_listener imaps {
    port = ${ports.imaps}
    ssl = yes
  }
}
service pop3-login {
  inet_listener pop3 {
    port = ${ports.pop3}
  }
  inet_listener pop3s {
    port = ${ports.pop3s}
    ssl = yes
  }
}
service auth {
  # Postfix's smtpd runs as the postfix user and authenticates submission clients through this.
  unix_listener ${dir}/auth-postfix {
    mode = 0666
  }
}
# After a failed login anvil delays every later login from that IP (2 s, doubling up to 15 s), and
# all probes come from 127.0.0.1. Without this socket the auth process cannot ask for a penalty.
service anvil {
  unix_listener anvil-auth-penalty {
    mode = 0
  }
}
${mailEvents ? dovecotMailEvents(mailEvents) : ''}`,
  );
  return conf;
}

/** The settings deploy/dovecot/mail-events.conf ships, pointed at the test's receiver. */
function dovecotMailEvents({ exporterUrl }: MailEventsOptions): string {
  return `
# Mail events (issue 33): the same settings as deploy/dovecot/mail-events.conf.
login_log_format_elements = user=<%u> method=%m rip=%r rport=%b lip=%l lport=%a mpid=%e %c session=<%{session}> tls=<%k>
event_exporter mail_events {
  format = json
  format_args = time-rfc3339
  transport = http-post
  transport_args = ${exporterUrl}
  transport_timeout = 2sec
}
metric mail_events_auth {
  exporter = mail_events
  exporter_include = name hostname timestamps fields
  filter = event=auth_request_finished
}
`;
}

/**
 * Vitest ends its workers without afterAll on Ctrl-C or a hard timeout, and the daemons would keep the
 * fixed ports. This shell sits in its own process group, collects the daemons' pids from a pipe, and
 * once the pipe closes (the test process is gone, however it died) stops them and removes the files.
 */
function startWatchdog(root: string): ChildProcess {
  const script = [
    'pids=',
    'while read -r pid; do pids="$pids $pid"; done',
    'if [ -n "$pids" ]; then kill -TERM $pids 2>/dev/null; sleep 2; kill -KILL $pids 2>/dev/null; fi',
    'rm -rf "$1"',
  ].join('\n');
  const child = spawn('/bin/sh', ['-c', script, 'mail-servers-watchdog', root], {
    stdio: ['pipe', 'ignore', 'ignore'],
    detached: true,
  });
  // Neither the watchdog nor its pipe may keep the test process alive, or crash it once gone.
  child.unref();
  (child.stdin as net.Socket | null)?.unref();
  child.stdin?.on('error', () => undefined);
  return child;
}

function postfixMasterPidFile(postfixDir: string) {
  return path.join(postfixDir, 'queue', 'pid', 'master.pid');
}

function writePostfixConfig(options: {
  dir: string;
  tls: TlsFiles;
  ports: RealMailServers['ports'];
  saslSocket: string;
  maillog: string;
  maillogExtra: string;
  root: string;
  mailDir: string;
  mailEvents?: MailEventsOptions;
}): string {
  const { dir, tls, ports, saslSocket, maillog, maillogExtra, root, mailDir, mailEvents } = options;
  const confDir = path.join(dir, 'conf');
  fs.mkdirSync(confDir);
  // Mail events: each TLS session's protocol version in the log, and the submission services named
  // as Debian's master.cf names them, so every line says which port it came in on.
  // Port 25 refuses to relay as an ISP's MX does (`Relay access denied`), and submission refuses a
  // sender that is not the signed-in mailbox (`Sender address rejected: not owned by user …`).
  const senderLogins = path.join(confDir, 'sender-logins.regexp');
  if (mailEvents) fs.writeFileSync(senderLogins, '/^(.+)$/ ${1}\n');
  const logTls = mailEvents
    ? 'smtpd_tls_loglevel = 1\n' + `smtpd_sender_login_maps = regexp:${senderLogins}\n`
    : '';
  const senderCheck = mailEvents ? '\n  -o smtpd_sender_restrictions=reject_sender_login_mismatch' : '';
  const named = (name: string) => (mailEvents ? `\n  -o syslog_name=postfix/${name}` : '');
  // Postfix creates the queue subdirectories, and the data directory owned by the postfix user,
  // only when they do not exist yet.
  fs.mkdirSync(path.join(dir, 'queue'));
  // Every client address: the reply Postfix gives when it will not take a session now. A cidr table
  // is read as it is, with no postmap run.
  const busyClients = path.join(confDir, 'busy-clients.cidr');
  fs.writeFileSync(busyClients, '0.0.0.0/0 421 4.3.2 Service busy, try again later\n');
  // The one domain delivered for real (the notification tests), into one shared Maildir: Postfix
  // does not allow $1 substitution in a virtual mailbox path, and the tests tell mails apart by To.
  const subscriberMaps = path.join(confDir, 'subscribers.regexp');
  fs.writeFileSync(subscriberMaps, '/^[a-z0-9.-]+@subscribers\\.example\\.test$/ subscribers/\n');
  fs.writeFileSync(
    path.join(confDir, 'main.cf'),
    `# Generated by tests/support/mail-servers/real-mail-servers.ts for one test run.
compatibility_level = 3.6
queue_directory = ${dir}/queue
data_directory = ${dir}/data
# Without syslog in the test machine, postlogd writes the log; only paths under these prefixes are allowed.
maillog_file = ${maillog}
maillog_file_prefixes = ${root}

myhostname = ${HOST}
mydomain = example.test
# Accept and deliver nothing: the probe must never get as far as a message anyway.
mydestination =
local_recipient_maps =
alias_maps =
alias_database =
default_transport = discard
relay_transport = discard
local_transport = discard
smtpd_relay_restrictions = permit_sasl_authenticated, ${mailEvents ? 'reject_unauth_destination' : 'reject'}
# Except subscribers.example.test, delivered into Maildirs by Postfix's virtual agent as nobody.
virtual_mailbox_domains = subscribers.example.test
virtual_mailbox_base = ${mailDir}
virtual_mailbox_maps = regexp:${subscriberMaps}
virtual_uid_maps = static:65534
virtual_gid_maps = static:65534
virtual_transport = virtual

# The services bind to ${ADDRESS} in master.cf; this only has to name an address that exists.
inet_interfaces = 127.0.0.1
inet_protocols = ipv4
# No network in CI: never wait on DNS for peers or destinations.
disable_dns_lookups = yes
smtpd_peername_lookup = no

smtpd_tls_chain_files = ${tls.key}, ${tls.cert}
smtpd_tls_security_level = may
smtpd_tls_protocols = >=TLSv1.2
# Submission (TLS required) and implicit TLS use the mandatory setting, which defaults to >=TLSv1; and
# Postfix runs OpenSSL at security level 0, so without this they would take TLS 1.0 as well.
smtpd_tls_mandatory_protocols = >=TLSv1.2
smtpd_sasl_type = dovecot
smtpd_sasl_path = ${saslSocket}
${logTls}`,
  );
  // chroot off (column 5 = n): the chroot jail would need copies of the TLS and socket paths.
  fs.writeFileSync(
    path.join(confDir, 'master.cf'),
    `# service        type  private unpriv chroot wakeup maxproc command
# Port-25 style relay: STARTTLS offered, never AUTH.
${ADDRESS}:${ports.smtp} inet n - n - - smtpd
# Submission: TLS before anything, AUTH only once TLS is up.
${ADDRESS}:${ports.submission} inet n - n - - smtpd${named('submission')}${senderCheck}
  -o smtpd_tls_security_level=encrypt
  -o smtpd_tls_auth_only=yes
  -o smtpd_sasl_auth_enable=yes
# Submissions: TLS from the first byte.
${ADDRESS}:${ports.submissions} inet n - n - - smtpd${named('smtps')}
  -o smtpd_tls_wrappermode=yes
  -o smtpd_sasl_auth_enable=yes
# The two odd listeners log to their own postlogd (postlog-extra), tagged with their syslog_name.
# Busy: the client restrictions run at connect (smtpd_delay_reject=no), and their 421 replaces the
# greeting; then Postfix hangs up. No held connection needed, unlike the connection count limit.
${ADDRESS}:${ports.busy} inet n - n - - smtpd
  -o syslog_name=postfix/busy
  -o postlog_service_name=postlog-extra
  -o smtpd_delay_reject=no
  -o smtpd_client_restrictions=check_client_access,cidr:${busyClients}
# TLS 1.0 and nothing newer, from the first byte. OpenSSL 3 allows TLS 1.0's SHA-1 signatures only
# at security level 0, which Postfix's server always runs at: no cipher setting is needed.
${ADDRESS}:${ports.tls10} inet n - n - - smtpd
  -o syslog_name=postfix/tls10
  -o postlog_service_name=postlog-extra
  -o smtpd_tls_wrappermode=yes
  -o smtpd_tls_mandatory_protocols=TLSv1
  -o smtpd_sasl_auth_enable=yes
postlog   unix-dgram n - n - 1 postlogd
postlog-extra unix-dgram n - n - 1 postlogd
  -o maillog_file=${maillogExtra}
pickup    unix n - n 60 1 pickup
cleanup   unix n - n - 0 cleanup
qmgr      unix n - n 300 1 qmgr
tlsmgr    unix - - n 1000? 1 tlsmgr
rewrite   unix - - n - - trivial-rewrite
bounce    unix - - n - 0 bounce
defer     unix - - n - 0 bounce
trace     unix - - n - 0 bounce
verify    unix - - n - 1 verify
flush     unix n - n 1000? 0 flush
proxymap  unix - - n - - proxymap
showq     unix n - n - - showq
error     unix - - n - - error
retry     unix - - n - - error
discard   unix - - n - - discard
virtual   unix - n n - - virtual
anvil     unix - - n - 1 anvil
scache    unix - - n - 1 scache
`,
  );
  // Postfix waits until just-written configuration files are two seconds old: 2 s of the startup.
  const anHourAgo = new Date(Date.now() - 3_600_000);
  for (const name of ['main.cf', 'master.cf']) fs.utimesSync(path.join(confDir, name), anHourAgo, anHourAgo);
  return confDir;
}

/**
 * Postfix reports errors found before its log file is set up (a bad parameter, say) only to syslog,
 * or to stderr when that is a terminal: `postfix check` under script(1) gets them onto a pty.
 */
async function postfixCheck(confDir: string, postfixDir: string): Promise<string> {
  const output = path.join(postfixDir, 'check.log');
  const quoted = (arg: string) => `'${arg.replace(/'/g, `'\\''`)}'`;
  const command = [POSTFIX, '-c', confDir, 'check'].map(quoted).join(' ');
  if (!fs.existsSync(SCRIPT)) return `(install bsdutils for script(1) to see more than the log)`;
  await run(SCRIPT, ['-qec', command, '/dev/null'], output).catch(() => undefined);
  return tail(output);
}

async function stopPostfix(confDir: string, postfixDir: string) {
  const master = readPid(postfixMasterPidFile(postfixDir));
  await run(POSTFIX, ['-c', confDir, 'stop'], path.join(postfixDir, 'stop.log')).catch(() => undefined);
  if (master && !(await waitUntilGone(master, 5_000))) {
    // The master daemonises into its own process group, which its children share.
    signalGroup(master, 'SIGKILL');
    await waitUntilGone(master, 2_000);
  }
}

async function stopProcessGroup(child: ChildProcess) {
  if (!child.pid || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  signalGroup(child.pid, 'SIGTERM');
  const timer = setTimeout(() => signalGroup(child.pid!, 'SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
  // Dovecot's children notice the master is gone on their own, but do not wait for them.
  signalGroup(child.pid, 'SIGKILL');
}

function signalGroup(pid: number, signal: NodeJS.Signals) {
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}

function readPid(file: string): number | null {
  try {
    const pid = Number(fs.readFileSync(file, 'utf8').trim());
    return Number.isInteger(pid) && pid > 1 ? pid : null;
  } catch {
    return null;
  }
}

/** A daemonised process is reparented to init, which may leave it a zombie for a while: that counts as gone. */
function isRunning(pid: number): boolean {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

async function waitUntilGone(pid: number, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (isRunning(pid)) {
    if (Date.now() > until) return false;
    await sleep(25);
  }
  return true;
}

/** Runs a command with its output in a file (a daemon it starts may keep pipes open) and returns its exit code. */
async function run(command: string, args: string[], outputFile: string): Promise<number> {
  const out = fs.openSync(outputFile, 'a');
  try {
    const child = spawn(command, args, { stdio: ['ignore', out, out] });
    return await new Promise<number>((resolve, reject) => {
      child.once('error', reject);
      child.once('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
    });
  } finally {
    fs.closeSync(out);
  }
}

async function assertPortsFree(ports: number[]) {
  for (const port of ports) {
    const server = net.createServer();
    await new Promise<void>((resolve, reject) => {
      server.once('error', (error: NodeJS.ErrnoException) =>
        reject(
          new Error(
            error.code === 'EADDRINUSE'
              ? `Port ${ADDRESS}:${port} is in use: another run of the integration tests, or servers it left ` +
                  'behind (look for dovecot and postfix processes), or set MAIL_TEST_PORT_BASE.'
              : `Cannot listen on ${ADDRESS}:${port} (${error.code ?? error.message}).`,
          ),
        ),
      );
      server.listen(port, ADDRESS, () => server.close(() => resolve()));
    });
  }
}

async function waitForPorts(ports: number[], ms = 10_000) {
  const until = Date.now() + ms;
  for (const port of ports) {
    while (!(await accepts(port))) {
      if (Date.now() > until) throw new Error(`Nothing listens on ${ADDRESS}:${port} after ${ms} ms`);
      await sleep(25);
    }
  }
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: ADDRESS, port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

function tail(file: string, lines = 20): string {
  try {
    const text = fs.readFileSync(file, 'utf8').trimEnd();
    return `--- last lines of ${file} ---\n${text.split('\n').slice(-lines).join('\n')}`;
  } catch {
    return `--- ${file}: no log written ---`;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
