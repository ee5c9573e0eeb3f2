import { Worker } from "node:worker_threads";

/** The starter that lets a worker thread or a child process run a TypeScript module (see typescriptWorker.mjs). */
export const TYPESCRIPT_STARTER = new URL("./typescriptWorker.mjs", import.meta.url);

/** Starts `module` (a TypeScript file's URL) on a worker thread, with `data` as its workerData. */
export function startTypeScriptWorker(module: URL, data: Record<string, unknown> = {}): Worker {
  return new Worker(TYPESCRIPT_STARTER, { workerData: { ...data, module: module.href } });
}

/** A failure inside a worker, as text for the main thread: every level's message, then the deepest stack. */
export function describeFailure(error: unknown): string {
  const lines: string[] = [];
  let deepest = error;
  // Eleventy wraps errors a few levels deep.
  for (let current = error, depth = 0; current && depth < 10; depth++) {
    lines.push(current instanceof Error ? `${current.name}: ${current.message}` : String(current));
    deepest = current;
    current = (current as { originalError?: unknown }).originalError ?? (current as { cause?: unknown }).cause;
  }
  const stack = deepest instanceof Error && deepest.stack ? `\n${deepest.stack}` : "";
  return `${lines.join("\n  caused by ")}${stack}`;
}

/** The failure a worker described, as an error on this thread. */
export function failureFromWorker(summary: string, report: string): Error {
  return Object.assign(new Error(summary), { stack: report });
}
