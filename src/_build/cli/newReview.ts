// `npm run new-review -- "Child A"`: writes src/reviews/child-a.md, a draft from the template.
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { formatProblems } from "../content/problems.ts";
import { reviewTemplate, slugForTitle } from "../content/reviewTemplate.ts";
import { loadSiteData } from "../content/siteData.ts";
import { displayPath, paths } from "../projectPaths.ts";
import { todayInLondon } from "../text/dates.ts";
import { readCommandLine, refuse } from "./commandLine.ts";

const EXAMPLE = 'npm run new-review -- "Child A"';
const usage = {
  command: "npm run new-review",
  positionals: '"Title"',
  does: "Writes src/reviews/<the title's address>.md, a draft review from the commented template.",
  options: {},
  examples: [EXAMPLE],
} as const;
// Every word is the title; an option (--help, or a mistyped one) is not, and writes no file.
const title = readCommandLine(usage).positionals.join(" ").trim();
if (!title) refuse(usage, `Give the review's title, like this: ${EXAMPLE}.`);
// A title of symbols alone ("!!!") names nothing, and would make the file's address "review".
if (!/[\p{L}\p{N}]/u.test(title))
  refuse(
    usage,
    `The title ${JSON.stringify(title)} has no letters or numbers. Give the review's title, like this: ${EXAMPLE}.`,
  );

const { data, problems } = await loadSiteData();
if (!data) {
  console.error(formatProblems(problems));
  process.exit(1);
}

const file = path.join(paths.reviews, `${slugForTitle(title)}.md`);
if (existsSync(file)) {
  console.error(`${displayPath(file)} already exists. Choose another title, or edit that file.`);
  process.exit(1);
}
await mkdir(paths.reviews, { recursive: true });
await writeFile(file, reviewTemplate(title, data, todayInLondon()), { flag: "wx" });
console.log(
  `Wrote ${displayPath(file)}: a draft. ` +
    "Fill in each field (the notes in the file explain them), then see CONTRIBUTING.md to publish it.",
);
