import { counted } from "../text/counted.ts";

/**
 * A problem found in an editor's file. Every check reports problems in this one shape, so the
 * build can show them all at once, each naming the file, the field, the bad value and what is allowed.
 */
export interface Problem {
  /** The file, relative to the project root ("src/reviews/child-a.md"). */
  file: string;
  /** The field, as an editor would find it ("themes", "documents[2].file"); absent for whole-file problems. */
  field?: string;
  /** The line in the file, when known. */
  line?: number;
  /** The value that was given, when there was one. */
  value?: unknown;
  /** What is wrong and how to put it right, in plain words. */
  message: string;
}

/**
 * Thrown when content has problems: carries every problem, so none has to wait for the next run.
 * With `npm start`, Eleventy prints it: the editor needs the list of problems, not where in the
 * build they were found, so the error asks Eleventy for no stack trace (`skipOriginalStack`, read
 * by Eleventy's EleventyErrorHandler), and keeps the plain name "Error", after which Eleventy
 * adds nothing to the message (for other names it adds "(via <name>)"). Other failures keep both.
 */
export class ContentProblemsError extends Error {
  readonly problems: readonly Problem[];
  readonly skipOriginalStack = true;

  constructor(problems: readonly Problem[]) {
    super(formatProblems(problems));
    this.problems = problems;
  }
}

/** A value as it should appear in a message: strings quoted, long values cut short. */
export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  let text: string;
  if (typeof value === "string") text = JSON.stringify(value);
  else if (value instanceof Date) text = value.toISOString();
  else {
    try {
      text = JSON.stringify(value) ?? String(value);
    } catch {
      text = String(value);
    }
  }
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** One problem as one line: where, then what was given, then what is wrong. */
export function formatProblem(problem: Problem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  const field = problem.field ? ` field "${problem.field}"` : "";
  // Nothing after a field's colon reads as null: the message says it is empty, and "you gave null"
  // would be a programmer's word for it.
  const given =
    "value" in problem && problem.value !== undefined && problem.value !== null
      ? ` (you gave ${describeValue(problem.value)})`
      : "";
  return `${where}${field}${given}: ${problem.message}`;
}

/** Every problem, grouped by file, with a count first so an editor knows how much there is to fix. */
export function formatProblems(problems: readonly Problem[]): string {
  const files = new Set(problems.map((problem) => problem.file));
  const heading =
    `The site was not built: ${counted(problems.length, "problem")} ` +
    `in ${counted(files.size, "file")}. Nothing was published; fix these and try again.`;
  return [heading, ...problems.map((problem) => `  - ${formatProblem(problem)}`)].join("\n");
}

/**
 * The same problems as GitHub Actions annotations, so each one shows on the file and line in the
 * pull request (https://docs.github.com/actions/reference/workflow-commands-for-github-actions).
 */
export function githubAnnotations(problems: readonly Problem[]): string {
  const escapeData = (text: string) => text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
  return problems
    .map((problem) => {
      const line = problem.line ? `,line=${problem.line}` : "";
      return `::error file=${problem.file}${line}::${escapeData(formatProblem(problem))}`;
    })
    .join("\n");
}

/** Eleventy wraps errors thrown in its hooks; the content problems may be a few causes deep. */
export function findContentProblems(error: unknown): ContentProblemsError | undefined {
  for (let current = error, depth = 0; current && depth < 10; depth++) {
    if (current instanceof ContentProblemsError) return current;
    current =
      (current as { cause?: unknown; originalError?: unknown }).originalError ?? (current as { cause?: unknown }).cause;
  }
  return undefined;
}
