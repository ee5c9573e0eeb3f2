import assert from "node:assert/strict";
import { test } from "node:test";
import { findUnsafeMarkup } from "../../../src/_build/content/unsafeMarkup.ts";

const found = (body: string) => findUnsafeMarkup(body).map((unsafe) => [unsafe.line, unsafe.found]);

test("a safe body gives nothing to report", () => {
  assert.deepEqual(findUnsafeMarkup("## Heading\n\nText with a [link](https://example.org/) and <abbr title=\"x\">X</abbr>.\n"), []);
});

test("a javascript: scheme with spaces and capitals inside it is still caught", () => {
  assert.deepEqual(found('<a href=" JaVa\tScript:alert(1)">x</a>'), [[1, 'href=" JaVa\tScript:alert(1)"']]);
});

test("data: and vbscript: addresses in src and Markdown autolinks are caught", () => {
  assert.deepEqual(found('<img src="data:text/html;base64,AAAA" alt="">\n\nSee <vbscript:msgbox>.'), [
    [1, 'src="data:text/html;base64,AAAA"'],
    [3, "<vbscript:"],
  ]);
});

test("an inline style attribute is reported, since the security policy would block it", () => {
  const [unsafe] = findUnsafeMarkup('Text <span style="color:red">red</span>.');
  assert.equal(unsafe?.found, 'style="color:red"');
  assert.match(unsafe?.message ?? "", /security policy/);
});

test("several unsafe things are reported in line order", () => {
  assert.deepEqual(
    found("<script>x()</script>\n\n[a](javascript:x())\n\n<iframe></iframe>\n"),
    [
      [1, "<script>"],
      [3, "](javascript:"],
      [5, "<iframe>"],
    ],
  );
});

test(
  "inline HTML on the second line of a paragraph is reported at that line",
  () => {
    assert.deepEqual(found('First line of a paragraph\nsecond line <a onclick="x()">y</a>'), [[2, 'onclick="x()"']]);
  },
);

test("HTML on an indented line is checked, since the site renders indented lines as text, not code", () => {
  assert.deepEqual(found("Background.\n\n    <script>alert(1)</script>\n"), [[3, "<script>"]]);
});
