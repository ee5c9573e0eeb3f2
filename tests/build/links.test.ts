import assert from "node:assert/strict";
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
