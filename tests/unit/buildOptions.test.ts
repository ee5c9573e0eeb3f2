import assert from "node:assert/strict";
import path from "node:path";
import { test } from "node:test";
import { readBuildOptions, readRunKind } from "../../src/_build/buildOptions.ts";

test("a plain production build has no fixtures, no drafts and no archive", () => {
  const options = readBuildOptions({ SCR_TODAY: "2026-11-25", CONTEXT: "production" });
  assert.deepEqual(options, {
    includeFixtures: false,
    includeDrafts: false,
    archiveDate: undefined,
    today: "2026-11-25",
    partnership: undefined,
  });
});

test("SCR_PARTNERSHIP names another partnership's folder, as an absolute path", () => {
  assert.equal(
    readBuildOptions({ SCR_PARTNERSHIP: "tests/fixtures/partnerships/x" }).partnership,
    path.resolve("tests/fixtures/partnerships/x"),
  );
});

test("drafts show on deploy previews and local serve runs, but never in an archive", () => {
  assert.equal(readBuildOptions({ CONTEXT: "deploy-preview" }).includeDrafts, true);
  assert.equal(readBuildOptions({ ELEVENTY_RUN_MODE: "serve" }).includeDrafts, true);
  assert.equal(readBuildOptions({ SCR_DRAFTS: "1" }).includeDrafts, true);
  assert.equal(readBuildOptions({ SCR_DRAFTS: "1", SCR_ARCHIVE_DATE: "2026-11-25" }).includeDrafts, false);
});

test("fixtures are added only when SCR_FIXTURES is 1", () => {
  assert.equal(readBuildOptions({ SCR_FIXTURES: "1" }).includeFixtures, true);
  assert.equal(readBuildOptions({ SCR_FIXTURES: "true" }).includeFixtures, false);
});

test("without SCR_TODAY, today is a YYYY-MM-DD date", () => {
  assert.match(readBuildOptions({}).today, /^\d{4}-\d{2}-\d{2}$/);
});

test("the kind of run: npm start, the production build's rendering process (with or without search), or Eleventy alone", () => {
  assert.deepEqual(readRunKind({ ELEVENTY_RUN_MODE: "serve", SCR_RENDERING: "1" }), { kind: "serve" });
  assert.deepEqual(
    readRunKind({ SCR_RENDERING: "1", SCR_SEARCH_ROOM: "/dev/shm/search", SCR_SEARCH_FALLBACK_ROOM: "/tmp/search" }),
    {
      kind: "rendering",
      searchRoom: "/dev/shm/search",
      searchFallbackRoom: "/tmp/search",
    },
  );
  assert.deepEqual(readRunKind({ SCR_RENDERING: "1", SCR_SEARCH_ROOM: "" }), {
    kind: "rendering",
    searchRoom: undefined,
    searchFallbackRoom: undefined,
  });
  assert.deepEqual(readRunKind({ ELEVENTY_RUN_MODE: "build" }), { kind: "plain" });
});
