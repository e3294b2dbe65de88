// An edge cache in front of scripts/serve.mjs, as a CDN is in front of a static host. serve.mjs compresses
// every response anew (brotli at quality 11 takes most of a second for a 200 KB page), which a CDN does once
// and then serves from cache; without this, "time to ready" would mostly time the compressor. Responses are
// kept byte for byte (status, headers, body) per URL and encoding; the benchmark loads each page once to
// fill the cache before it measures.

import { createServer, request } from "node:http";

const MAX_BYTES = 200_000_000;
/** Hop-by-hop headers belong to one connection, never to a cached response. */
const HOP = new Set(["connection", "keep-alive", "transfer-encoding", "date"]);

/** The encoding the origin is asked for: the best one the client accepts, so the cache key stays small. */
const encodingFor = (accept = "") => (/\bbr\b/.test(accept) ? "br" : /\bgzip\b/.test(accept) ? "gzip" : "identity");

export function startCdn(originPort, { host = "127.0.0.1" } = {}) {
  const cache = new Map();
  let bytes = 0;
  const server = createServer((req, res) => {
    const encoding = encodingFor(req.headers["accept-encoding"]);
    const key = `${req.method} ${req.url} ${encoding}`;
    const send = ({ status, headers, body }) => {
      res.writeHead(status, headers);
      res.end(req.method === "HEAD" ? undefined : body);
    };
    const hit = cache.get(key);
    if (hit) return send(hit);
    const upstream = request(
      { host, port: originPort, method: req.method, path: req.url, headers: { "accept-encoding": encoding } },
      (r) => {
        const chunks = [];
        r.on("data", (c) => chunks.push(c));
        r.on("end", () => {
          const headers = Object.fromEntries(Object.entries(r.headers).filter(([k]) => !HOP.has(k)));
          const entry = { status: r.statusCode ?? 502, headers, body: Buffer.concat(chunks) };
          if (bytes + entry.body.length <= MAX_BYTES) {
            cache.set(key, entry);
            bytes += entry.body.length;
          }
          send(entry);
        });
      },
    );
    upstream.on("error", (e) => {
      res.writeHead(502, { "Content-Type": "text/plain" });
      res.end(`origin error: ${e.message}`);
    });
    upstream.end();
  });
  return new Promise((resolve) => server.listen(0, host, () => resolve(server)));
}
