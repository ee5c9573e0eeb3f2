import path from "node:path";
import posthtml from "posthtml";
import urls from "@11ty/posthtml-urls";

/**
 * A site-relative URL as a path relative to the page it is on, as a page opened from disk needs:
 * from /reviews/child-a/, "/search/?q=x" becomes "../../search/index.html?q=x". Folders end in
 * index.html, because a file:// URL does not. Other URLs (external, fragments, data:) are unchanged.
 */
export function relativeUrl(pageUrl: string, target: string): string {
  if (!target.startsWith("/") || target.startsWith("//")) return target;
  const match = /^([^?#]*)(.*)$/.exec(target) as RegExpExecArray;
  let targetPath = match[1] as string;
  const rest = match[2] as string;
  if (targetPath.endsWith("/")) targetPath += "index.html";
  const pageDir = pageUrl.endsWith("/") ? pageUrl : path.posix.dirname(pageUrl);
  const relative = path.posix.relative(pageDir, targetPath);
  return `${relative || "index.html"}${rest}`;
}

/**
 * Rewrites every link, script, stylesheet and form in a page to relative paths, and drops SRI
 * attributes (a page opened from disk has no origin to check them against; the archive's own
 * checksum manifest guards its files instead).
 */
export async function makeLinksRelative(html: string, pageUrl: string): Promise<string> {
  const result = await posthtml([
    urls({ eachURL: (url) => relativeUrl(pageUrl, url) }),
    (tree) => {
      tree.walk((node) => {
        if (typeof node === "object" && node.attrs && "integrity" in node.attrs) delete node.attrs.integrity;
        return node;
      });
      return tree;
    },
  ]).process(html);
  return result.html;
}
