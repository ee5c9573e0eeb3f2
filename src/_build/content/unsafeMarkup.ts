import { decodeHTML } from "entities";
import { Parser } from "htmlparser2";
import { createMarkdown } from "../eleventy/markdownPlugin.ts";

/** Something in a review's body that could run script or break the page's security policy. */
export interface UnsafeMarkup {
  /** Line in the Markdown body, counting from 1. */
  line: number;
  /** What was found, quoted for the editor. */
  found: string;
  /** Why it is not allowed and what to do instead. */
  message: string;
}

/** Elements that run or embed code, or change how the whole page behaves. */
const FORBIDDEN_ELEMENTS = new Set(["script", "iframe", "frame", "frameset", "object", "embed", "applet", "style", "link", "meta", "base", "form", "noscript"]);
const URL_ATTRIBUTES = new Set(["href", "src", "action", "formaction", "xlink:href", "data", "poster", "srcset", "background"]);
/** Address schemes that run code or smuggle a document in: nothing else is refused. */
const UNSAFE_SCHEME = /^(javascript|vbscript|data):/i;

function schemeOf(url: string): string {
  // Browsers ignore control characters and whitespace inside a scheme, so attackers add them.
  return url.replace(/[\u0000-\u0020\u007f]/g, "").toLowerCase();
}

function checkHtml(html: string, line: number, found: UnsafeMarkup[]): void {
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (FORBIDDEN_ELEMENTS.has(name)) {
          found.push({ line, found: `<${name}>`, message: `<${name}> is not allowed in a review: it could run code or change the page. Use plain Markdown instead.` });
        }
        for (const [attribute, value] of Object.entries(attributes)) {
          if (attribute.startsWith("on")) {
            found.push({ line, found: `${attribute}="${value}"`, message: `The attribute ${attribute} runs code, and is not allowed. Remove it.` });
          } else if (attribute === "style") {
            found.push({ line, found: `style="${value}"`, message: "Inline styles are blocked by the site's security policy, so they would not show. Remove the style attribute; the site's own styles apply." });
          } else if (URL_ATTRIBUTES.has(attribute) && UNSAFE_SCHEME.test(schemeOf(value))) {
            found.push({ line, found: `${attribute}="${value}"`, message: "Links and images must point to a web address (https://...) or a page on this site, not to a javascript:, vbscript: or data: address." });
          }
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
}

// Read as the site renders it: an indented line is text there, so HTML in it is real HTML.
const markdown = createMarkdown();
/** Markdown links and autolinks to unsafe schemes; markdown-it drops these silently, so say so. */
const UNSAFE_MARKDOWN_LINK = /\]\(\s*<?\s*(javascript|vbscript|data):|<(javascript|vbscript|data):/gi;

/** Finds raw HTML and links in a Markdown body that could run script. Empty when the body is safe. */
export function findUnsafeMarkup(body: string): UnsafeMarkup[] {
  const found: UnsafeMarkup[] = [];
  // Raw HTML always has a "<": a body without one needs no parsing.
  for (const token of body.includes("<") ? markdown.parse(body, {}) : []) {
    const line = (token.map?.[0] ?? 0) + 1;
    if (token.type === "html_block") checkHtml(token.content, line, found);
    // Inline tokens share their paragraph's first line: count the line breaks before each one.
    let breaks = 0;
    for (const child of token.children ?? []) {
      if (child.type === "softbreak" || child.type === "hardbreak") breaks += 1;
      if (child.type === "html_inline") checkHtml(child.content, line + breaks, found);
    }
  }
  body.split("\n").forEach((text, index) => {
    // Entities are decoded first: "&#106;avascript:" is still javascript:.
    for (const match of decodeHTML(text).matchAll(UNSAFE_MARKDOWN_LINK)) {
      found.push({ line: index + 1, found: match[0], message: "Links must point to a web address (https://...) or a page on this site, not to a javascript:, vbscript: or data: address." });
    }
  });
  return found.sort((a, b) => a.line - b.line);
}
