import { existsSync } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { allFiles } from "../siteFiles.ts";
import { MANIFEST_NAME } from "./manifest.ts";
import { unzipFiles } from "./zipFiles.ts";

/** A copy of an archive that cannot be read at all: the message says why, in plain words. */
export class UnreadableCopyError extends Error {}

export interface ArchiveCopy {
  /** The archive's top folder: the zip's, or the folder's own name. */
  topFolder: string;
  /** Its files, by their path inside the top folder. */
  files: Map<string, Uint8Array>;
  /** Anything in a zip that is not inside its top folder. */
  outside: string[];
}

/** Every file under a folder, by its path there. */
async function readFolder(folder: string): Promise<Map<string, Uint8Array>> {
  const files = new Map<string, Uint8Array>();
  for (const name of await allFiles(folder)) files.set(name, new Uint8Array(await readFile(path.join(folder, name))));
  return files;
}

/**
 * The archive's own folder in `folder`: the folder itself if it holds the manifest, or the one
 * folder in it that does (the folder an archive was unzipped into).
 */
async function archiveFolderIn(folder: string): Promise<string> {
  if (existsSync(path.join(folder, MANIFEST_NAME))) return folder;
  const inside = (await readdir(folder, { withFileTypes: true })).filter((entry) => entry.isDirectory());
  const only = inside.length === 1 ? path.join(folder, (inside[0] as { name: string }).name) : undefined;
  if (only && existsSync(path.join(only, MANIFEST_NAME))) return only;
  throw new UnreadableCopyError(
    `${folder} has no ${MANIFEST_NAME} in it: give the archive's own folder, the one with index.html and ` +
      `${MANIFEST_NAME} in it, or its zip.`,
  );
}

/** A copy of an archive to check against its manifest: its zip, or the folder it was unzipped into. */
export async function readArchiveCopy(target: string): Promise<ArchiveCopy> {
  const found = await stat(target).catch(() => undefined);
  if (!found) throw new UnreadableCopyError(`There is no file or folder at ${target}.`);
  if (found.isDirectory()) {
    const folder = await archiveFolderIn(target);
    return { topFolder: path.basename(path.resolve(folder)), files: await readFolder(folder), outside: [] };
  }
  try {
    return unzipFiles(new Uint8Array(await readFile(target)));
  } catch {
    throw new UnreadableCopyError(
      `${target} cannot be read as a zip: it may be damaged, or only partly copied. ` +
        "An unzipped copy can be checked instead: npm run archive -- --verify <its folder>.",
    );
  }
}
