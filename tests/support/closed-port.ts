import net from 'node:net';

/**
 * A port on 127.0.0.1 that nothing listens on. Below 1024, so that no test's server, which the system
 * gives an ephemeral port, can take it while a test relies on it (a freed ephemeral port was taken
 * by a parallel test's server now and then, and the "closed" port answered).
 */
export async function closedPort(): Promise<number> {
  for (const port of [1, 9, 19, 47, 71]) {
    const refused = await new Promise<boolean>((resolve) => {
      const socket = net.connect({ host: '127.0.0.1', port });
      socket.once('connect', () => {
        socket.destroy();
        resolve(false);
      });
      socket.once('error', () => resolve(true));
    });
    if (refused) return port;
  }
  throw new Error('no closed low port on 127.0.0.1');
}
