import { readFile } from "node:fs/promises";
import path from "node:path";
import { DomUtils, parseDocument } from "htmlparser2";
import type { ChildNode, Element } from "domhandler";
import { OFFLINE_INDEX_GLOBAL, type OfflineRecord } from "./offlineIndexFormat.ts";

const SKIPPED_ELEMENTS = new Set(["script", "style", "noscript", "svg", "template"]);

function isElement(node: ChildNode): node is Element {
  return node.type === "tag" || node.type === "script" || node.type === "style";
}

/** The visible words of a node, leaving out what Pagefind would: scripts, images of charts, ignored parts. */
function indexableText(nodes: readonly ChildNode[]): string {
  const parts: string[] = [];
  const walk = (node: ChildNode) => {
    if (node.type === "text") parts.push(node.data);
    if (!isElement(node) || SKIPPED_ELEMENTS.has(node.name) || "data-pagefind-ignore" in node.attribs) return;
    // Block elements end a word, as they do on screen.
    parts.push(" ");
    node.children.forEach(walk);
    parts.push(" ");
  };
  nodes.forEach(walk);
  return parts.join("").replace(/\s+/g, " ").trim();
}

/** Reads `name[attribute]` (take the attribute) or `name` (take the text), as Pagefind does. */
function readSetting(setting: string, element: Element): { name: string; value: string } {
  const match = /^([^\[]+)(?:\[([^\]]+)\])?$/.exec(setting.trim());
  const name = match?.[1]?.trim() ?? setting;
  const attribute = match?.[2];
  return { name, value: attribute ? (element.attribs[attribute] ?? "") : DomUtils.textContent(element).replace(/\s+/g, " ").trim() };
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

/**
 * The index as a classic script: file:// pages cannot fetch JSON, but they can run a script that
 * sets a global. JSON is a valid JavaScript expression, and "<" is escaped so no text ends the script.
 */
export function offlineIndexScript(records: readonly OfflineRecord[]): string {
  return `window.${OFFLINE_INDEX_GLOBAL}=${JSON.stringify(records).replace(/</g, "\\u003c")};\n`;
}

/** Builds the index from a built site's pages. */
export async function buildOfflineIndex(siteDir: string, htmlFiles: readonly string[]): Promise<OfflineRecord[]> {
  const records: OfflineRecord[] = [];
  for (const file of htmlFiles) {
    const record = extractRecord(await readFile(path.join(siteDir, file), "utf8"), file);
    if (record) records.push(record);
  }
  return records;
}
