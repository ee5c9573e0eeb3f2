import { readFile } from "node:fs/promises";
import path from "node:path";
import { Parser } from "htmlparser2";
import { ADMIN_FOLDER, allFiles, htmlFiles, urlOfFile } from "../../src/_build/siteFiles.ts";

/** What a page links to and what it can be linked to. */
interface PageLinks {
  ids: Set<string>;
  links: { attribute: string; value: string; opensNewWindow: boolean; rel: string }[];
}

const LINK_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  a: ["href"],
  link: ["href"],
  script: ["src"],
  img: ["src"],
  source: ["src"],
  form: ["action"],
  iframe: ["src"],
};

export function readPageLinks(html: string): PageLinks {
  const page: PageLinks = { ids: new Set(), links: [] };
  const parser = new Parser({
    onopentag(name, attributes) {
      if (attributes.id) page.ids.add(attributes.id);
      if (name === "a" && attributes.name) page.ids.add(attributes.name);
      for (const attribute of LINK_ATTRIBUTES[name] ?? []) {
        const value = attributes[attribute];
        if (value !== undefined)
          page.links.push({
            attribute: `${name}[${attribute}]`,
            value,
            opensNewWindow: attributes.target === "_blank",
            rel: attributes.rel ?? "",
          });
      }
    },
  });
  parser.write(html);
  parser.end();
  return page;
}

export interface LinkProblem {
  page: string;
  link: string;
  problem: string;
}

/** The file a site-relative path is served from, if any: folders by their index.html. */
function servedFile(files: ReadonlySet<string>, urlPath: string): string | undefined {
  const decoded = decodeURIComponent(urlPath).replace(/^\//, "");
  const candidates =
    decoded === "" || decoded.endsWith("/") ? [`${decoded}index.html`] : [decoded, `${decoded}/index.html`];
  return candidates.find((candidate) => files.has(candidate));
}

/**
 * Checks every internal link and fragment in a built site, and that every page can be reached
 * from the home page by following links. Links are resolved as a browser would, from each page's URL.
 */
export async function checkSiteLinks(
  siteDir: string,
  { base = "http://site.invalid" } = {},
): Promise<{ problems: LinkProblem[]; pages: number; reachable: Set<string> }> {
  const files = await htmlFiles(siteDir);
  // Every file, held in memory: looking each link up on disk would take most of the time on a large site.
  const existing = new Set(await allFiles(siteDir));
  const pages = new Map<string, PageLinks>();
  await Promise.all(
    files.map(async (file) => pages.set(file, readPageLinks(await readFile(path.join(siteDir, file), "utf8")))),
  );

  const problems: LinkProblem[] = [];
  const edges = new Map<string, Set<string>>();
  for (const [file, page] of pages) {
    const from = new URL(urlOfFile(file), base);
    const targets = new Set<string>();
    edges.set(file, targets);
    for (const link of page.links) {
      if (link.opensNewWindow && !/\bnoopener\b/.test(link.rel)) {
        problems.push({ page: file, link: link.value, problem: 'opens a new window without rel="noopener"' });
      }
      let url: URL;
      try {
        url = new URL(link.value, from);
      } catch {
        problems.push({ page: file, link: link.value, problem: "is not a valid address" });
        continue;
      }
      if (url.origin !== new URL(base).origin) continue;
      const target = servedFile(existing, url.pathname);
      if (!target) {
        problems.push({
          page: file,
          link: link.value,
          problem: `${link.attribute} points to ${url.pathname}, which does not exist`,
        });
        continue;
      }
      if (target.endsWith(".html")) targets.add(target);
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith(".html") && !pages.get(target)?.ids.has(fragment)) {
        problems.push({ page: file, link: link.value, problem: `points to #${fragment}, which is not on ${target}` });
      }
    }
  }

  // Every page must be reachable from the home page by plain links: crawlers and archives depend on it.
  const reachable = new Set<string>(["index.html"]);
  const queue = ["index.html"];
  while (queue.length) {
    for (const next of edges.get(queue.shift() as string) ?? []) {
      if (!reachable.has(next)) {
        reachable.add(next);
        queue.push(next);
      }
    }
  }
  // The editors' form is for editors, who are given its address: no page for visitors links to it.
  for (const file of files) {
    if (file !== "404.html" && !file.startsWith(ADMIN_FOLDER) && !reachable.has(file))
      problems.push({ page: file, link: "", problem: "cannot be reached from the home page by following links" });
  }
  return { problems, pages: files.length, reachable };
}
