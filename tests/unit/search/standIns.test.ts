// The live site's search keeps a page Pagefind found through a stand-in for a query word only when
// the stand-in is three letters or more (assets/js/search/standIns.ts).
import assert from "node:assert/strict";
import { test } from "node:test";
import { foundThroughEveryWord, queryWords } from "../../../assets/js/search/standIns.ts";

test("a page whose matched words start as each query word does was found through every word", () => {
  assert.equal(foundThroughEveryWord("neglected", ["neglect"]), true);
  assert.equal(foundThroughEveryWord("negl babies", ["babies", "Neglected,"]), true);
  assert.equal(foundThroughEveryWord("baby", ["babies"]), true);
  assert.equal(foundThroughEveryWord("stab", ["stable"]), true);
});

test("a page found only through a letter or two of a query word was not", () => {
  // Pagefind's stand-ins on the live site: the "H" of "Control and H", the "D" of "Child D".
  assert.equal(foundThroughEveryWord("hanging", ["H."]), false);
  assert.equal(foundThroughEveryWord("drowning", ["D"]), false);
  assert.equal(foundThroughEveryWord("child drowning", ["Child", "D.", "child"]), false);
  assert.equal(foundThroughEveryWord("stabbing", ["St"]), false);
});

test("a stand-in of three letters or more is kept, and short query words are left to Pagefind", () => {
  assert.equal(foundThroughEveryWord("schoolroom", ["school"]), true);
  assert.equal(foundThroughEveryWord("dr a", ["D"]), true);
  // A match in a compound word ("well-being" for "being") is not judged.
  assert.equal(foundThroughEveryWord("being", ["well-being"]), true);
});

test("query words are read as Pagefind reads them: no punctuation, accents or capitals", () => {
  assert.deepEqual(queryWords("Child's  well-being, Café"), ["childs", "wellbeing", "cafe"]);
});
