import { spawn } from "node:child_process";
import { readdir, readFile } from "node:fs/promises";

/** Resident memory of a process and all its descendants, in bytes (Linux /proc; 0 elsewhere). */
async function treeMemory(pid: number): Promise<number> {
  let total = 0;
  try {
    const status = await readFile(`/proc/${pid}/status`, "utf8");
    total += Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
    for (const task of await readdir(`/proc/${pid}/task`)) {
      const children = (await readFile(`/proc/${pid}/task/${task}/children`, "utf8")).trim();
      for (const child of children ? children.split(/\s+/) : []) total += await treeMemory(Number(child));
    }
  } catch {
    // The process ended between two readings.
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
export function measure(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<Measured> {
  return new Promise((resolve) => {
    const start = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: { ...process.env, ...options.env } });
    let stdout = "";
    let stderr = "";
    let peakBytes = 0;
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    const sampler = setInterval(() => {
      if (child.pid) void treeMemory(child.pid).then((bytes) => (peakBytes = Math.max(peakBytes, bytes)));
    }, 50);
    child.on("exit", (code) => {
      clearInterval(sampler);
      resolve({ code: code ?? 1, milliseconds: performance.now() - start, peakBytes, stdout, stderr });
    });
  });
}
