import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

/** Every file under a folder with its SHA-256, sorted: two equal digests mean nothing changed. */
export async function treeDigest(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
  const lines = await Promise.all(
    files.map(
      async (file) =>
        `${createHash("sha256")
          .update(await readFile(file))
          .digest("hex")}  ${path.relative(dir, file)}`,
    ),
  );
  return lines.sort();
}
