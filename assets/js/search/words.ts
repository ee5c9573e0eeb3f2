// How search reads words, on the live site and in the offline archive alike: as Pagefind reads
// them, so the archive finds the pages the live site finds, and the live site's results can be
// checked against the words of the query (pagefindBackend.ts).
// - a word is what lies between spaces, lower-cased, without accents and without anything that
//   is not a letter or digit ("child's" is "childs", "well-being" is "wellbeing");
// - a word with punctuation or a capital inside is also indexed in its parts of two characters or
//   more ("well-being" also as "well" and "being", "TypeSerious" as "type" and "serious");
// - each is stemmed with Snowball's English stemmer, so "neglected" and "neglect" are one term;
// - each word of a query matches every term that starts with it (the word being typed, and more);
// - a query word that no indexed term starts with stands for the longest indexed term it starts
//   with ("school" for "schoolroom"), but only one of three letters or more (standIns.ts).
// See Pagefind's source, https://github.com/CloudCannon/pagefind: pagefind/src/fossick/splitting.rs
// (indexing), pagefind_web_js/lib/coupled_search.ts and pagefind_web/src/search.rs (searching).
import { stem } from "porter2";
import { NOT_LETTER_OR_DIGIT, plain, queryWords } from "./standIns.ts";

const PUNCTUATION_OR_INNER_CAPITAL = /[^\p{L}\p{N}]|.\p{Lu}/u;

// Reviews repeat their words: stemming each distinct word once makes indexing several times faster.
const stems = new Map<string, string>();
function stemOf(word: string): string {
  let stemmed = stems.get(word);
  if (stemmed === undefined) {
    stemmed = stem(word);
    stems.set(word, stemmed);
  }
  return stemmed;
}

/**
 * Spaces where a compound word's parts meet: "typeSerious", "HTMLPage", "covid19" (Pagefind's
 * convert_case boundaries).
 */
function splitAtCaseAndDigits(word: string): string {
  return word
    .replace(/(\p{Ll})(\p{Lu})/gu, "$1 $2")
    .replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, "$1 $2")
    .replace(/(\p{L})(\p{N})/gu, "$1 $2")
    .replace(/(\p{N})(\p{L})/gu, "$1 $2");
}

// Each distinct word is read once, for the same reason: excerpts read every word of a result's
// page, and at 5,000 reviews reading them afresh took about 2 ms a result.
const termsOfWord = new Map<string, string[]>();

/**
 * The terms one word of a page is indexed under: the whole word, and its parts if it is compound.
 * The array is shared between calls with the same word: it must not be changed.
 */
export function indexTerms(word: string): string[] {
  let terms = termsOfWord.get(word);
  if (!terms) {
    terms = termsOf(word);
    termsOfWord.set(word, terms);
  }
  return terms;
}

function termsOf(word: string): string[] {
  const whole = plain(word).replace(NOT_LETTER_OR_DIGIT, "");
  const terms = whole ? [stemOf(whole)] : [];
  if (!PUNCTUATION_OR_INNER_CAPITAL.test(word)) return terms;
  const parts = plain(splitAtCaseAndDigits(word)).split(/[^\p{L}\p{N}]+/u);
  for (const part of parts) {
    if (part.length > 1 && part !== whole) terms.push(stemOf(part));
  }
  return [...new Set(terms)];
}

/** The words of a text, as Pagefind splits them: between spaces. */
export function wordsOf(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

/**
 * The terms of a query, one per word: punctuation removed (so "child's" is "childs" and
 * "well-being" one word, as Pagefind reads them), lower case, no accents, stemmed.
 */
export function queryTerms(query: string): string[] {
  return queryWords(query).map(stemOf);
}
