import assert from "node:assert/strict";
import { test } from "node:test";
import { deepFreeze } from "../../../src/_build/eleventy/deepFreeze.ts";

test("global data is frozen all the way down, so no page can change what another reads", () => {
  const site = {
    name: "Partnership",
    quickExit: { url: "https://www.bbc.co.uk/weather" },
    themes: [{ id: "neglect", label: "Neglect" }],
  };
  const frozen = deepFreeze(site);
  assert.equal(frozen, site);
  for (const part of [site, site.quickExit, site.themes, site.themes[0]]) assert.ok(Object.isFrozen(part));
  assert.throws(() => {
    (site.themes[0] as { label: string }).label = "Changed";
  }, TypeError);
  assert.equal(deepFreeze(null), null);
  assert.equal(deepFreeze("text"), "text");
});
