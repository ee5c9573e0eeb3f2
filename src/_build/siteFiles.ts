import { readdir } from "node:fs/promises";
import path from "node:path";

/** Every HTML page of a built site, as paths relative to its root, in a stable order. */
export async function htmlFiles(siteDir: string): Promise<string[]> {
  const entries = await readdir(siteDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(".html"))
    .map((entry) => path.relative(siteDir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .filter((file) => !file.startsWith("pagefind/"))
    .sort();
}

/** The URL a page is served at: "reviews/index.html" is "/reviews/". */
export function urlOfFile(file: string): string {
  return `/${file}`.replace(/index\.html$/, "");
}

/** Every file under a folder, as sorted paths relative to it with forward slashes. */
export async function allFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .sort();
}
