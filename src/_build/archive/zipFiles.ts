import { unzipSync, zipSync, type Zippable } from "fflate";

/**
 * A zip of the given files under one top folder. The same files always give the same bytes:
 * entries in path order, every date set to the archive's day, no per-machine attributes.
 */
export function zipFiles(files: ReadonlyMap<string, Uint8Array>, topFolder: string, date: string): Uint8Array {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  // Zip stores local time, so a date built from local fields writes the same bytes in every time zone.
  const mtime = new Date(year, month - 1, day, 0, 0, 0);
  const entries: Zippable = {};
  for (const name of [...files.keys()].sort())
    entries[`${topFolder}/${name}`] = [files.get(name) as Uint8Array, { mtime, level: 9 }];
  return zipSync(entries, { mtime, level: 9 });
}

/** The files in a zip that has one top folder, by their path inside it; the folder's name too. */
export function unzipFiles(zip: Uint8Array): { topFolder: string; files: Map<string, Uint8Array>; outside: string[] } {
  const entries = unzipSync(zip);
  const names = Object.keys(entries).filter((name) => !name.endsWith("/"));
  const topFolder = names[0]?.split("/")[0] ?? "";
  const files = new Map<string, Uint8Array>();
  const outside: string[] = [];
  for (const name of names) {
    if (name.startsWith(`${topFolder}/`)) files.set(name.slice(topFolder.length + 1), entries[name] as Uint8Array);
    else outside.push(name);
  }
  return { topFolder, files, outside };
}
