import { spawn } from "node:child_process";
import { tracked } from "./measureProcess.ts";
import { appendFile } from "node:fs/promises";
import path from "node:path";
import { scriptEnvironment } from "../support/scriptEnvironment.ts";

/**
 * With `npm start` running on a project, edits one review and measures how long until Eleventy has
 * rebuilt (the dev server reloads the page as soon as it has). Returns milliseconds.
 */
export async function measureServeRebuild(
  root: string,
  reviewFile: string,
  port: number,
): Promise<{ milliseconds: number; written: string }> {
  const child = tracked(
    spawn(
      process.execPath,
      [
        "--import",
        "tsx",
        "node_modules/@11ty/eleventy/cmd.cjs",
        "--config=.eleventy.ts",
        "--serve",
        "--incremental",
        `--port=${port}`,
      ],
      {
        cwd: root,
        env: scriptEnvironment(),
      },
    ),
  );
  let log = "";
  const waitFor = (pattern: RegExp, from: number, timeout: number) =>
    new Promise<RegExpExecArray>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`Timed out waiting for ${pattern} from npm start:\n${log.slice(-2000)}`)),
        timeout,
      );
      const check = () => {
        const match = pattern.exec(log.slice(from));
        if (match) {
          clearTimeout(timer);
          child.stdout.off("data", check);
          child.stderr.off("data", check);
          resolve(match);
        }
      };
      // Eleventy writes some lines to stdout and some to stderr.
      child.stdout.on("data", check);
      child.stderr.on("data", check);
      check();
    });
  child.stdout.on("data", (chunk) => (log += chunk));
  child.stderr.on("data", (chunk) => (log += chunk));
  if (process.env.BENCH_DEBUG)
    setInterval(
      () => console.log(`[serve log] ${log.length} chars; last: ${JSON.stringify(log.slice(-200))}`),
      5000,
    ).unref();
  try {
    await waitFor(/Server at/, 0, 10 * 60_000);
    // The first search index is written in the background after the first build: an edit made
    // while Pagefind is still at it would measure the two together. Then the file watcher settles.
    await waitFor(/\[search\] Indexed \d+ pages/, 0, 10 * 60_000);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const from = log.length;
    const start = performance.now();
    await appendFile(path.join(root, reviewFile), "\nAn added sentence, as an editor would make.\n");
    const match = await waitFor(/Wrote (\d+) files?[^\n]* in ([\d.]+) seconds/, from, 5 * 60_000);
    return { milliseconds: performance.now() - start, written: match[1] ?? "?" };
  } finally {
    child.kill();
  }
}
