import { readFile } from "node:fs/promises";
import path from "node:path";
import { DomUtils, parseDocument } from "htmlparser2";
import type { ChildNode, Element } from "domhandler";
import MiniSearch from "minisearch";
import { ENGINE_OPTIONS, type OfflineField } from "../../../assets/js/search/offlineEngine.ts";
import {
  OFFLINE_INDEX_GLOBAL,
  OFFLINE_SEARCH_FILES,
  OFFLINE_TERMS_GLOBAL,
  OFFLINE_TEXT_GLOBAL,
  termFileKey,
  type OfflineIndex,
  type OfflineRecord,
  type OfflineTerms,
} from "./offlineIndexFormat.ts";

// The page's text is read as Pagefind reads it (pagefind/src/fossick/parser.rs), so the same
// words are found: these elements are left out, these end a sentence, and inline elements join
// their text to the words around them, as they do on screen.
const LEFT_OUT = new Set([
  "head",
  "style",
  "script",
  "noscript",
  "label",
  "form",
  "svg",
  "footer",
  "nav",
  "iframe",
  "template",
]);
const SENTENCES = new Set(["h1", "h2", "h3", "h4", "h5", "h6", "p", "td", "div", "ul", "li", "article", "section"]);
/** A sentence ending in one of these gets a full stop, so an excerpt reads as sentences. */
const ENDS_A_WORD = /[\p{L}\p{N}_'")$*]$/u;

/** Pages per text file: the search page loads a file only when a result on it is shown. */
export const PAGES_PER_TEXT_FILE = 50;

function isElement(node: ChildNode): node is Element {
  return node.type === "tag" || node.type === "script" || node.type === "style";
}

/** The words of a node as Pagefind indexes them: without scripts, ignored parts, navigation and the like. */
function indexableText(nodes: readonly ChildNode[]): string {
  const textOf = (node: ChildNode): string => {
    if (node.type === "text") return node.data;
    if (!isElement(node) || LEFT_OUT.has(node.name) || "data-pagefind-ignore" in node.attribs) return "";
    if (node.name === "br") return " ";
    const inner = node.children.map(textOf).join("");
    return SENTENCES.has(node.name) ? ` ${inner}${ENDS_A_WORD.test(inner) ? "." : ""} ` : inner;
  };
  return nodes.map(textOf).join("").replace(/\s+/g, " ").trim();
}

/** Reads `name[attribute]` (take the attribute) or `name` (take the text), as Pagefind does. */
function readSetting(setting: string, element: Element): { name: string; value: string } {
  const match = /^([^[]+)(?:\[([^\]]+)\])?$/.exec(setting.trim());
  const name = match?.[1]?.trim() ?? setting;
  const attribute = match?.[2];
  return {
    name,
    value: attribute ? (element.attribs[attribute] ?? "") : DomUtils.textContent(element).replace(/\s+/g, " ").trim(),
  };
}

/** The search record for one built page, or undefined for pages kept out of search (no data-pagefind-body). */
export function extractRecord(html: string, url: string): OfflineRecord | undefined {
  const document = parseDocument(html);
  const body = DomUtils.findOne((element) => "data-pagefind-body" in element.attribs, document.children);
  if (!body) return undefined;
  const record: OfflineRecord = { url, title: "", text: indexableText(body.children), meta: {}, filters: {} };
  for (const element of DomUtils.findAll((candidate) => "data-pagefind-filter" in candidate.attribs, body.children)) {
    const { name, value } = readSetting(element.attribs["data-pagefind-filter"] ?? "", element);
    if (value) record.filters[name] = [...(record.filters[name] ?? []), value];
  }
  for (const element of DomUtils.findAll((candidate) => "data-pagefind-meta" in candidate.attribs, body.children)) {
    for (const setting of (element.attribs["data-pagefind-meta"] ?? "").split(",")) {
      const { name, value } = readSetting(setting, element);
      if (value) record.meta[name] = value;
    }
  }
  const heading = DomUtils.findOne((element) => element.name === "h1", body.children);
  record.title = heading ? DomUtils.textContent(heading).replace(/\s+/g, " ").trim() : url;
  return record;
}

/** Reads the search records of a built site's pages. */
export async function readRecords(siteDir: string, htmlFiles: readonly string[]): Promise<OfflineRecord[]> {
  const records: OfflineRecord[] = [];
  for (const file of htmlFiles) {
    const record = extractRecord(await readFile(path.join(siteDir, file), "utf8"), file);
    if (record) records.push(record);
  }
  return records;
}

/**
 * A script that sets a global to a value: file:// pages cannot fetch JSON, but they can run a
 * script. The value is JSON in a string, given to JSON.parse: browsers read JSON several times
 * faster than the same data written as JavaScript (on 5,000 reviews the index took over a second
 * as an object literal). In single quotes, only backslashes and single quotes need escaping.
 */
function assignScript(target: string, value: unknown): string {
  const literal = JSON.stringify(value).replace(/\\/g, "\\\\").replace(/'/g, "\\'");
  return `${target}=JSON.parse('${literal}');\n`;
}

/**
 * The offline search's files, by path: the index (MiniSearch's, with what results show of each
 * page) and the pages' texts, a file for every PAGES_PER_TEXT_FILE pages, for excerpts.
 */
export function offlineSearchFiles(records: readonly OfflineRecord[]): Map<string, string> {
  const engine = new MiniSearch(ENGINE_OPTIONS);
  engine.addAll(
    records.map((record, id) => {
      const { summary = "", title: _metaTitle, ...otherMeta } = record.meta;
      const fields: Record<OfflineField, string> = {
        title: record.title,
        summary,
        meta: Object.values(otherMeta).join(" "),
        text: record.text,
      };
      return { id, ...fields };
    }),
  );
  const { index: terms, ...shared } = engine.toJSON();
  const termFiles = new Map<string, OfflineTerms>();
  for (const entry of terms) {
    const key = termFileKey(entry[0]);
    const entries = termFiles.get(key) ?? [];
    entries.push(entry);
    termFiles.set(key, entries);
  }
  const index: OfflineIndex = {
    engine: shared,
    termFiles: [...termFiles.keys()].sort(),
    pages: records.map(({ text: _text, ...page }) => page),
    pagesPerTextFile: PAGES_PER_TEXT_FILE,
  };
  const files = new Map<string, string>([
    [OFFLINE_SEARCH_FILES.index, assignScript(`window.${OFFLINE_INDEX_GLOBAL}`, index)],
  ]);
  for (const [key, entries] of termFiles) {
    const target = `(window.${OFFLINE_TERMS_GLOBAL}=window.${OFFLINE_TERMS_GLOBAL}||{})[${JSON.stringify(key)}]`;
    files.set(OFFLINE_SEARCH_FILES.terms(key), assignScript(target, entries));
  }
  for (let file = 0; file * PAGES_PER_TEXT_FILE < records.length; file++) {
    const texts = records
      .slice(file * PAGES_PER_TEXT_FILE, (file + 1) * PAGES_PER_TEXT_FILE)
      .map((record) => record.text);
    const target = `(window.${OFFLINE_TEXT_GLOBAL}=window.${OFFLINE_TEXT_GLOBAL}||{})[${file}]`;
    files.set(OFFLINE_SEARCH_FILES.text(file), assignScript(target, texts));
  }
  return files;
}
