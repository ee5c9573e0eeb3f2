/**
 * Two of Eleventy 3.1's internal lookups repeat work once per template, in every build and every
 * `npm start` rebuild, which costs seconds with thousands of reviews. This module makes them
 * quick without changing an answer: each new version is checked against Eleventy's own in
 * tests/unit/eleventy/eleventyAtScale.test.ts. Where an Eleventy update has moved or renamed
 * them, they are left as they are (the build is then only slower) and that test fails, so the
 * change is seen.
 *
 * - TemplateMap finds a template's entry by scanning the whole map (`getMapEntryForInputPath`),
 *   once per template in four passes: work that grows with the square of the number of
 *   templates. Here it gets an index, kept per map and extended as the map grows (Eleventy only
 *   appends to it); paths the index does not hold as written fall back to Eleventy's scan.
 * - PathNormalizer.fullNormalization turns the same few thousand paths into the same relative
 *   form again and again (several times per template on each rebuild, to see whether the changed
 *   file concerns it). Here each answer is remembered, per working folder.
 */

interface MapEntry {
  inputPath: string;
}

type Lookup<Entry extends MapEntry = MapEntry> = (this: { map: Entry[] }, inputPath: string) => Entry | undefined;
type Normalize = (this: unknown, inputPath: unknown) => unknown;

const SPED_UP = Symbol.for("haringey-scr.eleventyAtScale");

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

/** `normalize` remembering its answer for each path (strings only) in each working folder. */
export function rememberedNormalization(normalize: Normalize): Normalize {
  const known = new Map<string, unknown>();
  return function (this: unknown, inputPath: unknown) {
    if (typeof inputPath !== "string") return normalize.call(this, inputPath);
    const key = `${process.cwd()}\0${inputPath}`;
    if (!known.has(key)) known.set(key, normalize.call(this, inputPath));
    return known.get(key);
  };
}

async function eleventyModule<T>(relativePath: string): Promise<T> {
  return ((await import(new URL(relativePath, import.meta.resolve("@11ty/eleventy")).href)) as { default: T }).default;
}

/**
 * Puts both quicker lookups in place on Eleventy's own classes, once per process. Returns the
 * names of those in place; one Eleventy no longer has is left out.
 */
export async function speedUpEleventy(): Promise<string[]> {
  const TemplateMap = await eleventyModule<{ prototype: { getMapEntryForInputPath?: Lookup } }>("./TemplateMap.js");
  const PathNormalizer = await eleventyModule<{ fullNormalization?: Normalize }>("./Util/PathNormalizer.js");
  const done: string[] = [];
  const scan = TemplateMap.prototype.getMapEntryForInputPath;
  if (typeof scan === "function") {
    if (!(SPED_UP in scan)) TemplateMap.prototype.getMapEntryForInputPath = Object.assign(indexedLookup(scan), { [SPED_UP]: true });
    done.push("TemplateMap.getMapEntryForInputPath");
  }
  const normalize = PathNormalizer.fullNormalization;
  if (typeof normalize === "function") {
    if (!(SPED_UP in normalize)) PathNormalizer.fullNormalization = Object.assign(rememberedNormalization(normalize), { [SPED_UP]: true });
    done.push("PathNormalizer.fullNormalization");
  }
  return done;
}
