import { readFile } from "node:fs/promises";
import {
  findNodeAtLocation,
  parse as parseTolerantly,
  parseTree,
  printParseErrorCode,
  type ParseError,
} from "jsonc-parser";
import type { Problem } from "./problems.ts";

/** The line and column of a character offset in a text, counting from 1. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split("\n");
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

/** jsonc-parser's error codes in plain words. */
function describeParseError(code: string): string {
  const words: Readonly<Record<string, string>> = {
    InvalidSymbol: "something here is not JSON",
    InvalidNumberFormat: "a number is written wrongly",
    PropertyNameExpected: "a field name in quotes was expected (is there a comma after the last field?)",
    ValueExpected: "a value was expected (is there a comma after the last item?)",
    ColonExpected: "a colon was expected after a field name",
    CommaExpected: "a comma was expected between items",
    CloseBraceExpected: "a closing } was expected",
    CloseBracketExpected: "a closing ] was expected",
    EndOfFileExpected: "the file should end here",
    InvalidCommentToken: "comments are not allowed in JSON",
    UnexpectedEndOfComment: "comments are not allowed in JSON",
    UnexpectedEndOfString: "a quote mark is missing at the end of some text",
    UnexpectedEndOfNumber: "a number is cut short",
    InvalidUnicode: "a \\u escape is wrong",
    InvalidEscapeCharacter: "a backslash escape is wrong",
    InvalidCharacter: "there is a character that is not allowed here",
  };
  return words[code] ?? code;
}

/**
 * Reads and parses a JSON file. A syntax error becomes a problem with its line, worded for an
 * editor who may never have seen JSON before.
 */
export async function readJsonFile(
  absolutePath: string,
  file: string,
): Promise<{ data?: unknown; problems: Problem[]; lineOf?: (path: readonly PropertyKey[]) => number | undefined }> {
  let text: string;
  try {
    text = await readFile(absolutePath, "utf8");
  } catch {
    return { problems: [{ file, message: "This file is missing. It must exist for the site to build." }] };
  }
  try {
    const data: unknown = JSON.parse(text);
    const tree = parseTree(text);
    // The line of a field, so a problem points at it; the nearest parent when the field is missing.
    const lineOf = (path: readonly PropertyKey[]) => {
      for (let depth = path.length; depth > 0 && tree; depth--) {
        const node = findNodeAtLocation(tree, path.slice(0, depth) as (string | number)[]);
        if (node) return lineAndColumn(text, node.offset).line;
      }
      return undefined;
    };
    return { data, problems: [], lineOf };
  } catch (error) {
    // JSON.parse does not always say where (Node 20 gives no position for a trailing comma);
    // a second, strict parse with jsonc-parser finds the offset of the first error.
    const errors: ParseError[] = [];
    parseTolerantly(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    const first = errors[0];
    const line = first ? lineAndColumn(text, first.offset).line : undefined;
    const reason = first
      ? describeParseError(printParseErrorCode(first.error))
      : error instanceof Error
        ? error.message
        : String(error);
    return {
      problems: [
        {
          file,
          ...(line ? { line } : {}),
          message:
            `This is not valid JSON (${reason}). Check for a missing comma between items, ` +
            `a comma after the last item, or a missing quote mark.`,
        },
      ],
    };
  }
}
