import { readdir } from "node:fs/promises";
import path from "node:path";

/** Every HTML page of a built site, as paths relative to its root, in a stable order. */
export async function htmlFiles(siteDir: string): Promise<string[]> {
  const entries = await readdir(siteDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(".html"))
    .map((entry) => path.relative(siteDir, path.join(entry.parentPath ?? (entry as unknown as { path: string }).path, entry.name)).split(path.sep).join("/"))
    .filter((file) => !file.startsWith("pagefind/"))
    .sort();
}

/** The URL a page is served at: "reviews/index.html" is "/reviews/". */
export function urlOfFile(file: string): string {
  return `/${file}`.replace(/index\.html$/, "");
}
