import { readFile } from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { DomUtils, parseDocument } from "htmlparser2";

export interface FirstView {
  html: number;
  css: number;
  js: number;
  total: number;
  /** The same, gzipped as a CDN serves them. */
  totalGzip: number;
  /** Stylesheets and scripts that hold up the first paint: stylesheets, and scripts without defer or async. */
  renderBlocking: string[];
  fonts: number;
}

/**
 * What a first visit to a page downloads before it can be read: the HTML, and the stylesheets and
 * scripts it names (not what scripts fetch later, such as search). Read from the built files.
 */
export async function firstViewWeight(siteDir: string, pagePath: string): Promise<FirstView> {
  const file = path.join(siteDir, pagePath.endsWith("/") ? `${pagePath}index.html` : pagePath);
  const html = await readFile(file);
  const document = parseDocument(html.toString("utf8"));
  const resources = DomUtils.findAll(
    (element) =>
      (element.name === "link" && element.attribs.rel === "stylesheet") ||
      (element.name === "script" && !!element.attribs.src),
    document.children,
  );
  const view: FirstView = {
    html: html.length,
    css: 0,
    js: 0,
    total: 0,
    totalGzip: gzipSync(html).length,
    renderBlocking: [],
    fonts: 0,
  };
  for (const element of resources) {
    const url = element.attribs.href ?? element.attribs.src ?? "";
    const content = await readFile(path.join(siteDir, url));
    view.totalGzip += gzipSync(content).length;
    if (element.name === "link") {
      view.css += content.length;
      if (!element.attribs.media || element.attribs.media === "all") view.renderBlocking.push(url);
      view.fonts += (content.toString("utf8").match(/@font-face/g) ?? []).length;
    } else {
      view.js += content.length;
      if (!("defer" in element.attribs) && !("async" in element.attribs)) view.renderBlocking.push(url);
    }
  }
  view.total = view.html + view.css + view.js;
  return view;
}
