// Builds the sites the checks and browser tests run against, both at once (one per core):
// the production site, and the same with the fictional reviews from tests/fixtures.
import { spawn } from "node:child_process";
import path from "node:path";
import { projectRoot } from "../../src/_build/projectPaths.ts";
import { testSites } from "../support/testSites.ts";

function build(name: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", path.join(projectRoot, "src/_build/cli/build.ts"), ...args], {
      cwd: projectRoot,
      stdio: ["ignore", "inherit", "inherit"],
      env: { ...process.env, SCR_FIXTURES: "", SCR_DRAFTS: "", CONTEXT: "" },
    });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`The ${name} test site did not build (exit code ${code}).`))));
  });
}

try {
  await Promise.all([
    build("production", ["--output", testSites.production]),
    build("fixtures", ["--fixtures", "--output", testSites.fixtures]),
  ]);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
