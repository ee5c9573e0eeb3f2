import assert from "node:assert/strict";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import { checkSiteLinks } from "../support/linkCheck.ts";
import { testSites } from "../support/testSites.ts";

for (const [name, siteDir] of Object.entries(testSites)) {
  test(`every internal link and fragment on the ${name} site resolves, and home leads to every page`, async () => {
    const { problems, pages } = await checkSiteLinks(siteDir);
    assert.ok(pages > 5, `expected a built site in ${siteDir}; run the build first`);
    assert.deepEqual(
      problems.map((problem) => `${problem.page}: ${problem.link} ${problem.problem}`),
      [],
      "broken links (page: link problem)",
    );
  });
}

for (const [name, siteDir] of Object.entries(testSites)) {
  test(`the ${name} site publishes no hidden file (a name starting with a dot, such as .gitkeep)`, async () => {
    const files = await readdir(siteDir, { recursive: true });
    assert.ok(files.length > 5, `expected a built site in ${siteDir}; run the build first`);
    assert.deepEqual(
      files.filter((file) => file.split(path.sep).some((part) => part.startsWith("."))),
      [],
    );
  });
}
