import { availableParallelism } from "node:os";
import path from "node:path";
import { startTypeScriptWorker } from "../../src/_build/workers/startWorker.ts";
import { HtmlValidate, type ConfigData } from "html-validate";

/** html-validate's recommended and document presets, with nothing relaxed: warnings fail too. */
export const htmlValidateConfig: ConfigData = {
  extends: ["html-validate:recommended", "html-validate:document"],
};

/** Validates pages of a built site in this thread; each failure as "file:line:column rule: message". */
export async function validatePages(siteDir: string, files: readonly string[]): Promise<string[]> {
  const validator = new HtmlValidate(htmlValidateConfig);
  const failures: string[] = [];
  for (const file of files) {
    const report = await validator.validateFile(path.join(siteDir, file));
    for (const result of report.results) {
      for (const message of result.messages) {
        failures.push(`${file}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
      }
    }
  }
  return failures;
}

/**
 * Validates pages spread over every core, one worker thread each: validation is CPU-bound, and a
 * library of thousands of reviews would otherwise keep one core busy for minutes.
 */
export async function validatePagesInParallel(
  siteDir: string,
  files: readonly string[],
  workers: number = availableParallelism(),
): Promise<string[]> {
  const count = Math.max(1, Math.min(workers, Math.ceil(files.length / 50)));
  if (count === 1) return validatePages(siteDir, files);
  const chunks = Array.from({ length: count }, (_, index) => files.filter((_, position) => position % count === index));
  const results = await Promise.all(
    chunks.map(
      (chunk) =>
        new Promise<string[]>((resolve, reject) => {
          const worker = startTypeScriptWorker(new URL("./htmlValidationWorker.ts", import.meta.url), {
            siteDir,
            files: chunk,
          });
          worker.once("message", resolve);
          worker.once("error", reject);
        }),
    ),
  );
  return results.flat().sort();
}
