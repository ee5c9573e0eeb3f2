// Where no indexed term starts with a query word, Pagefind searches for the longest indexed term
// the word starts with, however short (pagefind_web/src/search.rs, find_word_extensions): on the
// live site "hanging" found the page with "Control and H" on it, and "drowning" the review of
// "Child D". A stand-in long enough to mean something ("school" for "schoolroom") is kept, in
// both searches; one of a letter or two means nothing, and finds nothing. This module has no
// stemmer, so the live site's search page carries none: it judges by the words Pagefind matched.

/** The shortest indexed term that may stand for a query word no indexed term starts with. */
export const SHORTEST_STAND_IN = 3;

/** Anything that is not a letter or a digit, in any script. */
export const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]/gu;

/** Lower case without accents: "Café" is "cafe". */
export function plain(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/**
 * The words of a query as Pagefind reads them, before stemming: punctuation removed (so "child's"
 * is "childs" and "well-being" one word), lower case, no accents, only letters and digits.
 */
export function queryWords(query: string): string[] {
  return plain(query.replace(/\p{P}/gu, ""))
    .split(/\s+/)
    .map((word) => word.replace(NOT_LETTER_OR_DIGIT, ""))
    .filter(Boolean);
}

/**
 * False when Pagefind found a page only through a stand-in of a letter or two for one of the
 * query's words. `matched` are the words of the page Pagefind matched (at its result's locations).
 * Every page found has the same stand-in, so the first result tells for all. A query word counts
 * as found when a matched word begins with its first three letters (as every word that starts
 * with its stem does); it is found only through a stand-in when the matched words it starts with
 * are all shorter than that. Anything else is left to Pagefind.
 */
export function foundThroughEveryWord(query: string, matched: readonly string[]): boolean {
  const words = matched.map((word) => plain(word).replace(NOT_LETTER_OR_DIGIT, ""));
  return queryWords(query)
    .filter((word) => word.length >= SHORTEST_STAND_IN)
    .every((word) => {
      const start = word.slice(0, SHORTEST_STAND_IN);
      if (words.some((found) => found.startsWith(start))) return true;
      return !words.some((found) => found.length > 0 && found.length < SHORTEST_STAND_IN && word.startsWith(found));
    });
}
