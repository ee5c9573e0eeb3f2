import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { localBackendUrl } from "../../src/_build/cms/localEditing.ts";
import { copyProject } from "./projectCopy.ts";
import { scriptEnvironment } from "./scriptEnvironment.ts";
import { testPorts } from "./testSites.ts";

/** `npm run edit`, running in a throwaway copy of the project, so nothing the tests save reaches the real src/. */
export interface EditingCopy {
  root: string;
  /** The form's page, like http://127.0.0.1:4176/admin/. */
  adminUrl: string;
  origin: string;
  /** decap-server's API, which the form reads and saves through. */
  backendUrl: string;
  stop(): Promise<void>;
}

/** Copies the project and starts `npm run edit` in the copy; resolves once the form is served. */
export async function startEditingCopy(): Promise<EditingCopy> {
  const copy = await copyProject();
  const child: ChildProcess = spawn(
    process.execPath,
    [
      "--import",
      "tsx",
      "src/_build/cli/edit.ts",
      "--port",
      String(testPorts.editing),
      "--backend-port",
      String(testPorts.editingBackend),
    ],
    {
      cwd: copy.root,
      // Netlify's site address and repository (read by the editors' form's settings) are cleared too.
      env: scriptEnvironment({ REPOSITORY_URL: "", URL: "" }),
      stdio: ["ignore", "pipe", "pipe"],
      detached: false,
    },
  );
  let output = "";
  const ready = new Promise<void>((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("The editors' form is at")) resolve();
      if (process.env.SCR_EDIT_LOG) process.stdout.write(chunk);
    };
    child.stdout?.on("data", read);
    child.stderr?.on("data", read);
    child.on("exit", (code) => reject(new Error(`npm run edit stopped (exit code ${code}):\n${output}`)));
  });
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGINT");
      await exited;
    }
    await copy.remove();
  };
  try {
    await ready;
  } catch (error) {
    await copy.remove();
    throw error;
  }
  const origin = `http://127.0.0.1:${testPorts.editing}`;
  return {
    root: copy.root,
    adminUrl: `${origin}/admin/`,
    origin,
    backendUrl: localBackendUrl(testPorts.editingBackend),
    stop,
  };
}

/** Where the copy's built sites go: inside the copy, so they go with it. */
export const builtIn = (root: string, name: string) => path.join(root, ".test-output", name);
