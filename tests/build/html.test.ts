import assert from "node:assert/strict";
import { test } from "node:test";
import { validatePagesInParallel } from "../support/htmlValidation.ts";
import { htmlFiles } from "../../src/_build/siteFiles.ts";
import { testSites } from "../support/testSites.ts";

for (const [name, siteDir] of Object.entries(testSites)) {
  test(`the ${name} site's pages all pass html-validate (recommended and document presets, no warnings)`, async () => {
    const files = await htmlFiles(siteDir);
    assert.ok(files.length > 5, `expected a built site in ${siteDir}; run the build first`);
    assert.deepEqual(await validatePagesInParallel(siteDir, files), []);
  });
}
