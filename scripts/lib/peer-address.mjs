// Preloaded into every `next start` and `next dev` (node --import, see nextStartEnv in tasks.mjs).
//
// Route handlers and server actions cannot see the socket, and Next only fills X-Forwarded-For
// from it when the client sent none, so a forged header used to become the client address. This
// hook runs before Next sees a request: it replaces any client-sent `x-portal-peer` with the
// socket's own address, and marks the process so lib/http/client-address.ts knows the header is
// ours. Forwarding headers are then believed only from proxies named in TRUSTED_PROXIES.
import http from 'node:http';

const HEADER = 'x-portal-peer';
const emit = http.Server.prototype.emit;
http.Server.prototype.emit = function emitWithPeer(event, request, ...rest) {
  if (event === 'request' && request && request.headers) {
    request.headers[HEADER] = request.socket?.remoteAddress ?? '';
  }
  return emit.call(this, event, request, ...rest);
};
globalThis.__portalPeerHeader = HEADER;
