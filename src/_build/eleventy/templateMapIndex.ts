/**
 * Eleventy 3.1 finds a template's entry in its TemplateMap by scanning the whole map
 * (`getMapEntryForInputPath`), and does so once per template in four passes of every build:
 * work that grows with the square of the number of templates. With 5,000 reviews that is over a
 * second of each `npm start` rebuild, and of the production build. This module gives the lookup
 * an index, kept per map and extended as the map grows (Eleventy only ever appends to it).
 * Lookups the index cannot answer (a path written another way) fall back to Eleventy's own scan,
 * so every answer is the one Eleventy would give.
 */

interface MapEntry {
  inputPath: string;
}

type Lookup<Entry extends MapEntry = MapEntry> = (this: { map: Entry[] }, inputPath: string) => Entry | undefined;

interface TemplateMapClass {
  prototype: { getMapEntryForInputPath: Lookup };
}

const INDEXED = Symbol.for("haringey-scr.templateMapIndex");

/** Each map's entries by input path (the first entry for a path, as Eleventy's scan finds), and how many entries are indexed. */
const indexes = new WeakMap<MapEntry[], { byPath: Map<string, MapEntry>; indexed: number }>();

function indexOf<Entry extends MapEntry>(map: Entry[]): Map<string, Entry> {
  let index = indexes.get(map) as { byPath: Map<string, Entry>; indexed: number } | undefined;
  if (!index) indexes.set(map, (index = { byPath: new Map(), indexed: 0 }));
  for (; index.indexed < map.length; index.indexed++) {
    const entry = map[index.indexed];
    if (entry && !index.byPath.has(entry.inputPath)) index.byPath.set(entry.inputPath, entry);
  }
  return index.byPath;
}

/** The indexed lookup, falling back to `scan` (Eleventy's own) when the index has no entry for the path as given. */
export function indexedLookup<Entry extends MapEntry>(scan: Lookup<Entry>): Lookup<Entry> {
  return function (this: { map: Entry[] }, inputPath: string) {
    return indexOf(this.map).get(inputPath) ?? scan.call(this, inputPath);
  };
}

/**
 * Puts the indexed lookup on Eleventy's TemplateMap (once per process). Returns whether it is in
 * place: false if this Eleventy has no such method, in which case it is left as it is.
 */
export async function indexEleventyTemplateMap(): Promise<boolean> {
  const templateMapUrl = new URL("./TemplateMap.js", import.meta.resolve("@11ty/eleventy"));
  const { default: TemplateMap } = (await import(templateMapUrl.href)) as { default: TemplateMapClass & { [INDEXED]?: true } };
  const scan = TemplateMap.prototype.getMapEntryForInputPath;
  if (TemplateMap[INDEXED]) return true;
  if (typeof scan !== "function") return false;
  TemplateMap.prototype.getMapEntryForInputPath = indexedLookup(scan);
  TemplateMap[INDEXED] = true;
  return true;
}
