// How the offline archive's search turns text into terms, shared by the build (which writes the
// index) and the browser (which searches it), so both read words the same way. Words are read as
// Pagefind reads them, so the archive finds the pages the live site finds:
// - a word is what lies between spaces, lower-cased, without accents and without anything that
//   is not a letter or digit ("child's" is "childs", "well-being" is "wellbeing");
// - a word with punctuation or a capital inside is also indexed in its parts of two characters or
//   more ("well-being" also as "well" and "being", "TypeSerious" as "type" and "serious");
// - each is stemmed with Snowball's English stemmer, so "neglected" and "neglect" are one term;
// - each word of a query matches every term that starts with it (the word being typed, and more).
// See Pagefind's source, https://github.com/CloudCannon/pagefind: pagefind/src/fossick/splitting.rs
// (indexing), pagefind_web_js/lib/coupled_search.ts and pagefind_web/src/search.rs (searching).
import type { Options, SearchOptions } from "minisearch";
import { stem } from "porter2";

/** The fields of a page the index holds. */
export const OFFLINE_FIELDS = ["title", "summary", "meta", "text"] as const;
export type OfflineField = (typeof OFFLINE_FIELDS)[number];

/**
 * Matches in the title count most, then the summary: a page about the words comes before a page
 * that mentions them. ("meta" holds the review type and date, which Pagefind also searches.)
 */
const BOOST: Readonly<Record<OfflineField, number>> = { title: 6, summary: 3, meta: 1, text: 1 };

const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]/gu;
const PUNCTUATION_OR_INNER_CAPITAL = /[^\p{L}\p{N}]|.\p{Lu}/u;

/** Lower case without accents: "Café" is "cafe". */
function plain(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

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
  return plain(query.replace(/\p{P}/gu, ""))
    .split(/\s+/)
    .map((word) => word.replace(NOT_LETTER_OR_DIGIT, ""))
    .filter(Boolean)
    .map(stemOf);
}

/** The index's options: the build and the browser must use the same. */
export const ENGINE_OPTIONS: Options = {
  fields: [...OFFLINE_FIELDS],
  idField: "id",
  tokenize: wordsOf,
  processTerm: indexTerms,
  searchOptions: {
    boost: { ...BOOST },
    // Query terms arrive stemmed (queryTerms), each as a query of its own.
    tokenize: (term) => [term],
    processTerm: (term) => term,
  },
};

/** How one stemmed query word is searched: as the start of terms, or (see below) as one whole term. */
export interface TermQuery {
  term: string;
  prefix: boolean;
}

/** Every word must match (as Pagefind: a page must have them all). */
export function allTermsQuery(terms: readonly TermQuery[]): {
  combineWith: "AND";
  queries: (SearchOptions & { queries: string[] })[];
} {
  return { combineWith: "AND", queries: terms.map(({ term, prefix }) => ({ queries: [term], prefix })) };
}
