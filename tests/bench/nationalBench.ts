// `npm run bench -- --national`: the national index gathered from 150 fictional partnerships' feeds
// (10,000 reviews), served on this machine, beside the floor: bare Eleventy and the Pagefind CLI
// over the same number of pages. A benchmark, not a test: it prints figures and budgets.
// Options: --partnerships N (default 150), --reviews N (default 10000), --runs N (default 5).
import { cp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { availableParallelism, cpus, tmpdir } from "node:os";
import path from "node:path";
import { loadSiteData } from "../../src/_build/content/siteData.ts";
import { ownedName, sweepLeftovers } from "../../src/_build/lifecycle/ownedFolders.ts";
import { stopOnSignals } from "../../src/_build/lifecycle/stopSignals.ts";
import { gatherFeeds } from "../../src/_build/national/gatherFeeds.ts";
import { loadSources, nationalDataFolder } from "../../src/_build/national/sources.ts";
import { projectRoot } from "../../src/_build/projectPaths.ts";
import { htmlFiles } from "../../src/_build/siteFiles.ts";
import type { StageTiming } from "../../src/_build/timings.ts";
import { startFeedServer, type FeedRoute } from "../support/feedServer.ts";
import { nationalData } from "../support/testSites.ts";
import { generateFeeds } from "./generateFeeds.ts";
import { expectSuccess, measure, measureFloor, stopChildren, type FloorRun, type Measured } from "./measureProcess.ts";
import { firstViewWeight } from "./pageWeight.ts";
import { searchWeight } from "./searchWeight.ts";

const seconds = (milliseconds: number) => `${(milliseconds / 1000).toFixed(1)} s`;
const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const check = (ok: boolean) => (ok ? "met" : "NOT met");
const node = process.execPath;
const modules = path.join(projectRoot, "node_modules");

/**
 * The floor's pages: as many as the national index has, each a plain Markdown page with one
 * review's words (its title, details and summary), as the partnership benchmark's floor has one
 * review's text a page.
 */
async function writeFloor(floor: string, pageCount: number, feeds: readonly { current: string }[]): Promise<void> {
  const items = feeds.flatMap(
    (feed) =>
      (
        JSON.parse(feed.current) as {
          items: {
            title: string;
            summary: string;
            _review: { type_label: string; published: string; themes: { label: string }[] };
          }[];
        }
      ).items,
  );
  await mkdir(path.join(floor, "src", "_includes"), { recursive: true });
  await writeFile(
    path.join(floor, "src", "_includes", "layout.njk"),
    '<!DOCTYPE html><html lang="en"><head><title>{{ title }}</title></head><body>{{ content | safe }}</body></html>\n',
  );
  await writeFile(path.join(floor, "src", "src.11tydata.json"), '{ "layout": "layout.njk" }\n');
  const card = (item: (typeof items)[number]) =>
    `## ${item.title}\n\n${item._review.type_label}, published ${item._review.published}. ` +
    `Themes: ${item._review.themes.map((theme) => theme.label).join(", ")}.\n\n${item.summary}\n`;
  for (let index = 0; index < pageCount; index++) {
    const item = items[index % items.length];
    if (!item) break;
    await writeFile(
      path.join(floor, "src", `page-${String(index).padStart(5, "0")}.md`),
      `---\ntitle: "${item.title}"\n---\n\n${card(item)}`,
    );
  }
}

export async function runNationalBench(options: {
  partnerships: number;
  reviews: number;
  runs: number;
}): Promise<void> {
  console.log(
    `National benchmark: ${options.partnerships} fictional partnerships, ${options.reviews} reviews, ` +
      `on ${availableParallelism()} cores (${cpus()[0]?.model ?? "unknown CPU"}), Node ${process.version}.`,
  );
  await sweepLeftovers([{ dir: tmpdir(), prefix: "scr-national-bench" }]);
  const scratch = path.join(tmpdir(), ownedName("scr-national-bench"));
  await mkdir(scratch, { recursive: true });
  let server: Awaited<ReturnType<typeof startFeedServer>> | undefined;
  const stopping = stopOnSignals();
  stopping.signal.addEventListener("abort", async () => {
    await stopChildren();
    await server?.close();
    await rm(scratch, { recursive: true, force: true });
    console.error(`Stopped (${stopping.stoppedBy()}): the benchmark's files are removed.`);
    process.exit(stopping.exitCode());
  });
  try {
    const { data } = await loadSiteData();
    if (!data) throw new Error("The project's _data/ has problems: run npm run build to see them.");
    const { partnerships, items } = generateFeeds(data, options.partnerships, options.reviews);

    // 1. The feeds, served on this machine; at first as an earlier build fetched them.
    let version: "earlier" | "current" = "earlier";
    const routes: Record<string, FeedRoute> = Object.fromEntries(
      partnerships.map((partnership) => [
        `/${partnership.path}/feed.json`,
        ((_request, response) =>
          void response
            .writeHead(200, { "content-type": "application/feed+json" })
            .end(partnership[version])) as FeedRoute,
      ]),
    );
    server = await startFeedServer(routes);
    const input = path.join(scratch, "national");
    await cp(nationalData, path.join(input, "_data"), { recursive: true });
    const sourcesFile = path.join(input, "sources.json");
    const list = partnerships.map((partnership) => ({
      name: partnership.name,
      region: partnership.region,
      site: partnership.site,
      feed: `${server?.url}/${partnership.path}/feed.json`,
    }));
    await writeFile(sourcesFile, JSON.stringify(list, null, 2));
    const cache = path.join(scratch, "cache");

    // 2. The index has gathered before: its cache holds each partnership's earlier copy, and so the
    // reviews that have since aged out of the feeds. Then the feeds are as they are now.
    const { sources } = await loadSources(sourcesFile, { allowLoopback: true });
    const { data: national } = await loadSiteData(nationalDataFolder(sourcesFile), path.join(projectRoot, "_data"));
    if (!sources || !national) throw new Error("The benchmark's sources or the national index's data have problems.");
    await gatherFeeds({
      sources,
      national: { site: national.site, vocabulary: national },
      cacheDir: cache,
      offline: false,
      allowLoopback: true,
      today: "2026-11-25",
    });
    version = "current";

    const build = (out: string, report: string) =>
      measure(
        node,
        [
          "--import",
          "tsx",
          "src/_build/cli/buildNational.ts",
          "--sources",
          sourcesFile,
          "--cache",
          cache,
          "--allow-loopback",
          "--output",
          out,
          "--report",
          report,
        ],
        { cwd: projectRoot },
      );
    // 3. One build first, not timed, to count its pages for the floor.
    const first = await build(path.join(scratch, "site-0"), path.join(scratch, "build-0.json"));
    expectSuccess("The national build", first);
    const gatheredLine = /Gathered \d[^\n]*/.exec(first.stdout)?.[0] ?? "";
    const pageCount = (await htmlFiles(path.join(scratch, "site-0"))).length;
    console.log(`${gatheredLine} ${pageCount} pages.`);
    const floor = path.join(scratch, "floor");
    await writeFloor(floor, pageCount, partnerships);

    // 4. The floor and the national build, in turns, under the same conditions.
    const floorRuns: FloorRun[] = [];
    const ourRuns: { measured: Measured; stages: StageTiming[]; site: string }[] = [];
    for (let run = 1; run <= options.runs; run++) {
      const out = `out-${run}`;
      const { eleventy, pagefind, milliseconds } = await measureFloor(modules, floor, out);
      floorRuns.push({ eleventy, pagefind, milliseconds });
      const site = path.join(scratch, `site-${run}`);
      const report = path.join(scratch, `build-${run}.json`);
      const measured = await build(site, report);
      expectSuccess("The national build", measured);
      ourRuns.push({
        measured,
        stages: (JSON.parse(await readFile(report, "utf8")) as { timings: StageTiming[] }).timings,
        site,
      });
      const ratio = measured.milliseconds / (eleventy.milliseconds + pagefind.milliseconds);
      console.log(
        `Run ${run}: the floor ${seconds(eleventy.milliseconds)} + ${seconds(pagefind.milliseconds)}, ` +
          `the national build ${seconds(measured.milliseconds)} (ratio ${ratio.toFixed(2)}).`,
      );
      await rm(path.join(floor, out), { recursive: true, force: true });
    }
    const median = <T extends { milliseconds: number }>(runs: T[]): T =>
      [...runs].sort((a, b) => a.milliseconds - b.milliseconds)[Math.floor(runs.length / 2)] as T;
    const floorMedian = median(floorRuns);
    const ours = median(ourRuns.map((run) => ({ ...run, milliseconds: run.measured.milliseconds })));
    const ratios = ourRuns.map(
      (run, index) => run.measured.milliseconds / (floorRuns[index]?.milliseconds ?? Infinity),
    );
    const floorPeak = Math.max(...floorRuns.flatMap((run) => [run.eleventy.peakBytes, run.pagefind.peakBytes]));
    const ourPeak = Math.max(...ourRuns.map((run) => run.measured.peakBytes));
    const stage = (name: string) => ours.stages.find((timing) => timing.stage === name)?.milliseconds ?? 0;

    // 5. The weight of each kind of page's first view, and of the first search results.
    const site = ours.site;
    const pages = await htmlFiles(site);
    const firstOf = (pattern: RegExp) =>
      `/${(pages.find((file) => pattern.test(file)) ?? "").replace(/index\.html$/, "")}`;
    const views = [
      ["Home", "/"],
      ["A review", firstOf(/^reviews\/benchmark-\d+\/[^/]+\/index\.html$/)],
      ["A page of all reviews", "/reviews/page/2/"],
      ["A page of a partnership's reviews", firstOf(/^reviews\/partnerships\/[^/]+\/page\/2\/index\.html$/)],
      ["A page of a region's reviews", firstOf(/^reviews\/regions\/[^/]+\/page\/2\/index\.html$/)],
      ["A page of a theme's reviews", firstOf(/^reviews\/themes\/[^/]+\/page\/2\/index\.html$/)],
      ["Reviews by theme", "/reviews/themes/"],
      ["Partnerships", "/partnerships/"],
      ["A region's partnerships", firstOf(/^partnerships\/regions\/[^/]+\/index\.html$/)],
      ["A partnership", firstOf(/^partnerships\/benchmark-[^/]+\/index\.html$/)],
      ["Sources (first page)", "/sources/"],
      ["Themes across the index", "/themes/"],
      ["Sitemap", "/sitemap/"],
      ["Search", "/search/"],
    ] as const;
    const weights = await Promise.all(
      views.map(async ([label, url]) => ({ label, url, view: await firstViewWeight(site, url) })),
    );
    const search = await searchWeight(site, "neglect");

    const eachRun = ourRuns.map(
      (run, index) =>
        `floor ${seconds(floorRuns[index]?.milliseconds ?? 0)}, national ${seconds(run.measured.milliseconds)} ` +
        `(${ratios[index]?.toFixed(2)})`,
    );
    const lines = [
      `National benchmark: ${options.partnerships} fictional partnerships' feeds, ${options.reviews} reviews ` +
        `(${items} items, joint reviews in two feeds), ${pageCount} pages, on ${availableParallelism()} cores, ` +
        `Node ${process.version}; the median of ${options.runs} runs of each side, in turns:`,
      "",
      `Runs: ${eachRun.join("; ")}.`,
      "",
      "| build | national index | floor | ratio | budget |",
      "| --- | --- | --- | --- | --- |",
      `| gathering ${options.partnerships} feeds from a local server, checking every item ` +
        `| ${seconds(stage("gathering feeds"))} | none | | |`,
      `| Eleventy | ${seconds(stage("eleventy"))} ` +
        `| ${seconds(floorMedian.eleventy.milliseconds)} (bare Eleventy, one-line layout) | | |`,
      `| search index (after Eleventy) | ${seconds(stage("search index"))} ` +
        `| ${seconds(floorMedian.pagefind.milliseconds)} (Pagefind CLI) | | |`,
      `| **whole national build** | **${seconds(ours.milliseconds)}** | **${seconds(floorMedian.milliseconds)}** ` +
        `| **${(ours.milliseconds / floorMedian.milliseconds).toFixed(2)}×** ` +
        `| at most 1.5×: ${check(ours.milliseconds <= 1.5 * floorMedian.milliseconds)} |`,
      // Each run's two sides ran one after the other, under the same load: their ratio is the
      // fairest on a shared machine.
      `| the runs' own ratios (median) | | ` +
        `| ${median(ratios.map((ratio) => ({ milliseconds: ratio }))).milliseconds.toFixed(2)}× ` +
        `| at most 1.5×: ${check(Math.max(...ratios) <= 1.5)} for every run |`,
      `| peak memory (highest run) | ${megabytes(ourPeak)} | ${megabytes(floorPeak)} ` +
        `| | under 1.5 GiB: ${check(ourPeak < 1.5 * 1024 ** 3)} |`,
      "",
      "| first view | HTML | CSS | JS | total (gzipped) | budget: 30 KB, one stylesheet, no web fonts |",
      "| --- | --- | --- | --- | --- | --- |",
      ...weights.map(
        ({ label, view }) =>
          `| ${label} | ${kilobytes(view.html)} | ${kilobytes(view.css)} | ${kilobytes(view.js)} ` +
          `| ${kilobytes(view.total)} (${kilobytes(view.totalGzip)}) ` +
          `| ${check(view.total <= 30 * 1024 && view.renderBlocking.length <= 1 && view.fonts === 0)} |`,
      ),
      "",
      `| first search results ("neglect", ${search.results} shown) | Pagefind files ` +
        "| everything the search page fetched | budget: 150 KB of Pagefind files |",
      "| --- | --- | --- | --- |",
      `| ${options.reviews} reviews | ${kilobytes(search.searchBytes)} ` +
        `| ${kilobytes(search.allBytes)} in ${search.requests} requests | ${check(search.searchBytes <= 150 * 1024)} |`,
    ];
    console.log(`\n${lines.join("\n")}\n`);
    const out = path.join(projectRoot, ".scratch", `bench-national-report-${options.reviews}.md`);
    await mkdir(path.dirname(out), { recursive: true });
    await writeFile(out, `${lines.join("\n")}\n`);
    console.log(`The table is also in ${out}.`);
  } finally {
    stopping.dispose();
    await server?.close();
    await rm(scratch, { recursive: true, force: true });
  }
}
