import assert from "node:assert/strict";
import { test } from "node:test";
import { findInvisibleCharacters, findUnsafeMarkup, readBodyMarkup } from "../../../src/_build/content/unsafeMarkup.ts";

const found = (body: string) => findUnsafeMarkup(body).map((unsafe) => [unsafe.line, unsafe.found]);

test("a safe body gives nothing to report", () => {
  assert.deepEqual(
    findUnsafeMarkup('## Heading\n\nText with a [link](https://example.org/) and <abbr title="x">X</abbr>.\n'),
    [],
  );
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
  assert.deepEqual(found("<script>x()</script>\n\n[a](javascript:x())\n\n<iframe></iframe>\n"), [
    [1, "<script>"],
    [3, "](javascript:"],
    [5, "<iframe>"],
  ]);
});

test("inline HTML on the second line of a paragraph is reported at that line", () => {
  assert.deepEqual(found('First line of a paragraph\nsecond line <a onclick="x()">y</a>'), [[2, 'onclick="x()"']]);
});

test("HTML on an indented line is checked, since the site renders indented lines as text, not code", () => {
  assert.deepEqual(found("Background.\n\n    <script>alert(1)</script>\n"), [[3, "<script>"]]);
});

// What a review publishes must be what its page shows, and nothing may load from another site.
const only = (body: string) => {
  const unsafe = findUnsafeMarkup(body);
  assert.equal(unsafe.length, 1, `expected exactly one problem, got ${JSON.stringify(unsafe)}`);
  return unsafe[0] as { line: number; found: string; message: string };
};

test("an HTML comment, a private note the page never shows, is reported with its words and line", () => {
  const block = only("Background.\n\n<!-- Check the mother's name is removed before publishing -->\n\nMore.");
  assert.equal(block.line, 3);
  assert.match(block.found, /^<!-- Check the mother's name/);
  assert.match(block.message, /published in the page's source, where anyone can read it\. Delete it/);
  const inline = only("Agencies met twice <!-- third meeting not minuted --> that year.");
  assert.equal(inline.found, "<!-- third meeting not minuted -->");
});

test("a comment on the third line of an HTML block is reported at that line", () => {
  assert.equal(only("<div>\n<p>Text</p>\n<!-- note -->\n</div>").line, 3);
});

test("text hidden with the hidden attribute is reported", () => {
  const hidden = only("<p hidden>Name of the school: Example Primary</p>");
  assert.equal(hidden.found, 'hidden=""');
  assert.match(hidden.message, /The hidden attribute keeps its text off the page, but the text is still published/);
});

test("elements that hold text the page never shows (template, form fields) are reported", () => {
  assert.match(
    only("<template>Unredacted: the family's address</template>").message,
    /<template> keeps its text off the page/,
  );
  assert.equal(only('<input type="hidden" value="case number 12345">').found, "<input>");
});

test("data- attributes, published but never shown, are reported", () => {
  const data = only('<span data-note="caseworker: J. Smith">Agencies</span> met.');
  assert.equal(data.found, 'data-note="caseworker: J. Smith"');
  assert.match(data.message, /published in the page's source but never shown/);
});

test("attributes outside the short allowed list are reported, naming the attribute and the element", () => {
  assert.match(
    only('<span class="visually-hidden">Only screen readers hear this</span>').message,
    /The attribute class is not allowed on <span>/,
  );
  assert.match(
    only('<a href="https://example.org/" target="_blank">Report</a>').message,
    /The attribute target is not allowed on <a>/,
  );
  assert.match(only('<a href="/reviews/" ping="https://tracker.example/">Reviews</a>').message, /not allowed on <a>/);
});

test("elements outside the allowed list are reported once, not again for their attributes", () => {
  const video = only('<video src="https://example.org/film.mp4" poster="https://example.org/p.png"></video>');
  assert.equal(video.found, "<video>");
  assert.match(video.message, /<video> is not allowed in a review\. Use Markdown/);
});

test("a Markdown image from another website is reported, saying to store it under assets/", () => {
  const image = only("Text.\n\n![A chart of referrals](https://example.org/chart.png)\n");
  assert.equal(image.line, 3);
  assert.equal(image.found, "![A chart of referrals](https://example.org/chart.png)");
  assert.match(image.message, /ask another website for https:\/\/example\.org\/chart\.png/);
  assert.match(image.message, /Save the image under assets\/images\/ and show it from there/);
});

test("other ways of showing an image from another site are reported: address with no scheme, reference, HTML", () => {
  assert.match(only("![Chart](//example.org/chart.png)").message, /another website/);
  assert.match(only("![Chart][chart]\n\n[chart]: http://example.org/chart.png").message, /another website/);
  assert.match(
    only('<img src="https://example.org/chart.png" alt="Chart">').found,
    /^<img src="https:\/\/example\.org\/chart\.png">$/,
  );
  assert.match(
    only('<img src="/assets/images/chart.png" srcset="https://example.org/big.png 2x" alt="Chart">').message,
    /The attribute srcset is not allowed on <img>/,
  );
});

test("an image not stored under assets/images/ is reported with the address to use", () => {
  assert.match(only("![Chart](chart.png)").message, /stored on this site, under assets\/images\//);
  assert.match(
    only("![Chart](/reviews/child-a/chart.png)").message,
    /shown with an address that starts with \/assets\/images\//,
  );
});

test("images stored under assets/ are accepted and named, so the build can check they exist", () => {
  const markup = readBodyMarkup(
    'Text.\n\n![A chart](/assets/images/referrals%202019.png)\n\n<img src="/assets/images/b.png" alt="B">\n',
  );
  assert.deepEqual(markup.unsafe, []);
  assert.deepEqual(markup.images, [
    { line: 3, file: "assets/images/referrals 2019.png" },
    { line: 5, file: "assets/images/b.png" },
  ]);
});

test("invisible characters are reported at their line with their name, written or as an entity", () => {
  const found = findInvisibleCharacters(
    "title: Child\u200b A\nsummary: Text\n\nBody &#x200B; text\nHidden \u{e0041}\u{e0042}\n",
  );
  assert.deepEqual(
    found.map((invisible) => [invisible.line, invisible.found]),
    [
      [1, "U+200B, zero width space"],
      [4, "U+200B, zero width space"],
      [5, "U+E0041, tag character"],
      [5, "U+E0042, tag character"],
    ],
  );
  assert.match(found[0]?.message ?? "", /does not show on the page but is published with it/);
  assert.deepEqual(
    findInvisibleCharacters("\ufeff---\ntitle: A byte order mark at the start is how some editors save\r\n"),
    [],
  ); // Found alone in a file: an entity with no invisible character written, and one written with no entity.
  assert.deepEqual(
    findInvisibleCharacters("title: A\n\nTom &amp; Jerry &#8203;\n").map((invisible) => invisible.line),
    [3],
  );
  assert.deepEqual(
    findInvisibleCharacters("\ufeff---\ntitle: A\n\nA\u2060B\n").map((invisible) => invisible.line),
    [4],
  );
});

test("the HTML a review may use (tables, figures, abbreviations, details) is accepted", () => {
  const body = [
    '<table><caption>Referrals</caption><thead><tr><th scope="col">Year</th><th colspan="2">Count</th></tr></thead>',
    '<tbody><tr><td>2019</td><td colspan="2">12</td></tr></tbody></table>',
    "",
    '<figure><img src="/assets/images/chart.png" alt="Referrals by year"><figcaption>Referrals</figcaption></figure>',
    "",
    '<details><summary>Terms used</summary><p><abbr title="Serious case review">SCR</abbr>, ' +
      '<time datetime="2019-03">March 2019</time>.</p></details>',
  ].join("\n");
  assert.deepEqual(findUnsafeMarkup(body), []);
});
