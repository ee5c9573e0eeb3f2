import assert from "node:assert/strict";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import { feedAddressProblem, loadSources, partnershipKeyOf } from "../../../src/_build/national/sources.ts";
import { makeTempDir } from "../support/tempDir.ts";

async function sourcesFile(list: unknown, run: (file: string) => Promise<void>): Promise<void> {
  const { dir, remove } = await makeTempDir();
  try {
    const file = path.join(dir, "sources.json");
    await writeFile(file, JSON.stringify(list, null, 2));
    await run(file);
  } finally {
    await remove();
  }
}

const fenmarch = {
  name: "Fenmarch Safeguarding Children Partnership",
  region: "Fen Country",
  site: "https://fenmarch-scp.example",
  feed: "https://fenmarch-scp.example/feed.json",
};

test("a sources file lists each partnership with its key in the index, from its name and region", async () => {
  await sourcesFile([fenmarch], async (file) => {
    const { sources, problems } = await loadSources(file, { allowLoopback: false });
    assert.deepEqual(problems, []);
    assert.deepEqual(sources, [{ ...fenmarch, key: "fenmarch", regionKey: "fen-country" }]);
  });
});

test("every mistake in a sources file is named at once, with the field and its line", async () => {
  const list = [
    fenmarch,
    { ...fenmarch, site: "https://other-scp.example", feed: "https://other-scp.example/feed.json" },
    {
      name: "Oxlade Safeguarding Children Partnership",
      region: "Fen Country",
      site: "http://oxlade-scp.example",
      feed: "https://feeds.example/oxlade.json",
    },
    {
      name: "Themes",
      region: "Fen Country",
      site: "https://themes-scp.example",
      feed: "http://127.0.0.1:4000/feed.json",
      email: "x",
    },
  ];
  await sourcesFile(list, async (file) => {
    const { sources, problems } = await loadSources(file, { allowLoopback: false });
    assert.equal(sources, undefined);
    const found = problems.map((problem) => `${problem.field}: ${problem.message}`);
    assert.ok(
      found.some((line) => line.startsWith("[3].site: must be a full web address starting with https://")),
      found.join("\n"),
    );
    assert.ok(
      found.some((line) => line.startsWith("[3].feed: must be on the partnership's own site, oxlade-scp.example")),
      found.join("\n"),
    );
    assert.ok(
      found.some((line) => line.startsWith("[4].feed: is on this machine: only allowed with --allow-loopback")),
      found.join("\n"),
    );
    assert.ok(
      found.some((line) => line.startsWith('[4].email: "email" is not a field we know')),
      found.join("\n"),
    );
    assert.ok(
      problems.every((problem) => problem.line),
      "each problem has its line",
    );
  });
  await sourcesFile([fenmarch, { ...fenmarch, region: "Elsewhere" }, { ...fenmarch, name: "Themes" }], async (file) => {
    const found = (await loadSources(file, { allowLoopback: false })).problems.map(
      (problem) => `${problem.field}: ${problem.message}`,
    );
    assert.ok(
      found.some((line) =>
        line.startsWith("[2].name: gives the same address as partnership 1's (/partnerships/fenmarch/)"),
      ),
      found.join("\n"),
    );
    assert.ok(
      found.some((line) => line.startsWith("[3].name: gives the address /reviews/themes/")),
      found.join("\n"),
    );
  });
});

test("a sources file's mistakes in its entries and in the list as a whole are all named in one run", async () => {
  const list = [
    { ...fenmarch, feed: "http://fenmarch-scp.example/feed.json" },
    { ...fenmarch, name: "Oxlade Safeguarding Children Partnership", email: "x" },
  ];
  await sourcesFile(list, async (file) => {
    const found = (await loadSources(file, { allowLoopback: false })).problems.map(
      (problem) => `${problem.field}: ${problem.message}`,
    );
    assert.equal(found.length, 3, found.join("\n"));
    assert.ok(
      found.some((line) => line.startsWith("[1].feed: must start with https://")),
      found.join("\n"),
    );
    assert.ok(
      found.some((line) => line.startsWith('[2].email: "email" is not a field we know')),
      found.join("\n"),
    );
    assert.ok(
      found.some((line) => line.startsWith("[2].site: is the same as partnership 1's")),
      found.join("\n"),
    );
  });
});

test("a partnership's address in the index is its name without the words every partnership's name has", () => {
  assert.equal(partnershipKeyOf("Fenmarch Safeguarding Children Partnership"), "fenmarch");
  assert.equal(partnershipKeyOf("The Oxlade and Quenwick Children's Safeguarding Partnership"), "oxlade-and-quenwick");
  assert.equal(
    partnershipKeyOf("Safeguarding Children Partnership"),
    "safeguarding-children-partnership",
    "a name of nothing but the generic words keeps them",
  );
});

test("plain http is allowed only for a feed on this machine, and only with --allow-loopback", () => {
  assert.equal(feedAddressProblem("http://127.0.0.1:4000/feed.json", "https://fenmarch-scp.example", true), undefined);
  assert.equal(feedAddressProblem("http://localhost:4000/feed.json", "https://fenmarch-scp.example", true), undefined);
  assert.match(
    feedAddressProblem("http://fenmarch-scp.example/feed.json", "https://fenmarch-scp.example", true) ?? "",
    /https/,
  );
  assert.match(
    feedAddressProblem("http://127.0.0.1:4000/feed.json", "https://fenmarch-scp.example", false) ?? "",
    /--allow-loopback/,
  );
});
