import assert from "node:assert/strict";
import { before, test } from "node:test";
import {
  handOverData,
  handOverIdentity,
  placeOf,
  sharedThemes,
  statisticsCredited,
  withoutOwnLists,
} from "../../../src/_build/content/handOver.ts";
import type { SiteData } from "../../../src/_build/content/siteData.ts";
import { siteSchema } from "../../../src/_build/content/siteDataSchema.ts";
import { realSiteData } from "../support/siteData.ts";

let data: SiteData;
before(async () => {
  data = await realSiteData();
});

/** A partnership as a test names it, fictional so that no real one is described. */
const lowmere = {
  ...{
    name: "Lowmere Safeguarding Children Partnership",
    shortName: "Lowmere case reviews",
    area: "the Borough of Lowmere",
    place: "Lowmere",
    title: "Case reviews",
  },
  ...{
    description: "Reviews from the Lowmere Safeguarding Children Partnership.",
    url: "https://lowmere-scp.example",
    language: "en-GB",
    archiveSlug: "lowmere-scp-reviews",
  },
  quickExit: { url: "https://www.bbc.co.uk/weather", label: "Exit this page" },
  home: {
    description: "The Lowmere Safeguarding Children Partnership's reviews.",
    introduction: "The Lowmere Safeguarding Children Partnership keeps children safe in the Borough of Lowmere.",
  },
  library: { description: "Reviews commissioned in Lowmere.", introduction: "The reviews commissioned in Lowmere." },
  textSource: "The Lowmere Safeguarding Children Partnership's earlier page",
  contact: { email: "reviews@lowmere-scp.example" },
};

test("the place is the partnership's name without the usual endings", () => {
  assert.equal(placeOf("Example Safeguarding Children Partnership"), "Example");
  assert.equal(placeOf("North Example Local Safeguarding Children Partnership"), "North Example");
  assert.equal(placeOf("Example Children's Safeguarding Partnership"), "Example");
  assert.equal(placeOf("Example LSCP"), "Example");
  // A name that does not end as partnerships' names do gives no place: the command asks for --place.
  assert.equal(placeOf("Safeguarding Example"), undefined);
  assert.equal(placeOf("Safeguarding Children Partnership"), undefined);
});

test("the new identity keeps the kit's words with the new names in them, and drops the old contact details", () => {
  const site = handOverIdentity(lowmere, {
    name: "Example Safeguarding Children Partnership",
    area: "the City of Example",
  });
  assert.equal(site.name, "Example Safeguarding Children Partnership");
  assert.equal(site.place, "Example");
  assert.equal(site.shortName, "Example case reviews");
  assert.equal(site.archiveSlug, "example-scp-reviews");
  assert.equal(
    site.home.introduction,
    "The Example Safeguarding Children Partnership keeps children safe in the City of Example.",
  );
  assert.equal(site.library.introduction, "The reviews commissioned in Example.");
  assert.equal(site.url, "https://example-case-reviews.example");
  assert.equal(site.textSource, lowmere.textSource, "the page's words still come from where they came from");
  assert.equal("contact" in site, false);
  assert.ok(siteSchema.safeParse(site).success);
  assert.equal(
    handOverIdentity(lowmere, { name: "Example SCP", url: "https://example.org/" }).url,
    "https://example.org",
  );
});

test("the old partnership's own criteria lists go, the national ones stay", () => {
  const own = data.criteria.editions
    .flatMap((edition) => edition.lists)
    .filter((list) => list.source.title.includes(data.site.name));
  const criteria = withoutOwnLists(data.criteria, data.site.name);
  const lists = criteria.editions.flatMap((edition) => edition.lists);
  assert.equal(lists.length, data.criteria.editions.flatMap((edition) => edition.lists).length - own.length);
  assert.ok(lists.every((list) => !list.source.title.includes(data.site.name)));
  assert.equal(criteria.editions.length, data.criteria.editions.length);
});

test("the statistics' summary is credited to the partnership whose summary it is, once", () => {
  const statistics = {
    ...data.statistics,
    provenance: "These figures are the partnership's own summary. Read them as the partnership's summary.",
  };
  const credited = statisticsCredited(statistics, "Lowmere Safeguarding Children Partnership");
  assert.equal(
    credited.provenance,
    "These figures are the Lowmere Safeguarding Children Partnership's summary. " +
      "Read them as the Lowmere Safeguarding Children Partnership's summary.",
  );
  assert.equal(
    statisticsCredited(credited, "Example Safeguarding Children Partnership").provenance,
    credited.provenance,
  );
});

test("local themes were the old partnership's own; the shared ones keep their keys", () => {
  const themes = [...data.themes, { key: "water-safety", label: "Water safety", local: true }];
  assert.deepEqual(sharedThemes(themes), data.themes);
  assert.deepEqual(
    handOverData({ ...data, themes }, { name: "Example SCP" }).themes.map((theme) => theme.key),
    data.themes.map((theme) => theme.key),
  );
});
