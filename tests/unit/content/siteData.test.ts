import assert from "node:assert/strict";
import { cp, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, beforeEach, describe, test } from "node:test";
import type { Problem } from "../../../src/_build/content/problems.ts";
import { loadSiteData } from "../../../src/_build/content/siteData.ts";
import { paths } from "../../../src/_build/projectPaths.ts";
import { makeTempDir } from "../support/tempDir.ts";

let temp: { dir: string; remove: () => Promise<void> };

beforeEach(async () => {
  temp = await makeTempDir();
  await cp(paths.data, temp.dir, { recursive: true });
});
afterEach(() => temp.remove());

// biome-ignore lint/suspicious/noExplicitAny: a parsed JSON document, reached into at any depth
type Json = Record<string, any>;

/** Reads a data file in the temporary copy, lets the test change it, and writes it back. */
async function edit(name: string, change: (data: Json) => void): Promise<void> {
  const file = path.join(temp.dir, name);
  const data = JSON.parse(await readFile(file, "utf8")) as Json;
  change(data);
  await writeFile(file, JSON.stringify(data, null, 2));
}

/** The one problem reported, checked to be the only one and to be in the named file. */
function onlyProblemIn(result: { data?: unknown; problems: Problem[] }, name: string): Problem {
  assert.equal(result.data, undefined, "data must not be returned when there are problems");
  assert.equal(result.problems.length, 1, `expected one problem, got ${JSON.stringify(result.problems, null, 2)}`);
  const problem = result.problems[0] as Problem;
  assert.ok(problem.file.endsWith(`/${name}`), `expected the problem to be in ${name}, got ${problem.file}`);
  return problem;
}

describe("loading the site data", () => {
  test("the project's data loads with every part present and no problems", async () => {
    const result = await loadSiteData(temp.dir);
    assert.deepEqual(result.problems, []);
    const data = result.data;
    assert.ok(data);
    const themes = JSON.parse(await readFile(path.join(temp.dir, "themes.json"), "utf8")) as { key: string }[];
    assert.deepEqual(
      data.themes.map((theme) => theme.key),
      themes.map((theme) => theme.key),
    );
    assert.deepEqual(
      data.reviewTypes.map((type) => type.key),
      ["serious-case-review", "local-child-safeguarding-practice-review", "thematic-review"],
    );
    assert.match(data.site.url, /^https:\/\/[^/]+$/);
    assert.ok(data.links.brandonReport);
    assert.ok(data.criteria.editions.length > 0);
    assert.ok(data.statistics.findings.length > 0);
  });

  test("the project's real _data folder loads without problems", async () => {
    const result = await loadSiteData();
    assert.deepEqual(result.problems, []);
  });

  test("a JSON syntax error names the file and the line, and says what to look for", async () => {
    await writeFile(
      path.join(temp.dir, "themes.json"),
      '[\n  { "key": "neglect", "label": "Neglect" }\n  { "key": "hidden-men", "label": "Hidden men" }\n]\n',
    );
    const problem = onlyProblemIn(await loadSiteData(temp.dir), "themes.json");
    assert.equal(problem.line, 3);
    assert.match(problem.message, /This is not valid JSON/);
    assert.match(problem.message, /missing comma between items/);
  });

  test("a missing data file is reported by name", async () => {
    await rm(path.join(temp.dir, "age-groups.json"));
    const problem = onlyProblemIn(await loadSiteData(temp.dir), "age-groups.json");
    assert.match(problem.message, /This file is missing/);
  });

  test("a link labelled PDF whose address does not end in .pdf is refused", async () => {
    await edit("links.json", (links) => {
      links.brandonPdf = {
        title: "The report",
        publisher: "DCSF",
        url: "https://example.org/reports/brandon",
        format: "PDF",
        size: "1.2 MB",
      };
    });
    const problem = onlyProblemIn(await loadSiteData(temp.dir), "links.json");
    assert.equal(problem.field, "brandonPdf.url");
    assert.equal(problem.value, "https://example.org/reports/brandon");
    assert.match(problem.message, /labelled as a PDF but does not end in \.pdf/);
    assert.match(problem.message, /format "Web page"/);
  });

  test("a link labelled PDF with no size is asked for its size", async () => {
    await edit("links.json", (links) => {
      links.brandonPdf = {
        title: "The report",
        publisher: "DCSF",
        url: "https://example.org/brandon.pdf",
        format: "PDF",
      };
    });
    const problem = onlyProblemIn(await loadSiteData(temp.dir), "links.json");
    assert.equal(problem.field, "brandonPdf.size");
    assert.match(problem.message, /needs its size, like "505 KB"/);
  });

  test("a link labelled PDF whose address is not a web address is reported, not a crash", async () => {
    await edit("links.json", (links) => {
      links.brandonPdf = { title: "The report", publisher: "DCSF", url: "brandon.pdf", format: "PDF", size: "1.2 MB" };
    });
    const problem = onlyProblemIn(await loadSiteData(temp.dir), "links.json");
    assert.equal(problem.field, "brandonPdf.url");
  });

  test("a format that is not one of the known ones lists the allowed formats", async () => {
    await edit("links.json", (links) => {
      links.nspccRepository.format = "Website";
    });
    const problem = onlyProblemIn(await loadSiteData(temp.dir), "links.json");
    assert.equal(problem.field, "nspccRepository.format");
    assert.equal(problem.value, "Website");
    assert.match(problem.message, /Web page, PDF, Word document, Spreadsheet/);
  });

  test("a guidance edition's unknown review type and a finding's unknown theme are both reported", async () => {
    await edit("criteria.json", (criteria) => {
      criteria.editions[1].reviewType = "practice-review";
    });
    await edit("dcsf-statistics.json", (statistics) => {
      statistics.findings[3].themes[1] = "substance-misuse";
    });
    const result = await loadSiteData(temp.dir);
    assert.equal(result.data, undefined);
    assert.equal(result.problems.length, 2);
    const [edition, finding] = result.problems;
    assert.ok(edition?.file.endsWith("/criteria.json"));
    assert.equal(edition?.field, "editions[2].reviewType");
    assert.equal(edition?.value, "practice-review");
    assert.match(edition?.message ?? "", /is not a review type in review-types\.json/);
    assert.match(
      edition?.message ?? "",
      /"serious-case-review" \(Serious case review\), "local-child-safeguarding-practice-review" \(Local child safeguarding practice review\), "thematic-review" \(Thematic review\)/,
    );
    assert.ok(finding?.file.endsWith("/dcsf-statistics.json"));
    assert.equal(finding?.field, "findings[4].themes[2]");
    assert.equal(finding?.value, "substance-misuse");
    assert.match(finding?.message ?? "", /is not a theme in themes\.json/);
    assert.match(finding?.message ?? "", /"parental-substance-misuse" \(Parental substance misuse\)/);
  });

  test("a criteria source naming a link that does not exist lists the links there are", async () => {
    await edit("criteria.json", (criteria) => {
      criteria.editions[0].lists[0].source.link = "lscbRegs";
    });
    const problem = onlyProblemIn(await loadSiteData(temp.dir), "criteria.json");
    assert.equal(problem.field, "editions[1].lists[1].source.link");
    assert.equal(problem.value, "lscbRegs");
    assert.match(problem.message, /lscbRegulations2006/);
  });

  test("a percentage over 100 is refused", async () => {
    await edit("dcsf-statistics.json", (statistics) => {
      statistics.findings[0].percent = 166;
    });
    const problem = onlyProblemIn(await loadSiteData(temp.dir), "dcsf-statistics.json");
    assert.equal(problem.field, "findings[1].percent");
    assert.equal(problem.value, 166);
    assert.match(problem.message, /between 0 and 100/);
  });

  test("a theme key used twice names the second entry", async () => {
    await edit("themes.json", (themes) => {
      (themes as unknown as { key: string; label: string }[]).push({ key: "neglect", label: "Neglect again" });
    });
    const result = await loadSiteData(temp.dir);
    const problem = onlyProblemIn(result, "themes.json");
    assert.equal(problem.field, "[21].key");
    assert.match(problem.message, /"neglect" is used twice/);
  });

  test("problems in several files are reported together", async () => {
    await edit("site.json", (site) => {
      site.url = site.url.replace("https://", "http://");
    });
    await edit("age-groups.json", (groups) => {
      (groups as unknown as { key: string }[])[0]!.key = "Under 1";
    });
    const result = await loadSiteData(temp.dir);
    assert.equal(result.data, undefined);
    const files = result.problems.map((problem) => [path.basename(problem.file), problem.field]);
    assert.deepEqual(files, [
      ["site.json", "url"],
      ["age-groups.json", "[1].key"],
    ]);
  });

  test("a theme may be marked local; local must be true or false", async () => {
    await edit("themes.json", (themes) => {
      (themes as unknown as Json[]).push({ key: "housing", label: "Housing", local: true });
    });
    const result = await loadSiteData(temp.dir);
    assert.deepEqual(result.problems, []);
    assert.deepEqual(result.data?.themes.at(-1), { key: "housing", label: "Housing", local: true });
    await edit("themes.json", (themes) => {
      (themes as unknown as Json[]).at(-1)!.local = "yes";
    });
    assert.match(onlyProblemIn(await loadSiteData(temp.dir), "themes.json").message, /local must be true or false/);
  });

  test("contact details need at least one way to reach the partnership, each in its own form", async () => {
    await edit("site.json", (site) => {
      site.contact = {};
    });
    assert.match(
      onlyProblemIn(await loadSiteData(temp.dir), "site.json").message,
      /at least one of email, phone and url/,
    );
    await edit("site.json", (site) => {
      site.contact = { email: "not an address" };
    });
    assert.equal(onlyProblemIn(await loadSiteData(temp.dir), "site.json").field, "contact.email");
  });

  test("another partnership's folder may leave out shared files: each is read from the project's _data/", async () => {
    const own = await makeTempDir();
    try {
      await cp(path.join(temp.dir, "site.json"), path.join(own.dir, "site.json"));
      const result = await loadSiteData(own.dir, temp.dir);
      assert.deepEqual(result.problems, []);
      assert.ok(result.data?.statistics.findings.length);
      await writeFile(path.join(own.dir, "themes.json"), "[]");
      const problem = onlyProblemIn(await loadSiteData(own.dir, temp.dir), "themes.json");
      assert.ok(problem.file.endsWith(`${path.basename(own.dir)}/themes.json`), problem.file);
    } finally {
      await own.remove();
    }
  });
});
