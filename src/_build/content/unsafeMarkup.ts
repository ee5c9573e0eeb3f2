import { decodeHTML } from "entities";
import { Parser } from "htmlparser2";
import { createMarkdown } from "../markdown/createMarkdown.ts";

/**
 * What the body of a review may publish. Everything in it reaches the public (the page, the feeds,
 * the search index, the offline archive), so it may hold only what its page visibly shows, and
 * nothing in it may make a visitor's browser ask another site for anything. Raw HTML is checked
 * against a short list of what is allowed, rather than a list of what is not: anything else
 * (a comment, a hidden element, an attribute that is never shown) is refused, with a reason.
 */

/**
 * Something in a review's body that could run script, publish what the page does not show, or load
 * from another site.
 */
export interface UnsafeMarkup {
  /** Line in the Markdown body, counting from 1. */
  line: number;
  /** What was found, quoted for the editor. */
  found: string;
  /** Why it is not allowed and what to do instead. */
  message: string;
}

/** An image the body shows from this site's own files ("assets/images/chart.png"), to be checked that it exists. */
export interface NamedImage {
  line: number;
  file: string;
}

/** Where a review's own images and documents are stored, and published from. */
export const IMAGE_FOLDERS = ["assets/images/", "assets/documents/"] as const;

/**
 * Every message these checks give, in one place, so CONTRIBUTING.md's reference can be made from
 * them. Each says what was found, why it matters, and what to do.
 */
export const MARKUP_MESSAGES = {
  comment: () =>
    "An HTML comment (<!-- ... -->) does not show on the page, but it is published in the page's source, " +
    "where anyone can read it. Delete it. Keep notes about a review in the pull request, not in the file.",
  hiddenText: (what: string) =>
    `${what} keeps its text off the page, but the text is still published in the page's source, where anyone ` +
    "can read it. Delete the hidden text, or write it as ordinary text if it belongs on the page.",
  dataAttribute: (attribute: string) =>
    `The attribute ${attribute} is published in the page's source but never shown. Remove it.`,
  element: (element: string) =>
    `<${element}> is not allowed in a review. Use Markdown for headings, lists, links, tables and emphasis; ` +
    "CONTRIBUTING.md lists the few HTML tags a review may use.",
  runsCode: (element: string) =>
    `<${element}> is not allowed in a review: it could run code or change the whole page. Use plain Markdown instead.`,
  attribute: (attribute: string, element: string) =>
    `The attribute ${attribute} is not allowed on <${element}> in a review. Remove it: the site's own styles apply.`,
  eventAttribute: (attribute: string) => `The attribute ${attribute} runs code, and is not allowed. Remove it.`,
  style: () =>
    "Inline styles are blocked by the site's security policy, so they would not show. " +
    "Remove the style attribute; the site's own styles apply.",
  unsafeScheme: () =>
    "Links and images must point to a web address (https://...) or a page on this site, " +
    "not to a javascript:, vbscript: or data: address.",
  otherSite: (address: string) =>
    `This image would make every visitor's browser ask another website for ${address}, which the site never ` +
    "does (its security policy would block it, so the image would not show). Save the image under " +
    "assets/images/ and show it from there: ![What the image shows](/assets/images/file-name.png).",
  notStored: () =>
    "Images must be stored on this site, under assets/images/, and shown with an address that starts " +
    "with /assets/images/, for example ![What the image shows](/assets/images/file-name.png).",
  invisibleCharacter: (name: string) =>
    `An invisible character (${name}) is here: it does not show on the page but is published with it, ` +
    "and can hide text. Delete it: retype the words around it if you cannot find it.",
} as const;

/**
 * The HTML a review may use, with the attributes each may have: what Markdown makes, plus the few
 * things it cannot (an abbreviation, a table cell spanning columns, a figure with a caption).
 * Every attribute here is either shown to visitors or changes only how the page is laid out.
 */
export const SHARED_ATTRIBUTES = ["id", "lang", "dir", "title"];
const PLAIN_ELEMENTS = [
  "abbr",
  "b",
  "br",
  "caption",
  "cite",
  "code",
  "dd",
  "details",
  "dfn",
  "div",
  "dl",
  "dt",
  "em",
  "figcaption",
  "figure",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "hr",
  "i",
  "kbd",
  "mark",
  "p",
  "pre",
  "s",
  "small",
  "span",
  "strong",
  "sub",
  "summary",
  "sup",
  "table",
  "tbody",
  "tfoot",
  "thead",
  "tr",
  "u",
  "ul",
];
export const ALLOWED_HTML: Readonly<Record<string, readonly string[]>> = {
  ...Object.fromEntries(PLAIN_ELEMENTS.map((element) => [element, []])),
  a: ["href"],
  img: ["src", "alt", "width", "height"],
  blockquote: ["cite"],
  col: ["span"],
  colgroup: ["span"],
  del: ["cite", "datetime"],
  details: ["open"],
  ins: ["cite", "datetime"],
  li: ["value"],
  ol: ["start", "reversed", "type"],
  q: ["cite"],
  td: ["colspan", "rowspan", "headers"],
  th: ["colspan", "rowspan", "headers", "scope", "abbr"],
  time: ["datetime"],
};

/** Elements that run or embed code, or change how the whole page behaves: the strongest refusal. */
const RUNS_CODE = new Set([
  "script",
  "iframe",
  "frame",
  "frameset",
  "object",
  "embed",
  "applet",
  "style",
  "link",
  "meta",
  "base",
  "form",
  "svg",
  "math",
]);
/** Elements whose whole point is content that is never shown. */
const HIDES_CONTENT: Readonly<Record<string, string>> = {
  template: "<template>",
  noscript: "<noscript>",
  input: "<input>",
  textarea: "<textarea>",
  select: "<select>",
  option: "<option>",
  datalist: "<datalist>",
  output: "<output>",
};
const URL_ATTRIBUTES = new Set([
  "href",
  "src",
  "action",
  "formaction",
  "xlink:href",
  "data",
  "poster",
  "srcset",
  "background",
  "cite",
  "ping",
]);
/** Address schemes that run code or smuggle a document in. */
const UNSAFE_SCHEME = /^(javascript|vbscript|data):/i;

/** An address as the editor wrote it, %-escapes decoded where they are valid. */
function decoded(address: string): string {
  try {
    return decodeURI(address);
  } catch {
    return address;
  }
}

function schemeOf(url: string): string {
  // Browsers ignore control characters and whitespace inside a scheme, so attackers add them.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it removes
  return url.replace(/[\u0000-\u0020\u007f]/g, "").toLowerCase();
}

/**
 * Where an image's address points: another site, this site's stored files, or somewhere on this
 * site where no stored file can be (a page, or an address relative to the review's own page).
 */
function imageTarget(address: string): { kind: "other-site" | "not-stored" } | { kind: "stored"; file: string } {
  const url = address.trim();
  // "//host/x.png" and "/\host/x.png" are other sites too: browsers read both as a host.
  if (/^[a-z][a-z0-9+.-]*:/i.test(schemeOf(url)) || /^[/\\]{2}/.test(url)) return { kind: "other-site" };
  const file = decoded(url.split(/[?#]/)[0] ?? "").replace(/^\//, "");
  if (url.startsWith("/") && !file.split("/").includes("..") && IMAGE_FOLDERS.some((folder) => file.startsWith(folder)))
    return { kind: "stored", file };
  return { kind: "not-stored" };
}

/** What a body's Markdown and HTML hold that may not be published, and the stored images it shows. */
export interface BodyMarkup {
  unsafe: UnsafeMarkup[];
  images: NamedImage[];
}

function checkImageAddress(address: string, line: number, found: string, result: BodyMarkup): void {
  const target = imageTarget(address);
  if (target.kind === "stored") result.images.push({ line, file: target.file });
  else if (target.kind === "other-site")
    result.unsafe.push({ line, found, message: MARKUP_MESSAGES.otherSite(address) });
  else result.unsafe.push({ line, found, message: MARKUP_MESSAGES.notStored() });
}

function checkAttribute(element: string, attribute: string, value: string, line: number, result: BodyMarkup): void {
  const found = `${attribute}="${value}"`;
  const report = (message: string) => result.unsafe.push({ line, found, message });
  if (URL_ATTRIBUTES.has(attribute) && UNSAFE_SCHEME.test(schemeOf(value))) report(MARKUP_MESSAGES.unsafeScheme());
  else if (attribute.startsWith("on")) report(MARKUP_MESSAGES.eventAttribute(attribute));
  else if (attribute === "style") report(MARKUP_MESSAGES.style());
  else if (attribute === "hidden") report(MARKUP_MESSAGES.hiddenText("The hidden attribute"));
  else if (attribute.startsWith("data-")) report(MARKUP_MESSAGES.dataAttribute(attribute));
  else if (element === "img" && attribute === "src") checkImageAddress(value, line, `<img ${found}>`, result);
  else if (!SHARED_ATTRIBUTES.includes(attribute) && !(ALLOWED_HTML[element] ?? []).includes(attribute))
    report(MARKUP_MESSAGES.attribute(attribute, element));
}

/** Checks raw HTML from the body, which starts on `firstLine`; each problem gets the line it is on. */
function checkHtml(html: string, firstLine: number, result: BodyMarkup): void {
  const lineAt = (index: number) => firstLine + (html.slice(0, index).match(/\n/g)?.length ?? 0);
  const parser: Parser = new Parser(
    {
      onopentag(name, attributes) {
        const line = lineAt(parser.startIndex);
        const refuse = (message: string) => result.unsafe.push({ line, found: `<${name}>`, message });
        // An element refused outright is reported once, not again for each of its attributes.
        if (RUNS_CODE.has(name)) refuse(MARKUP_MESSAGES.runsCode(name));
        else if (HIDES_CONTENT[name]) refuse(MARKUP_MESSAGES.hiddenText(HIDES_CONTENT[name]));
        else if (!ALLOWED_HTML[name]) refuse(MARKUP_MESSAGES.element(name));
        else
          for (const [attribute, value] of Object.entries(attributes))
            checkAttribute(name, attribute, value, line, result);
      },
      oncomment(text) {
        const shown = text.trim().length > 40 ? `${text.trim().slice(0, 37)}...` : text.trim();
        result.unsafe.push({
          line: lineAt(parser.startIndex),
          found: `<!--${shown ? ` ${shown} ` : ""}-->`,
          message: MARKUP_MESSAGES.comment(),
        });
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
}

// Read as the site renders it: the same setup, so an indented line with HTML in it is checked as HTML.
const markdown = createMarkdown();
/** Markdown links and autolinks to unsafe schemes; markdown-it drops these silently, so say so. */
const UNSAFE_MARKDOWN_LINK = /\]\(\s*<?\s*(javascript|vbscript|data):|<(javascript|vbscript|data):/gi;

/**
 * Characters that show as nothing yet are published: zero-width spaces and joiners, marks that
 * reorder text (which can make it read differently from what is published), Unicode "tag"
 * characters (which can carry a whole hidden message), and control characters. A byte order mark
 * at the very start of a file is how some editors save; it is not published, so it is allowed.
 */
const INVISIBLE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are among what it finds
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\u{e0000}-\u{e007f}]/gu;
/** The same characters, for one test of a whole text (a global pattern keeps its place between tests). */
const INVISIBLE_ANYWHERE = new RegExp(INVISIBLE.source, "u");

function characterName(character: string): string {
  const code = character.codePointAt(0) ?? 0;
  const names: Record<number, string> = {
    0x200b: "zero width space",
    0x200c: "zero width non-joiner",
    0x200d: "zero width joiner",
    0x200e: "left-to-right mark",
    0x200f: "right-to-left mark",
    0x2060: "word joiner",
    0xfeff: "zero width no-break space",
  };
  const kind =
    code >= 0xe0000
      ? "tag character"
      : code >= 0x202a && code <= 0x206f
        ? "text direction control"
        : code < 0x80
          ? "control character"
          : undefined;
  return `U+${code.toString(16).toUpperCase().padStart(4, "0")}, ${names[code] ?? kind ?? "invisible"}`;
}

/** Invisible characters in a whole file's text (written or as an HTML entity), each with its line. */
export function findInvisibleCharacters(text: string): UnsafeMarkup[] {
  const found: UnsafeMarkup[] = [];
  // Most files have no invisible character, and no entity that could stand for one: one look at
  // the whole text says so (reading it line by line took a quarter of the checks at 5,000 reviews).
  if (!text.includes("&") && !INVISIBLE_ANYWHERE.test(text.replace(/^\ufeff/, ""))) return found;
  text.split("\n").forEach((raw, index) => {
    const line = index === 0 ? raw.replace(/^\ufeff/, "") : raw;
    for (const match of decodeHTML(line.replace(/\r$/, "")).matchAll(INVISIBLE)) {
      const name = characterName(match[0]);
      found.push({ line: index + 1, found: name, message: MARKUP_MESSAGES.invisibleCharacter(name) });
    }
  });
  return found;
}

/**
 * Reads a review's Markdown body as the site will render it: its raw HTML, its images and its
 * links. Lines count from 1 at the body's first line.
 */
export function readBodyMarkup(body: string): BodyMarkup {
  const result: BodyMarkup = { unsafe: [], images: [] };
  // Raw HTML always has a "<", and an image "![": a body with neither needs no parsing.
  const tokens = body.includes("<") || body.includes("![") ? markdown.parse(body, {}) : [];
  for (const token of tokens) {
    const line = (token.map?.[0] ?? 0) + 1;
    if (token.type === "html_block") checkHtml(token.content, line, result);
    // Inline tokens share their paragraph's first line: count the line breaks before each one.
    let breaks = 0;
    for (const child of token.children ?? []) {
      if (child.type === "softbreak" || child.type === "hardbreak") breaks += 1;
      if (child.type === "html_inline") checkHtml(child.content, line + breaks, result);
      if (child.type === "image") {
        const address = decoded(String(child.attrGet("src") ?? ""));
        checkImageAddress(address, line + breaks, `![${child.content}](${address})`, result);
      }
    }
  }
  body.split("\n").forEach((text, index) => {
    // Entities are decoded first: "&#106;avascript:" is still javascript:.
    for (const match of decodeHTML(text).matchAll(UNSAFE_MARKDOWN_LINK)) {
      result.unsafe.push({ line: index + 1, found: match[0], message: MARKUP_MESSAGES.unsafeScheme() });
    }
  });
  result.unsafe.sort((a, b) => a.line - b.line);
  return result;
}

/** Finds everything in a Markdown body that may not be published. Empty when the body is safe. */
export function findUnsafeMarkup(body: string): UnsafeMarkup[] {
  return readBodyMarkup(body).unsafe;
}
