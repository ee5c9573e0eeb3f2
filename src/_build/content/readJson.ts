import { readFile } from "node:fs/promises";
import type { Problem } from "./problems.ts";

/** The line and column of a character offset in a text, counting from 1. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split("\n");
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

/**
 * Reads and parses a JSON file. A syntax error becomes a problem with its line, worded for an
 * editor who may never have seen JSON before.
 */
export async function readJsonFile(absolutePath: string, file: string): Promise<{ data?: unknown; problems: Problem[] }> {
  let text: string;
  try {
    text = await readFile(absolutePath, "utf8");
  } catch {
    return { problems: [{ file, message: "This file is missing. It must exist for the site to build." }] };
  }
  try {
    return { data: JSON.parse(text), problems: [] };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    // Node 20 says "at position N"; newer versions also say "(line L column C)".
    const position = /position (\d+)/.exec(reason);
    const line = position ? lineAndColumn(text, Number(position[1])).line : undefined;
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
