#!/usr/bin/env node
// A small static server for tests and the benchmark: serves a built site on loopback, optionally under a
// base path, compressed as a CDN would (brotli or gzip by Accept-Encoding), with the headers of the built
// _headers file, matched against the whole path as a host matches them (a --base build rebases the file).
// Plain JavaScript so it runs on any Node without a build step.
//
//   node scripts/serve.mjs --dir dist --port 4321 [--base /explainer/] [--no-compress]

import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize, resolve } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
};
const COMPRESSIBLE = new Set([".html", ".css", ".js", ".mjs", ".json", ".csv", ".svg", ".xml", ".txt"]);

/** Parses the Netlify/Cloudflare `_headers` format: a path pattern line, then indented "Name: value" lines. */
export function parseHeaders(text) {
  const rules = [];
  for (const line of text.split("\n")) {
    if (!line.trim() || line.trim().startsWith("#")) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else {
      const i = line.indexOf(":");
      rules.at(-1)?.headers.push([line.slice(0, i).trim(), line.slice(i + 1).trim()]);
    }
  }
  return rules;
}

function matches(pattern, path) {
  const re = new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*")}$`);
  return re.test(path);
}

export function startServer({ dir, port, base = "/", compress = true, host = "127.0.0.1" }) {
  const root = resolve(dir);
  const headersFile = join(root, "_headers");
  const rules = existsSync(headersFile) ? parseHeaders(readFileSync(headersFile, "utf8")) : [];
  const prefix = base.endsWith("/") ? base : `${base}/`;

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    let path = decodeURIComponent(url.pathname);
    if (!path.startsWith(prefix) && `${path}/` !== prefix) return send404();
    path = `/${path.slice(prefix.length)}`;
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) return send404();
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith("/")) {
        res.writeHead(301, { Location: `${url.pathname}/${url.search}` });
        return res.end();
      }
      file = join(file, "index.html");
    }
    if (!existsSync(file) || !statSync(file).isFile()) return send404();
    return sendFile(file, 200, url.pathname);

    function send404() {
      const notFound = join(root, "404.html");
      if (existsSync(notFound)) return sendFile(notFound, 404, `${prefix}404.html`);
      res.writeHead(404, { "Content-Type": "text/plain" });
      res.end("Not found");
    }

    function sendFile(f, status, sitePath) {
      const ext = extname(f);
      let body = readFileSync(f);
      const headers = { "Content-Type": TYPES[ext] ?? "application/octet-stream", "Cache-Control": "no-cache" };
      for (const rule of rules) if (matches(rule.pattern, sitePath)) for (const [k, v] of rule.headers) headers[k] = v;
      const accept = String(req.headers["accept-encoding"] ?? "");
      if (compress && COMPRESSIBLE.has(ext)) {
        headers.Vary = "Accept-Encoding";
        if (/\bbr\b/.test(accept)) {
          body = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
          headers["Content-Encoding"] = "br";
        } else if (/\bgzip\b/.test(accept)) {
          body = gzipSync(body, { level: 9 });
          headers["Content-Encoding"] = "gzip";
        }
      }
      headers["Content-Length"] = body.length;
      res.writeHead(status, headers);
      res.end(req.method === "HEAD" ? undefined : body);
    }
  });
  return new Promise((done) => server.listen(port, host, () => done(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const opt = (name, fallback) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : fallback;
  };
  const dir = opt("dir", "dist");
  const port = Number(opt("port", "4321"));
  const base = opt("base", "/");
  await startServer({ dir, port, base, compress: !args.includes("--no-compress") });
  console.log(`Serving ${dir} at http://127.0.0.1:${port}${base}`);
}
