import assert from "node:assert/strict";
import path from "node:path";
import { test } from "node:test";
import { readBuildOptions, readRunKind } from "../../src/_build/buildOptions.ts";
import { scriptEnvironment } from "../support/scriptEnvironment.ts";

test("a plain production build has no fixtures, no drafts and no archive", () => {
  const options = readBuildOptions({ SCR_TODAY: "2026-11-25", CONTEXT: "production" });
  assert.deepEqual(options, {
    includeFixtures: false,
    includeDrafts: false,
    archiveDate: undefined,
    today: "2026-11-25",
    publishing: true,
    partnership: undefined,
    national: undefined,
  });
});

test("a national index's build names its data folder and gathered content, both as absolute paths, or is none", () => {
  const national = readBuildOptions({
    SCR_NATIONAL_DATA: "national/_data",
    SCR_NATIONAL_CONTENT: "/tmp/gathered.json",
  }).national;
  assert.deepEqual(national, { dataDir: path.resolve("national/_data"), contentFile: "/tmp/gathered.json" });
  assert.equal(readBuildOptions({ SCR_NATIONAL_DATA: "national/_data" }).national, undefined);
});

test("a build is publishing on Netlify's production deploy and for an archive, not for previews or local runs", () => {
  assert.equal(readBuildOptions({ SCR_ARCHIVE_DATE: "2026-11-25" }).publishing, true);
  assert.equal(readBuildOptions({ CONTEXT: "deploy-preview" }).publishing, false);
  assert.equal(readBuildOptions({}).publishing, false);
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

test("the kind of run: npm start, the production build's rendering (with or without search) or Eleventy alone", () => {
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

test("a script the tests start gets the plain options, whatever build variables the shell has set", () => {
  const shell = {
    SCR_FIXTURES: "1",
    SCR_DRAFTS: "1",
    SCR_ARCHIVE_DATE: "2026-11-25",
    SCR_PARTNERSHIP: "tests/fixtures/partnerships/lowmere",
    SCR_NATIONAL_DATA: "national/_data",
    SCR_NATIONAL_CONTENT: "/tmp/gathered.json",
    CONTEXT: "deploy-preview",
  };
  const saved = { ...process.env };
  Object.assign(process.env, shell);
  try {
    assert.notDeepEqual(readBuildOptions(), readBuildOptions({}));
    assert.deepEqual(readBuildOptions(scriptEnvironment()), readBuildOptions({}));
  } finally {
    for (const name of Object.keys(shell)) if (saved[name] === undefined) delete process.env[name];
    Object.assign(process.env, saved);
  }
});
