import { spawn } from "node:child_process";
import { cp, mkdtemp, rm, symlink } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { ownedName } from "../../src/_build/lifecycle/ownedFolders.ts";
import { projectRoot } from "../../src/_build/projectPaths.ts";
import { scriptEnvironment } from "./scriptEnvironment.ts";

/** What copies of the project are called, in the system's temporary folder. */
export const PROJECT_COPY_PREFIX = "scr-project";

/** Folders never copied: installed packages (linked instead), build outputs and history. */
const SKIPPED = new Set(["node_modules", ".git", "_site", ".test-output", "dist", ".scratch", "test-results"]);

/**
 * A throwaway copy of the project, to break on purpose or to fill with generated reviews, so the
 * real project is never touched. node_modules is linked, not copied.
 */
export async function copyProject(): Promise<{ root: string; remove(): Promise<void> }> {
  // Named with this process's id, so the copy of a run killed outright can be told apart and swept.
  const root = await mkdtemp(path.join(os.tmpdir(), `${ownedName(PROJECT_COPY_PREFIX)}-`));
  await cp(projectRoot, root, {
    recursive: true,
    filter: (source) => !SKIPPED.has(path.relative(projectRoot, source).split(path.sep)[0] ?? ""),
  });
  await symlink(path.join(projectRoot, "node_modules"), path.join(root, "node_modules"), "dir");
  // A process just stopped (npm start's search indexer, say) may still be finishing a write: retry.
  return { root, remove: () => rm(root, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 }) };
}

/** Runs one of the project's command-line scripts in a copy, collecting what it prints. */
export function runScript(
  root: string,
  script: string,
  args: string[] = [],
  env: NodeJS.ProcessEnv = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", path.join(root, script), ...args], {
      cwd: root,
      env: scriptEnvironment({ GITHUB_ACTIONS: "", ...env }),
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("exit", (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}
