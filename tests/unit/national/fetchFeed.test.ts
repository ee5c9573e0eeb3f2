import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { DEFAULT_FETCH_RULES, fetchFeed, type FetchRules } from "../../../src/_build/national/fetchFeed.ts";
import { movedTo, startFeedServer, unavailable, type FeedRoute } from "../../support/feedServer.ts";

const FEED = JSON.stringify({ version: "https://jsonfeed.org/version/1.1", items: [] });
const ok: FeedRoute = (_request, response) =>
  void response.writeHead(200, { "content-type": "application/feed+json" }).end(FEED);
let failuresLeft = 0;
const routes: Record<string, FeedRoute> = {
  "/feed.json": ok,
  "/down-once.json": (request, response) =>
    failuresLeft-- > 0 ? unavailable(request, response) : ok(request, response),
  "/down.json": unavailable,
  "/moved.json": movedTo("/feed.json"),
  "/loop.json": movedTo("/loop.json"),
  // Never answers: the fetch must give up by itself.
  "/silent.json": () => undefined,
  "/large.json": (_request, response) =>
    void response.writeHead(200, { "content-length": String(4096) }).end("x".repeat(4096)),
  // No length given: the body is cut off as soon as it passes the limit.
  "/streamed.json": (_request, response) => {
    response.writeHead(200, { "content-type": "application/json" });
    for (let chunk = 0; chunk < 8; chunk++) response.write("x".repeat(1024));
    response.end();
  },
};

let server: Awaited<ReturnType<typeof startFeedServer>>;
let rules: FetchRules;
before(async () => {
  server = await startFeedServer(routes);
  rules = {
    ...DEFAULT_FETCH_RULES,
    host: new URL(server.url).host,
    allowLoopback: true,
    timeoutMs: 300,
    maxBytes: 2048,
  };
});
after(() => server.close());

test("a feed that answers is read, in one try", async () => {
  assert.deepEqual(await fetchFeed(`${server.url}/feed.json`, rules), {
    ok: true,
    text: FEED,
    url: `${server.url}/feed.json`,
    tries: 1,
  });
});

test("a server failing once (503) is retried and read; one that keeps failing is given up, saying why", async () => {
  failuresLeft = 1;
  const again = await fetchFeed(`${server.url}/down-once.json`, rules);
  assert.equal(again.ok && again.tries, 2);
  assert.deepEqual(await fetchFeed(`${server.url}/down.json`, rules), {
    ok: false,
    reason: "the server answered 503 Service Unavailable",
    tries: 2,
  });
});

test("a missing feed (404) is not tried again", async () => {
  assert.deepEqual(await fetchFeed(`${server.url}/nothing-here.json`, rules), {
    ok: false,
    reason: "the server answered 404 Not Found",
    tries: 1,
  });
});

test("a server that never answers is given up after the timeout, twice", async () => {
  assert.deepEqual(await fetchFeed(`${server.url}/silent.json`, rules), {
    ok: false,
    reason: "no answer within 0.3 seconds",
    tries: 2,
  });
});

test("a redirect within the partnership's host is followed; to another host, or in a loop, it is not", async () => {
  const moved = await fetchFeed(`${server.url}/moved.json`, rules);
  assert.equal(moved.ok && moved.url, `${server.url}/feed.json`);
  // localhost is another host than 127.0.0.1, as far as the partnership's host is concerned.
  const elsewhere = await fetchFeed(`${server.url}/moved.json`, {
    ...rules,
    host: `localhost:${new URL(server.url).port}`,
  });
  assert.deepEqual(elsewhere, {
    ok: false,
    reason:
      `it redirects to another host (${new URL(server.url).host}), ` +
      `and only redirects within localhost:${new URL(server.url).port} are followed`,
    tries: 1,
  });
  assert.deepEqual(await fetchFeed(`${server.url}/loop.json`, rules), {
    ok: false,
    reason: "it redirected more than 5 times",
    tries: 1,
  });
});

test("a feed over the size limit is refused, whether it says its size or not", async () => {
  for (const address of ["/large.json", "/streamed.json"]) {
    assert.deepEqual(
      await fetchFeed(`${server.url}${address}`, rules),
      { ok: false, reason: "the feed is larger than the limit of 2 KB", tries: 1 },
      address,
    );
  }
});

test("a site that cannot be reached at all is tried twice, and the reason says so", async () => {
  const closed = await startFeedServer({});
  const address = `${closed.url}/feed.json`;
  await closed.close();
  const result = await fetchFeed(address, { ...rules, host: new URL(address).host });
  assert.equal(result.ok, false);
  assert.match(!result.ok ? result.reason : "", /^it could not be reached \(ECONNREFUSED\)$/);
  assert.equal(result.tries, 2);
});
