// Preloaded into every `next start` and `next dev` (node --import, see nextStartEnv in tasks.mjs).
//
// Route handlers and server actions cannot see the socket, and Next only fills X-Forwarded-For
// from it when the client sent none, so a forged header used to become the client address. Node's
// documented `http.server.request.start` diagnostics channel is published for every request just
// before the server's 'request' event, so before Next sees it: any client-sent `x-portal-peer` is
// replaced with the socket's own address, and the process is marked so lib/http/client-address.ts
// knows the header is ours. Forwarding headers are then believed only from proxies named in
// TRUSTED_PROXIES.
import diagnosticsChannel from 'node:diagnostics_channel';

const HEADER = 'x-portal-peer';
diagnosticsChannel.subscribe('http.server.request.start', ({ request, socket }) => {
  request.headers[HEADER] = socket?.remoteAddress ?? '';
});
globalThis.__portalPeerHeader = HEADER;
