import assert from "node:assert/strict";
import { test } from "node:test";
import { batchPages, type SearchablePage } from "../../../src/_build/search/pageBatches.ts";

const pages = (count: number): SearchablePage[] => Array.from({ length: count }, (_, index) => ({ url: `/reviews/child-${index}/`, html: `<p>${index}</p>` }));

test("pages reach the search index in full batches as they come, and the rest when flushed, each once and in order", () => {
  const sent: SearchablePage[][] = [];
  const batches = batchPages((batch) => sent.push(batch), 50);
  for (const page of pages(120)) batches.add(page);
  assert.deepEqual(sent.map((batch) => batch.length), [50, 50]);
  batches.flush();
  batches.flush();
  assert.deepEqual(sent.map((batch) => batch.length), [50, 50, 20]);
  assert.deepEqual(sent.flat(), pages(120));
});
