import path from "node:path";
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { readdirSync, readFileSync } from "node:fs";

/** A process's parent, from /proc/<pid>/stat (the field after the state, which follows the name in brackets). */
function parentOf(pid: string): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  } catch {
    return undefined; // The process ended meanwhile.
  }
}

/**
 * Resident memory of a process and all its descendants, in bytes (Linux /proc; 0 elsewhere). The
 * tree is found from every process's parent, not from each thread's list of children: Pagefind
 * runs hundreds of threads while it writes its index, and reading a file for each of them, twenty
 * times a second, took CPU from the build being measured.
 */
function treeMemory(root: number): number {
  let entries: string[];
  try {
    entries = readdirSync("/proc").filter((entry) => /^\d+$/.test(entry));
  } catch {
    return 0;
  }
  const children = new Map<number, string[]>();
  for (const entry of entries) {
    const parent = parentOf(entry);
    if (parent !== undefined) children.set(parent, [...(children.get(parent) ?? []), entry]);
  }
  let total = 0;
  const pending = [String(root)];
  while (pending.length) {
    const pid = pending.pop() as string;
    try {
      total += Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) * 1024;
    } catch {
      // The process ended between two readings.
    }
    pending.push(...(children.get(Number(pid)) ?? []));
  }
  return total;
}

export interface Measured {
  code: number;
  milliseconds: number;
  /** The most memory the command and its child processes held at once, sampled every 50 ms. */
  peakBytes: number;
  stdout: string;
  stderr: string;
}

/** Runs a command to completion, timing it and sampling its memory (Pagefind's own process included). */
/** The processes the benchmark has started and that are still running, so that stopping it stops them. */
const running = new Set<ChildProcess>();

/** Counts a process the benchmark started as running until it exits. */
export function tracked<T extends ChildProcess>(child: T): T {
  running.add(child);
  child.once("exit", () => running.delete(child));
  return child;
}

/** Stops every process the benchmark started (each build cleans up after itself), and waits for them to end. */
export async function stopChildren(): Promise<void> {
  await Promise.all(
    [...running].map(async (child) => {
      const exited = once(child, "exit");
      child.kill("SIGTERM");
      await exited;
    }),
  );
}

export function measure(
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv },
): Promise<Measured> {
  return new Promise((resolve) => {
    const start = performance.now();
    const child = tracked(spawn(command, args, { cwd: options.cwd, env: { ...process.env, ...options.env } }));
    let stdout = "";
    let stderr = "";
    let peakBytes = 0;
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    const sampler = setInterval(() => {
      if (child.pid) peakBytes = Math.max(peakBytes, treeMemory(child.pid));
    }, 50);
    child.on("exit", (code) => {
      clearInterval(sampler);
      resolve({ code: code ?? 1, milliseconds: performance.now() - start, peakBytes, stdout, stderr });
    });
  });
}

/** Stops the benchmark with the step's own error output when a measured command failed. */
export function expectSuccess(step: string, result: Measured): void {
  if (result.code !== 0)
    throw new Error(`${step} failed:\n${result.stdout.slice(-2000)}\n${result.stderr.slice(-3000)}`);
}

/** One run of the floor: bare Eleventy into `out`, then the Pagefind CLI over it, in `floor`. */
export interface FloorRun {
  eleventy: Measured;
  pagefind: Measured;
  milliseconds: number;
}

/** Measures one run of the floor, with the project's installed Eleventy and Pagefind (`modules`). */
export async function measureFloor(modules: string, floor: string, out: string): Promise<FloorRun> {
  const eleventy = await measure(
    process.execPath,
    [path.join(modules, "@11ty/eleventy/cmd.cjs"), "--input=src", `--output=${out}`, "--quiet"],
    { cwd: floor },
  );
  expectSuccess("Bare Eleventy", eleventy);
  const pagefind = await measure(process.execPath, [path.join(modules, "pagefind/lib/runner/bin.cjs"), "--site", out], {
    cwd: floor,
  });
  expectSuccess("The Pagefind CLI", pagefind);
  return { eleventy, pagefind, milliseconds: eleventy.milliseconds + pagefind.milliseconds };
}
