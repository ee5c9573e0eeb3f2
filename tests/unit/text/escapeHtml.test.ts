import assert from "node:assert/strict";
import { test } from "node:test";
import { escapeHtml } from "../../../src/_build/text/escapeHtml.ts";

test("the five HTML special characters are escaped", () => {
  assert.equal(
    escapeHtml(`<a href="x">Tom & Jerry's</a>`),
    "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;",
  );
});

test("an ampersand is escaped once, so existing entities show as typed", () => {
  assert.equal(escapeHtml("&amp;"), "&amp;amp;");
});

test("plain text is left alone", () => {
  assert.equal(escapeHtml("Child A, 2024"), "Child A, 2024");
});
