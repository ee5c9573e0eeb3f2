// Each test site's JSON Feed validates against the JSON Schema the same site publishes, with ajv.
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import { feedSchemaProblems } from "../support/feedSchemaCheck.ts";
import { testSites } from "../support/testSites.ts";

const readJson = async (file: string) => JSON.parse(await readFile(file, "utf8"));

for (const [name, siteDir] of Object.entries(testSites)) {
  test(`the ${name} site's feed.json is valid against its own /feed.schema.json, which it links`, async () => {
    const feed = await readJson(path.join(siteDir, "feed.json"));
    const schema = await readJson(path.join(siteDir, "feed.schema.json"));
    assert.equal(feed._review.about, schema.$id);
    assert.equal(schema.$id, feed.feed_url.replace(/\/feed\.json$/, "/feed.schema.json"));
    assert.deepEqual(feedSchemaProblems(schema, feed), []);
  });
}
