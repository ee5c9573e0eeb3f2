import { DomUtils, parseDocument } from "htmlparser2";
import type { Element } from "domhandler";

/** Does anything inside feed Pagefind's filters, metadata or sorting? Pagefind reads those even inside ignored parts. */
function feedsPagefindData(element: Element): boolean {
  return DomUtils.findOne((inner) => Object.keys(inner.attribs).some((name) => /^data-pagefind-(filter|meta|sort)/.test(name)), element.children, true) !== null;
}

/**
 * The page without the parts Pagefind would ignore anyway (`data-pagefind-ignore`: related
 * reviews, the citation): the index is the same, but Pagefind holds less while it writes it,
 * which is when the build needs most memory. A part that holds filter, metadata or sort values is
 * kept, since Pagefind reads those even in ignored parts (unless ignored with "all").
 */
export function withoutIgnoredParts(html: string): string {
  if (!html.includes("data-pagefind-ignore")) return html;
  const document = parseDocument(html, { decodeEntities: false });
  const ignored = DomUtils.findAll((element) => "data-pagefind-ignore" in element.attribs, document.children);
  for (const element of ignored) {
    if (element.attribs["data-pagefind-ignore"] === "all" || !feedsPagefindData(element)) DomUtils.removeElement(element);
  }
  return DomUtils.getOuterHTML(document, { decodeEntities: false });
}
