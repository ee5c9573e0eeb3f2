// `npm run bench`: how fast the site builds and how light its pages are, on a large library of
// generated fictional reviews, beside the floor (bare Eleventy and the Pagefind CLI on the same
// files). A benchmark, not a test: it prints figures and budgets, and fails nothing.
// Options: --reviews N (default 1000), --large (5,000), --skip-serve, --skip-lighthouse.
// `npm run bench -- --national`: the national index instead (nationalBench.ts), from 150 fictional
// partnerships' feeds and 10,000 reviews; --partnerships N, --reviews N and --runs N change them.
import { cp, mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { availableParallelism, cpus, tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { loadSiteData } from "../../src/_build/content/siteData.ts";
import { startStaticServer } from "../../src/_build/preview/staticServer.ts";
import { htmlFiles } from "../../src/_build/siteFiles.ts";
import type { StageTiming } from "../../src/_build/siteBuild.ts";
import { validatePagesInParallel } from "../support/htmlValidation.ts";
import { auditPages } from "../support/lighthouse.ts";
import { checkSiteLinks } from "../support/linkCheck.ts";
import { ownedName, sweepLeftovers } from "../../src/_build/lifecycle/ownedFolders.ts";
import { copyProject, PROJECT_COPY_PREFIX } from "../support/projectCopy.ts";
import { generateReviews } from "./generateReviews.ts";
import { stopOnSignals } from "../../src/_build/lifecycle/stopSignals.ts";
import { archiveSearch } from "./archiveSearch.ts";
import { expectSuccess, measure, measureFloor, stopChildren, type FloorRun, type Measured } from "./measureProcess.ts";
import { firstViewWeight } from "./pageWeight.ts";
import { searchWeight } from "./searchWeight.ts";
import { measureServeRebuild } from "./serveRebuild.ts";
import { runNationalBench } from "./nationalBench.ts";

const { values } = parseArgs({
  options: {
    reviews: { type: "string" },
    large: { type: "boolean", default: false },
    "skip-serve": { type: "boolean", default: false },
    "skip-lighthouse": { type: "boolean", default: false },
    national: { type: "boolean", default: false },
    partnerships: { type: "string" },
    runs: { type: "string" },
  },
});
if (values.national) {
  await runNationalBench({
    partnerships: Number(values.partnerships ?? 150),
    reviews: Number(values.reviews ?? 10000),
    runs: Number(values.runs ?? 5),
  });
  process.exit(0);
}
const count = values.large ? 5000 : Number(values.reviews ?? 1000);
const node = process.execPath;
const seconds = (milliseconds: number) => `${(milliseconds / 1000).toFixed(1)} s`;
const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const check = (ok: boolean) => (ok ? "met" : "NOT met");
/**
 * How many times the floor and the build each run (see step 2): on a shared machine, five give a
 * steadier median than three.
 */
const RUNS = 5;

console.log(
  `Benchmark: ${count} generated fictional reviews, ` +
    `on ${availableParallelism()} cores (${cpus()[0]?.model ?? "unknown CPU"}), Node ${process.version}.`,
);
// Copies left by a benchmark killed outright (its process gone) are removed first.
await sweepLeftovers([PROJECT_COPY_PREFIX, "scr-bench"].map((prefix) => ({ dir: tmpdir(), prefix })));
const project = await copyProject();
const scratch = path.join(tmpdir(), ownedName("scr-bench"));
await mkdir(scratch, { recursive: true });
// Stopped (Ctrl-C, SIGTERM): every build it started stops too, cleaning up after itself, then its copies go.
const stopping = stopOnSignals();
stopping.signal.addEventListener("abort", async () => {
  await stopChildren();
  await rm(scratch, { recursive: true, force: true });
  await project.remove();
  console.error(`Stopped (${stopping.stoppedBy()}): the benchmark's copies of the project are removed.`);
  process.exit(stopping.exitCode());
});
try {
  const { data } = await loadSiteData();
  if (!data) throw new Error("The project's _data/ has problems: run npm run build to see them.");
  const fixtures = path.join(project.root, "tests", "fixtures", "reviews");
  await generateReviews(fixtures, count, data);

  // 1. The floor: the same Markdown through bare Eleventy with a one-line layout, then the Pagefind
  // CLI. It runs in turns with the site's build (step 2), before anything else: both follow only
  // the writing of the reviews. On some disks (ext4 without a journal, as here), creating files
  // stays slow for minutes after many were deleted, as the archive's clean-up does; measured
  // after it, the floor would be slower.
  const floor = path.join(scratch, "floor");
  await mkdir(path.join(floor, "src", "_includes"), { recursive: true });
  for (const name of await readdir(fixtures)) await cp(path.join(fixtures, name), path.join(floor, "src", name));
  await writeFile(
    path.join(floor, "src", "_includes", "layout.njk"),
    '<!DOCTYPE html><html lang="en"><head><title>{{ title }}</title></head><body>{{ content | safe }}</body></html>\n',
  );
  await writeFile(path.join(floor, "src", "src.11tydata.json"), '{ "layout": "layout.njk" }\n');
  const modules = path.join(project.root, "node_modules");

  // 2. The production build, stage by stage, with the fictional reviews. Each side runs RUNS times,
  // in turns, and the median run of each is reported: on a shared machine one run of either can
  // be a fifth slower than the next. Nothing is deleted between runs (see above).
  const floorRuns: FloorRun[] = [];
  const ourRuns: { measured: Measured; stages: StageTiming[]; site: string }[] = [];
  for (let run = 1; run <= RUNS; run++) {
    const out = `out-${run}`;
    const { eleventy, pagefind, milliseconds } = await measureFloor(modules, floor, out);
    floorRuns.push({ eleventy, pagefind, milliseconds });

    const site = path.join(scratch, `site-${run}`);
    const report = path.join(scratch, `build-${run}.json`);
    const measured = await measure(
      node,
      ["--import", "tsx", "src/_build/cli/build.ts", "--fixtures", "--output", site, "--report", report],
      { cwd: project.root },
    );
    expectSuccess("The build", measured);
    ourRuns.push({
      measured,
      stages: (JSON.parse(await readFile(report, "utf8")) as { timings: StageTiming[] }).timings,
      site,
    });
    console.log(
      `Run ${run}: the floor ${seconds(eleventy.milliseconds)} + ${seconds(pagefind.milliseconds)}, ` +
        `the site's build ${seconds(measured.milliseconds)}.`,
    );
  }
  const median = <T extends { milliseconds: number }>(runs: T[]): T =>
    [...runs].sort((a, b) => a.milliseconds - b.milliseconds)[Math.floor(runs.length / 2)] as T;
  const { eleventy: floorEleventy, pagefind: floorPagefind, milliseconds: floorTotal } = median(floorRuns);
  const floorPeak = Math.max(...floorRuns.flatMap((run) => [run.eleventy.peakBytes, run.pagefind.peakBytes]));
  const {
    measured: ours,
    stages,
    site,
  } = median(ourRuns.map((run) => ({ ...run, milliseconds: run.measured.milliseconds })));
  // The budget is for the most memory the build ever needs, so the highest of the runs.
  const ourPeak = Math.max(...ourRuns.map((run) => run.measured.peakBytes));
  const stage = (name: string) => stages.find((timing) => timing.stage === name)?.milliseconds ?? 0;

  // 3. The offline archive, which builds the site again for reading from disk.
  const archiveReport = path.join(scratch, "archive.json");
  const archive = await measure(
    node,
    [
      "--import",
      "tsx",
      "src/_build/cli/archive.ts",
      "--fixtures",
      "--date",
      "2026-11-25",
      "--output",
      path.join(scratch, "dist"),
      "--report",
      archiveReport,
    ],
    { cwd: project.root },
  );
  expectSuccess("The archive", archive);
  const archived = JSON.parse(await readFile(archiveReport, "utf8")) as { zipPath: string; timings: StageTiming[] };
  const archiveStage = archived.timings.find((timing) => timing.stage === "offline archive")?.milliseconds ?? 0;
  // Its search, opened from disk: the first query on a cold page, then inflected forms and phrases.
  const offline = await archiveSearch(archived.zipPath, scratch, [
    "neglect",
    "neglected",
    "abused",
    "misusing",
    "sleeping",
    "babies",
    "exploited",
    "child",
    "health visitor",
    "agenc",
  ]);
  const slowestOf = (queries: typeof offline.laterQueries) =>
    queries.reduce((most, query) => (query.milliseconds > most.milliseconds ? query : most));
  const slowest = slowestOf(offline.laterQueries);
  const slowestWhileLoading = slowestOf(offline.laterQueriesWhileLoading);
  const coldRuns = offline.coldRuns.map((ms) => `${Math.round(ms)} ms`).join(", ");
  const timesOf = (queries: typeof offline.laterQueries) =>
    queries.map((query) => `"${query.query}" ${Math.round(query.milliseconds)} ms`).join(", ");
  console.log(
    `Offline search: cold first results ${coldRuns}; later queries straight after the first results ` +
      `${timesOf(offline.laterQueriesWhileLoading)}; the rest of the index loaded ` +
      `${seconds(offline.restLoadedMs)} after the first results; later queries then ${timesOf(offline.laterQueries)}.`,
  );

  // 4. The checks over every built page (the median run's), spread over the cores.
  const pages = await htmlFiles(site);
  let start = performance.now();
  const htmlFailures = await validatePagesInParallel(site, pages);
  const validateMs = performance.now() - start;
  start = performance.now();
  const links = await checkSiteLinks(site);
  const linksMs = performance.now() - start;

  // 5. Page weight on first view, and the bytes behind the first search results.
  const reviewPage = `/reviews/${(await readdir(fixtures)).sort()[0]?.replace(/\.md$/, "")}/`;
  const views = [
    ["Home", "/"],
    ["A review", reviewPage],
    // The heaviest page without search: twenty review cards and the page links.
    ["A page of all reviews", count > 20 ? "/reviews/page/2/" : "/reviews/"],
    ["Search", "/search/"],
  ] as const;
  const weights = await Promise.all(
    views.map(async ([label, url]) => ({ label, url, view: await firstViewWeight(site, url) })),
  );
  const search = await searchWeight(site, "neglect");

  // 6. Editing one review while `npm start` runs.
  let serve: { milliseconds: number; written: string } | undefined;
  if (!values["skip-serve"]) {
    const reviews = path.join(project.root, "src", "reviews");
    // npm start watches src/reviews, so the generated reviews move there (without the fixtures' prefix).
    for (const name of await readdir(fixtures)) {
      if (name.startsWith("fictional-bench-"))
        await rename(path.join(fixtures, name), path.join(reviews, name.replace(/^fictional-/, "")));
    }
    serve = await measureServeRebuild(project.root, "src/reviews/bench-review-00010.md", 8123);
  }

  // 7. Lighthouse (mobile), last: loading it in this process upsets reading npm start's output above.
  let lighthouse: { url: string; scores: Record<string, number> }[] = [];
  if (!values["skip-lighthouse"]) {
    const server = await startStaticServer(site);
    try {
      const audited = views.filter(([label]) => label !== "A page of all reviews");
      lighthouse = (
        await auditPages(
          audited.map(([, url]) => `${server.url}${url}`),
          ["performance", "accessibility", "best-practices", "seo"],
        )
      ).map((audit) => ({ ...audit, url: audit.url.replace(server.url, "") }));
    } finally {
      await server.close();
    }
  }

  const total = ours.milliseconds;
  const lines = [
    `Benchmark of ${count} fictional reviews (${pages.length} pages) on ${availableParallelism()} cores, ` +
      `Node ${process.version}; build times are the median of ${RUNS} runs of each side, in turns:`,
    "",
    "| build | this site | floor | ratio | budget |",
    "| --- | --- | --- | --- | --- |",
    `| Eleventy, the content checks included | ${seconds(stage("eleventy"))} | ` +
      `${seconds(floorEleventy.milliseconds)} (bare Eleventy, one-line layout) | ` +
      `${(stage("eleventy") / floorEleventy.milliseconds).toFixed(1)}× | |`,
    `| search index (after Eleventy) | ${seconds(stage("search index"))} | ` +
      `${seconds(floorPagefind.milliseconds)} (Pagefind CLI) | | |`,
    `| **full production build** | **${seconds(total)}** | **${seconds(floorTotal)}** | ` +
      `**${(total / floorTotal).toFixed(2)}×** | at most 1.5×: ${check(total <= 1.5 * floorTotal)} |`,
    `| peak memory (highest run) | ${megabytes(ourPeak)} | ${megabytes(floorPeak)} | | ` +
      `under 1 GiB: ${check(ourPeak < 1024 ** 3)} |`,
    "| offline archive (index, manifest, zip; " +
      `after its own build of ${seconds(archive.milliseconds - archiveStage)}) | ` +
      `${seconds(archiveStage)} | | | |`,
    `| offline archive's search index file | ${(offline.indexBytes / 1024 / 1024).toFixed(1)} MB | | | ` +
      `at most 20 MB: ${check(offline.indexBytes <= 20 * 1024 ** 2)} |`,
    "| offline search opened from disk: " +
      `first results on a cold page ("neglect"; median of ${offline.coldRuns.length}) | ` +
      `${seconds(offline.coldFirstResultsMs)} | | | at most 0.8 s: ${check(offline.coldFirstResultsMs <= 800)} |`,
    `| offline search: later queries, once the rest of the index has loaded ` +
      `(${seconds(offline.restLoadedMs)} after the first results; ` +
      `${offline.laterQueries.length} queries, the slowest "${slowest.query}") | ` +
      `${Math.round(slowest.milliseconds)} ms | | | under 100 ms: ${check(slowest.milliseconds < 100)} |`,
    `| offline search: the same queries straight after the first results, while the rest loads ` +
      `(the slowest, "${slowestWhileLoading.query}") | ${Math.round(slowestWhileLoading.milliseconds)} ms | | | |`,
    `| checks over every page: html-validate on ${availableParallelism()} cores + links | ` +
      `${seconds(validateMs)} + ${seconds(linksMs)} (${htmlFailures.length + links.problems.length} problems) | | | |`,
    ...(serve
      ? [
          "| edit one review with npm start running: " +
            `rebuilt (${serve.written} ${serve.written === "1" ? "file" : "files"}) ` +
            `and reloaded | ${seconds(serve.milliseconds)} | | | under 1 s: ${check(serve.milliseconds < 1000)} |`,
        ]
      : []),
    "",
    "| first view | HTML | CSS | JS | total (gzipped) | render-blocking | " +
      "budget: 30 KB, one stylesheet, no web fonts |",
    "| --- | --- | --- | --- | --- | --- | --- |",
    ...weights.map(
      ({ label, view }) =>
        `| ${label} | ${kilobytes(view.html)} | ${kilobytes(view.css)} | ${kilobytes(view.js)} | ` +
        `${kilobytes(view.total)} (${kilobytes(view.totalGzip)}) | ${view.renderBlocking.length} stylesheet | ` +
        `${check(view.total <= 30 * 1024 && view.renderBlocking.length <= 1 && view.fonts === 0)} |`,
    ),
    "",
    `| first search results ("neglect", ${search.results} shown) | Pagefind files | ` +
      "everything the search page fetched | budget: 150 KB of Pagefind files |",
    "| --- | --- | --- | --- |",
    `| ${count} reviews | ${kilobytes(search.searchBytes)} | ` +
      `${kilobytes(search.allBytes)} in ${search.requests} requests | ${check(search.searchBytes <= 150 * 1024)} |`,
    ...(lighthouse.length
      ? [
          "",
          "| Lighthouse 12.2.3 (mobile) | performance | accessibility | best practices | SEO |",
          "| --- | --- | --- | --- | --- |",
          ...lighthouse.map(
            (audit) =>
              `| ${audit.url} | ${audit.scores.performance} | ${audit.scores.accessibility} | ` +
              `${audit.scores["best-practices"]} | ${audit.scores.seo} |`,
          ),
        ]
      : []),
  ];
  console.log(`\n${lines.join("\n")}\n`);
  const out = path.join(project.root, "..", `scr-bench-report-${count}.md`);
  await writeFile(out, `${lines.join("\n")}\n`);
  console.log(`The table is also in ${out}.`);
} finally {
  stopping.dispose();
  await rm(scratch, { recursive: true, force: true });
  await project.remove();
}
