// The security headers netlify.toml sends: the public pages' are exactly as they were before the
// editors' form existed, and only /admin/ relaxes its policy, each relaxation explained.
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import { allowLocalBackend } from "../../../src/_build/cms/localEditing.ts";
import { headersFor, readHeaderRules } from "../../../src/_build/preview/netlifyHeaders.ts";
import { projectRoot } from "../../../src/_build/projectPaths.ts";

const PUBLIC_POLICY =
  "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self'; " +
  "connect-src 'self'; worker-src 'self'; manifest-src 'self'; base-uri 'none'; form-action 'self'; " +
  "frame-ancestors 'none'";

const PUBLIC_HEADERS = {
  "Content-Security-Policy": PUBLIC_POLICY,
  "Strict-Transport-Security": "max-age=63072000; includeSubDomains",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()",
  "Cross-Origin-Opener-Policy": "same-origin",
  "X-Frame-Options": "DENY",
};

const rules = await readHeaderRules();
const directives = (policy: string) =>
  new Map(
    policy
      .split(";")
      .map((part) => part.trim().split(/\s+/))
      .map(([name, ...sources]) => [name ?? "", sources]),
  );

test("the public pages' security headers are unchanged, on pages, feeds, documents and bundles", () => {
  for (const urlPath of [
    "/",
    "/reviews/",
    "/reviews/child-a/",
    "/search/",
    "/feed.json",
    "/assets/documents/a.pdf",
    "/assets/dist/site-css-X.css",
    "/administration/",
  ]) {
    const headers = headersFor(rules, urlPath);
    for (const [name, value] of Object.entries(PUBLIC_HEADERS))
      assert.equal(headers[name], value, `${urlPath}: ${name}`);
    assert.equal(headers["X-Robots-Tag"], undefined, `${urlPath} may be indexed`);
  }
});

test("/admin/ keeps every other security header, frame-ancestors 'none' and HSTS included, and is noindex", () => {
  for (const urlPath of ["/admin/", "/admin/config.yml", "/admin/decap/decap-cms.js"]) {
    const headers = headersFor(rules, urlPath);
    for (const name of [
      "Strict-Transport-Security",
      "X-Content-Type-Options",
      "Referrer-Policy",
      "Permissions-Policy",
      "X-Frame-Options",
    ]) {
      assert.equal(headers[name], PUBLIC_HEADERS[name as keyof typeof PUBLIC_HEADERS], `${urlPath}: ${name}`);
    }
    assert.equal(headers["X-Robots-Tag"], "noindex, nofollow");
    const policy = directives(headers["Content-Security-Policy"] ?? "");
    assert.deepEqual(policy.get("frame-ancestors"), ["'none'"]);
    assert.deepEqual(policy.get("default-src"), ["'none'"]);
    assert.deepEqual(policy.get("base-uri"), ["'none'"]);
    assert.ok(!policy.get("script-src")?.includes("'unsafe-inline'"), "no inline scripts, even here");
  }
});

test("each source /admin/'s policy adds to the public one is explained in netlify.toml", async () => {
  const toml = await readFile(path.join(projectRoot, "netlify.toml"), "utf8");
  const comments = toml
    .split("\n")
    .filter((line) => line.trim().startsWith("#"))
    .join("\n");
  const publicPolicy = directives(PUBLIC_POLICY);
  const adminPolicy = directives(headersFor(rules, "/admin/")["Content-Security-Policy"] ?? "");
  const added: string[] = [];
  for (const [name, sources] of adminPolicy) {
    for (const source of sources)
      if (!(publicPolicy.get(name) ?? publicPolicy.get("default-src") ?? []).includes(source))
        added.push(`${name} ${source}`);
  }
  assert.ok(added.includes("script-src 'unsafe-eval'"), "Decap needs eval (its Ajv schema)");
  for (const relaxed of added) {
    const [name, source] = relaxed.split(" ") as [string, string];
    assert.ok(comments.includes(name) && comments.includes(source), `netlify.toml's comments explain ${relaxed}`);
  }
});

test("npm run edit lets only the form reach its local server", () => {
  const origin = "http://127.0.0.1:8081";
  const admin = allowLocalBackend(headersFor(rules, "/admin/"), "/admin/", origin);
  assert.match(admin["Content-Security-Policy"] ?? "", /connect-src 'self' [^;]*http:\/\/127\.0\.0\.1:8081/);
  assert.deepEqual(allowLocalBackend(headersFor(rules, "/"), "/", origin), headersFor(rules, "/"));
});
