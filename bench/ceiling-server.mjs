// The ceiling for bench/server.mjs: a bare `node:http` server in its own process that answers
// each path (with its query) with bytes fixed in advance, the JSON the reference server sent for
// it, with the same kind of headers. No routing framework, no database, no hashing: what Node
// alone manages on this machine. Usage: node bench/ceiling-server.mjs <bodies.json>, where the
// file maps "/v1/groups?…" to a JSON text; it prints the port it listens on, on loopback.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const bodies = new Map(
  Object.entries(JSON.parse(readFileSync(process.argv[2], 'utf8'))).map(([path, text]) => [
    path,
    Buffer.from(text),
  ]),
);

const server = createServer((request, response) => {
  const body = bodies.get(request.url);
  if (!body) {
    response.writeHead(404).end();
    return;
  }
  response
    .writeHead(200, {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': body.length,
      'Cache-Control': 'public, max-age=60, stale-while-revalidate=300',
      ETag: '"0123456789abcdef0123456789abcdef"',
    })
    .end(body);
});
server.listen(0, '127.0.0.1', () => console.log(`listening ${server.address().port}`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
