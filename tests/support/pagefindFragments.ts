import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { gunzipSync } from "node:zlib";

/** The addresses in a written index, read back from its fragments (gzip, after Pagefind's 12-byte signature). */
export async function indexedUrls(pagefindDir: string): Promise<string[]> {
  const fragments = path.join(pagefindDir, "fragment");
  const urls = [];
  for (const name of await readdir(fragments)) {
    const fragment = JSON.parse(
      gunzipSync(await readFile(path.join(fragments, name)))
        .subarray("pagefind_dcd".length)
        .toString("utf8"),
    ) as { url: string };
    urls.push(fragment.url);
  }
  return urls.sort();
}
