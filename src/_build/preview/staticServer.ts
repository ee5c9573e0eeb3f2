import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { createGzip } from "node:zlib";
import { headersFor, readHeaderRules } from "./netlifyHeaders.ts";

const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".pdf": "application/pdf",
  ".yml": "text/yaml; charset=utf-8",
  ".wasm": "application/wasm",
  ".pagefind": "application/octet-stream",
  ".pf_meta": "application/octet-stream",
  ".pf_index": "application/octet-stream",
  ".pf_fragment": "application/octet-stream",
  ".pf_filter": "application/octet-stream",
};

async function fileFor(root: string, urlPath: string): Promise<string | undefined> {
  const decoded = decodeURIComponent(urlPath);
  const candidate = path.join(root, decoded);
  if (!candidate.startsWith(root)) return undefined;
  try {
    const info = await stat(candidate);
    if (info.isFile()) return candidate;
    if (info.isDirectory()) {
      const index = path.join(candidate, "index.html");
      if ((await stat(index)).isFile()) return index;
    }
  } catch {
    return undefined;
  }
  return undefined;
}

/**
 * Serves a built site as Netlify would for the tests: the headers from netlify.toml on every
 * response, folders served by their index.html, and /404.html with status 404 for anything missing.
 */
export async function startStaticServer(
  root: string,
  port = 0,
  {
    adjustHeaders,
  }: { adjustHeaders?: (headers: Record<string, string>, urlPath: string) => Record<string, string> } = {},
): Promise<{ url: string; close(): Promise<void>; server: Server }> {
  const rules = await readHeaderRules();
  const siteRoot = path.resolve(root);
  const server = createServer(async (request, response) => {
    const urlPath = new URL(request.url ?? "/", "http://localhost").pathname;
    const headers = headersFor(rules, urlPath);
    for (const [name, value] of Object.entries(adjustHeaders ? adjustHeaders(headers, urlPath) : headers))
      response.setHeader(name, value);
    // Netlify redirects /folder to /folder/ when the folder has an index.html.
    if (!urlPath.endsWith("/") && !path.extname(urlPath) && (await fileFor(siteRoot, `${urlPath}/`))) {
      response.writeHead(301, { Location: `${urlPath}/` }).end();
      return;
    }
    const file = await fileFor(siteRoot, urlPath);
    const served = file ?? (await fileFor(siteRoot, "/404.html"));
    if (!served) {
      response.writeHead(404, { "Content-Type": "text/plain" }).end("Not found");
      return;
    }
    const type = TYPES[path.extname(served)] ?? "application/octet-stream";
    // Netlify compresses text for browsers that accept it; so does this server, so sizes measured here are real.
    const compress =
      /^(text\/|application\/(json|xml|javascript)|image\/svg)/.test(type) &&
      /\bgzip\b/.test(String(request.headers["accept-encoding"] ?? ""));
    response.writeHead(file ? 200 : 404, {
      "Content-Type": type,
      Vary: "Accept-Encoding",
      ...(compress ? { "Content-Encoding": "gzip" } : {}),
    });
    if (request.method === "HEAD") {
      response.end();
      return;
    }
    const stream = createReadStream(served);
    if (compress) stream.pipe(createGzip()).pipe(response);
    else stream.pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const { port: actualPort } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actualPort}`,
    server,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
