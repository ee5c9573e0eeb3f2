import path from "node:path";
import { HtmlValidate, type ConfigData } from "html-validate";

/** html-validate's recommended and document presets, with nothing relaxed: warnings fail too. */
export const htmlValidateConfig: ConfigData = {
  extends: ["html-validate:recommended", "html-validate:document"],
};

/** Validates pages of a built site; each failure as "file:line:column rule: message". */
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
