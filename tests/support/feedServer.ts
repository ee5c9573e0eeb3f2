import { readFile } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** What the server answers at one address. */
export type FeedRoute = (request: IncomingMessage, response: ServerResponse) => void | Promise<void>;

/**
 * A feed built by the kit, served as a partnership's site serves it; `extraItems` (a JSON list)
 * are added to its items.
 */
export function builtFeed(file: string, extraItems?: string): FeedRoute {
  return async (_request, response) => {
    const feed = JSON.parse(await readFile(file, "utf8"));
    if (extraItems) feed.items.push(...JSON.parse(await readFile(extraItems, "utf8")));
    response.writeHead(200, { "content-type": "application/feed+json" }).end(JSON.stringify(feed));
  };
}

/** A site that is down: it answers 503 every time. */
export const unavailable: FeedRoute = (_request, response) => {
  response.writeHead(503, { "content-type": "text/plain" }).end("Service Unavailable");
};

/** A moved feed: a permanent redirect to `location`. */
export function movedTo(location: string): FeedRoute {
  return (_request, response) => {
    response.writeHead(301, { location }).end();
  };
}

/**
 * Serves partnerships' feeds on 127.0.0.1 for the national index's tests and benchmark: each
 * address answers as its route says; any other is 404. Counts the requests each address had.
 */
export async function startFeedServer(
  routes: Readonly<Record<string, FeedRoute>>,
  port = 0,
): Promise<{ url: string; requests: Map<string, number>; close(): Promise<void> }> {
  const requests = new Map<string, number>();
  const server = createServer(async (request, response) => {
    const address = new URL(request.url ?? "/", "http://127.0.0.1").pathname;
    requests.set(address, (requests.get(address) ?? 0) + 1);
    const route = routes[address];
    if (!route) {
      response.writeHead(404, { "content-type": "text/plain" }).end("Not found");
      return;
    }
    try {
      await route(request, response);
    } catch (error) {
      response.writeHead(500, { "content-type": "text/plain" }).end(String(error));
    }
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actual}`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
