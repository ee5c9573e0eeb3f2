// `npm run new-partnership -- "Example Safeguarding Children Partnership"`: hands this copy of the
// kit to a new partnership (docs/new-partnership.md). The identity in _data/site.json becomes the
// new partnership's, the old partnership's own reviews, documents, criteria and themes go, and the
// shared data stays. Options: --place "Example" (else worked out from the name), --area "the
// London Borough of Example" (else the place), --url https://... (else a placeholder to replace).
import { existsSync } from "node:fs";
import { readdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { handOverData, placeOf } from "../content/handOver.ts";
import { dataFiles, loadSiteData } from "../content/siteData.ts";
import { siteSchema } from "../content/siteDataSchema.ts";
import { checkContent, zodProblems } from "../content/zodProblems.ts";
import { displayPath, paths } from "../projectPaths.ts";
import { listReviewSources } from "../content/reviews.ts";
import { counted } from "../text/counted.ts";
import { readCommandLine, refuse } from "./commandLine.ts";

const EXAMPLE = 'npm run new-partnership -- "Example Safeguarding Children Partnership"';
const usage = {
  command: "npm run new-partnership",
  positionals: '"Full name"',
  does:
    "Hands this copy of the kit to another partnership: _data/site.json names it, and this partnership's own " +
    "reviews, documents, criteria and themes are removed (docs/new-partnership.md).",
  options: {
    place: { type: "string", value: '"Example"', help: "The place's name (else worked out from the full name)." },
    area: { type: "string", value: '"the London Borough of Example"', help: "The area it serves (else the place)." },
    url: { type: "string", value: "https://...", help: "The site's address (else a placeholder to replace)." },
  },
  examples: [EXAMPLE, `${EXAMPLE} --place Example --url https://example-scp.org.uk`],
} as const;
const { values, positionals } = readCommandLine(usage);
const name = positionals.join(" ").trim();
if (!name) refuse(usage, `Give the partnership's full name, like this: ${EXAMPLE}.`);
// The place names the site ("Example reviews") and is written into its pages' words: a guess
// that is the whole name would be written there too.
if (!values.place?.trim() && !placeOf(name))
  refuse(
    usage,
    `The place could not be worked out from "${name}", which does not end as partnerships' names usually do ` +
      `("... Safeguarding Children Partnership"). Give it with --place, like this: ${EXAMPLE} --place "Example".`,
  );

const { data, problems } = await loadSiteData();
if (!data) {
  const list = problems.map((problem) => `  ${problem.file} ${problem.field ?? ""}: ${problem.message}`).join("\n");
  console.error(`_data/ has problems to fix first:\n${list}`);
  process.exit(1);
}

const handed = handOverData(data, { name, ...values });
const checked = checkContent(siteSchema, handed.site);
if (!checked.success) {
  const file = displayPath(path.join(paths.data, dataFiles.site));
  console.error(
    `Nothing was changed:\n${zodProblems(file, checked.error, handed.site, [])
      .map((problem) => `  ${problem.field}: ${problem.message}`)
      .join("\n")}`,
  );
  process.exit(1);
}

const write = (key: keyof typeof handed) =>
  writeFile(path.join(paths.data, dataFiles[key]), `${JSON.stringify(handed[key], null, 2)}\n`);
await write("site");
if (JSON.stringify(handed.criteria) !== JSON.stringify(data.criteria)) await write("criteria");
if (JSON.stringify(handed.statistics) !== JSON.stringify(data.statistics)) await write("statistics");
if (handed.themes.length !== data.themes.length) await write("themes");

// The old partnership's reviews and their documents are its own.
const { sources } = await listReviewSources(paths.reviews, false);
await Promise.all(sources.map((source) => rm(source.absolutePath)));
// The folder stays, with the .gitkeep that keeps it in git, for the new partnership's editors to upload into.
const documents = path.join(paths.assets, "documents");
const oldDocuments = existsSync(documents) ? await readdir(documents) : [];
await Promise.all(
  oldDocuments
    .filter((name) => name !== ".gitkeep")
    .map((name) => rm(path.join(documents, name), { recursive: true, force: true })),
);

const { site } = handed;
console.log(
  [
    `This site is now the ${site.name}'s: _data/site.json names it, for ${site.place} (${site.area}).`,
    `Removed the ${data.site.name}'s ${counted(sources.length, "review")}, ` +
      "its documents, its own criteria and its own themes.",
    "",
    "Before publishing, check in _data/site.json:",
    ...(values.url ? [] : [`  url: ${site.url} is a placeholder. Put the site's real address there.`]),
    "  contact: how to reach you, for the accessibility statement (an email, a phone number or a page).",
    "  quickExit, home, library and textSource: the words are the kit's, with your names in them.",
    "Then read the pages in src/ (*.md) and docs/new-partnership.md. `npm test` checks everything.",
  ].join("\n"),
);
