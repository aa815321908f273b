// `gort serve`: the browser playground's build (web/dist, made by `npm run web`), served on
// localhost for local use. The playground needs nothing but static files; any static host serves
// the same folder (README, "The playground").
//
// Only files under the build's folder are served, and only GET and HEAD; the server listens on
// 127.0.0.1 unless --host says otherwise.

import { createServer, type Server } from "node:http";
import { existsSync, readFileSync, statSync } from "node:fs";
import { extname, join, resolve } from "node:path";
import { gortRoot } from "../host/node.js";

export const webDist = join(gortRoot, "web", "dist");

const types: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
};

/** A server of dir's files; listening once the promise resolves, on the port it gives. */
export function serveStatic(dir: string, port: number, host = "127.0.0.1"): Promise<{ server: Server; port: number }> {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { allow: "GET, HEAD" }).end();
      return;
    }
    const url = new URL(req.url ?? "/", "http://localhost");
    let path = resolve(root, "." + decodeURIComponent(url.pathname));
    if (path !== root && !path.startsWith(root + "/")) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, "index.html");
    if (!existsSync(path) || !statSync(path).isFile()) {
      res.writeHead(404, { "content-type": "text/plain" }).end("404 not found\n");
      return;
    }
    const body = readFileSync(path);
    res.writeHead(200, { "content-type": types[extname(path)] ?? "application/octet-stream", "content-length": body.length, "cache-control": "no-cache" });
    res.end(req.method === "HEAD" ? undefined : body);
  });
  return new Promise((ok, fail) => {
    server.once("error", fail);
    server.listen(port, host, () => {
      const a = server.address();
      ok({ server, port: typeof a === "object" && a !== null ? a.port : port });
    });
  });
}

/** gort serve [--port N] [--host H]: serves web/dist until interrupted. */
export async function cmdServe(argv: string[], out: (s: string) => void): Promise<number> {
  let port = 8080;
  let host = "127.0.0.1";
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i]!.replace(/^--?/, "").split("=", 2) as [string, string | undefined];
    const value = inline ?? argv[++i];
    if ((flag === "port" || flag === "host") && value !== undefined) {
      if (flag === "host") host = value;
      else if (/^\d+$/.test(value) && Number(value) <= 65535) port = Number(value);
      else return usage(out, `bad --port ${value}`);
    } else return usage(out, `unknown flag ${argv[i - (inline === undefined ? 1 : 0)] ?? flag}`);
  }
  if (!existsSync(join(webDist, "index.html"))) {
    out(`gort serve: no playground build in ${webDist}: run \`npm run web\` first\n`);
    return 1;
  }
  const s = await serveStatic(webDist, port, host);
  out(`gort: the playground is at http://${host === "0.0.0.0" ? "localhost" : host}:${s.port}/ (Ctrl-C stops it)\n`);
  return new Promise<number>(() => {});
}

function usage(out: (s: string) => void, why: string): number {
  out(`gort serve: ${why}\nusage: gort serve [--port N] [--host ADDR]\n`);
  return 2;
}
