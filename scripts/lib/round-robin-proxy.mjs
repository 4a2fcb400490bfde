// A minimal reverse proxy for the two-instance test: each request goes to the next upstream in turn,
// as a load balancer without session affinity would send it. It sets X-Forwarded-For and
// X-Forwarded-Proto as docs/deployment.md asks of a real proxy, and says which instance answered.
import http from 'node:http';

export function startRoundRobinProxy(port, upstreams) {
  let next = 0;
  const server = http.createServer((request, response) => {
    const target = upstreams[next];
    next = (next + 1) % upstreams.length;
    const upstream = http.request(
      {
        host: '127.0.0.1',
        port: target,
        method: request.method,
        path: request.url,
        headers: {
          ...request.headers,
          'x-forwarded-for': request.socket.remoteAddress ?? '127.0.0.1',
          'x-forwarded-proto': 'http',
        },
      },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, {
          ...answer.headers,
          'x-portal-upstream': String(target),
        });
        answer.pipe(response);
      },
    );
    upstream.on('error', () => {
      if (!response.headersSent) response.writeHead(502);
      response.end();
    });
    request.pipe(upstream);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}
