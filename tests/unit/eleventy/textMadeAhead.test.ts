import assert from "node:assert/strict";
import { test } from "node:test";
import type { Review } from "../../../src/_build/content/reviews.ts";
import { createMarkdown } from "../../../src/_build/markdown/createMarkdown.ts";
import { checkForTextMadeAheadWith, keepTextMadeAhead, textMadeAhead } from "../../../src/_build/eleventy/textMadeAhead.ts";

const review = (body: string) => ({ body }) as Review;

test("a review's text made ahead is found by its Markdown once it arrives, and only then", () => {
  const bodies = ["## Background\n\nNeglect was not seen.", "## Findings\n\nAgencies did not share what they knew."];
  const markdown = createMarkdown();
  let checks = 0;
  checkForTextMadeAheadWith(() => {
    checks += 1;
    // The HTML arrives on the second check, as a message would while pages are rendered.
    if (checks === 2) keepTextMadeAhead(bodies.map(review), bodies.map((body) => markdown.render(body)));
  });
  assert.equal(textMadeAhead(bodies[0] ?? ""), undefined, "not arrived yet: the page renders it itself");
  assert.equal(textMadeAhead(bodies[1] ?? ""), '<h2 id="findings">Findings</h2>\n<p>Agencies did not share what they knew.</p>\n');
  assert.equal(textMadeAhead(bodies[0] ?? ""), '<h2 id="background">Background</h2>\n<p>Neglect was not seen.</p>\n');
  assert.equal(textMadeAhead("Text no review has."), undefined);
  assert.equal(checks, 2, "once it has arrived, nothing more is checked");
});

test("the text made ahead is what Eleventy renders: indented lines stay text, not code", () => {
  const body = "## Findings\n\n    An indented line, as an editor might type it.\n\nSee [the report](https://example.org/report).";
  const madeAhead = createMarkdown();
  // What Eleventy does to the Markdown library it is given (its Engines/Markdown.js).
  const eleventys = createMarkdown().disable("code");
  assert.equal(madeAhead.render(body), eleventys.render(body));
  assert.match(madeAhead.render(body), /<p>An indented line, as an editor might type it\.<\/p>/);
  assert.doesNotMatch(madeAhead.render(body), /<pre>|<code>/);
});
