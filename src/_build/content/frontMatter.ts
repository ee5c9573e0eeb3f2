import matter from "gray-matter";
import jsYaml from "js-yaml";
import { isNode, LineCounter, parse as parseYaml, parseDocument, YAMLParseError } from "yaml";

/**
 * YAML as front matter is read everywhere in this project: YAML 1.2's core schema, so a date stays
 * the text the editor typed ("2024-02-30" is caught, not silently turned into 1 March).
 * js-yaml reads it (ten times faster, which counts with thousands of reviews); YAML it refuses is
 * read again with the `yaml` library, whose errors say plainly what is wrong and on which line.
 */
export function parseFrontMatterYaml(source: string): object {
  let parsed: unknown;
  try {
    parsed = jsYaml.load(source, { schema: jsYaml.CORE_SCHEMA });
  } catch {
    parsed = parseYaml(source);
  }
  return (parsed as object | null | undefined) ?? {};
}

/** gray-matter options that use the parser above; Eleventy is given the same, so both read alike. */
export const frontMatterOptions = { engines: { yaml: parseFrontMatterYaml } };

/**
 * Finds the line of a field in the file, so a problem can point at it (and GitHub can show it
 * on that line of the pull request). The YAML starts on the file's line 1, with the newline after ---.
 */
function fieldLines(yamlSource: string): {
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
  commentAfter: (path: readonly PropertyKey[]) => string | undefined;
} {
  // Parsed again with positions only when asked (most files have no problem to point at);
  // a " #" in the source is the only sign a comment might be hiding text.
  let parsed: { document: ReturnType<typeof parseDocument>; lineCounter: LineCounter } | undefined;
  const positions = () => {
    if (!parsed) {
      const lineCounter = new LineCounter();
      parsed = { document: parseDocument(yamlSource, { lineCounter }), lineCounter };
    }
    return parsed;
  };
  // Unquoted text with " #" in it ends there: YAML reads the rest as a note, and drops it silently.
  const commentAfter = (path: readonly PropertyKey[]) => {
    if (!yamlSource.includes(" #")) return undefined;
    const node = positions().document.getIn(path as (string | number)[], true);
    return isNode(node) && node.comment ? node.comment : undefined;
  };
  const lineOf = (path: readonly PropertyKey[]) => {
    const { document, lineCounter } = positions();
    // The deepest part of the path that exists: a missing field's parent still helps.
    for (let depth = path.length; depth > 0; depth--) {
      const node = document.getIn(path.slice(0, depth) as (string | number)[], true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return undefined;
  };
  return { lineOf, commentAfter };
}

export type FrontMatterResult =
  | {
      ok: true;
      data: Record<string, unknown>;
      body: string;
      bodyStartLine: number;
      lineOf: (path: readonly PropertyKey[]) => number | undefined;
      commentAfter: (path: readonly PropertyKey[]) => string | undefined;
    }
  | { ok: false; line?: number; message: string };

/** Splits a Markdown file into its front matter and body, or explains (with a line) why it cannot. */
export function readFrontMatter(text: string): FrontMatterResult {
  const normalised = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  if (!normalised.startsWith("---\n")) {
    return {
      ok: false,
      line: 1,
      message:
        "The file must start with a line of three hyphens (---), then the fields, then another line of ---. " +
        "Copy the layout from the review template.",
    };
  }
  if (!/\n---\s*(\n|$)/.test(normalised.slice(3))) {
    return {
      ok: false,
      line: 1,
      message: "The front matter is not closed: add a line of three hyphens (---) after the last field.",
    };
  }
  try {
    // An empty options object would use gray-matter's cache, which keeps the result of a previous parse.
    const parsed = matter(normalised, { ...frontMatterOptions });
    if (typeof parsed.data !== "object" || Array.isArray(parsed.data)) {
      return { ok: false, line: 2, message: "The front matter must be a list of fields, each written as name: value." };
    }
    const frontMatterLines = normalised.length - parsed.content.length;
    const bodyStartLine = normalised.slice(0, frontMatterLines).split("\n").length;
    return {
      ok: true,
      data: parsed.data as Record<string, unknown>,
      body: parsed.content,
      bodyStartLine,
      ...fieldLines(parsed.matter),
    };
  } catch (error) {
    if (error instanceof YAMLParseError) {
      // gray-matter passes the YAML with the newline after the opening ---, so its lines are the file's.
      const line = error.linePos?.[0]?.line;
      const reason = error.message.split("\n")[0]?.replace(/ at line \d+, column \d+:?$/, "") ?? "unreadable";
      return {
        ok: false,
        ...(line ? { line } : {}),
        message:
          `The front matter is not valid YAML: ${reason}. Check that each field is on its own line as name: value, ` +
          `that list items start with "- " and line up, and that text containing a colon is in quotes.`,
      };
    }
    throw error;
  }
}
