import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";

/**
 * `npm run edit`: the form against the working copy. decap-server
 * (https://decapcms.org/docs/working-with-a-local-git-repository/) reads and writes the project's
 * files, and the built site's /admin/ talks to it. Its file mode has no pull requests: Decap then
 * saves straight to the files, and git shows the change, ready for a pull request of its own.
 */

/** The only page that talks to the local server is the form; every other page keeps its policy unchanged. */
export function allowLocalBackend(
  headers: Record<string, string>,
  urlPath: string,
  backendOrigin: string,
): Record<string, string> {
  const policy = headers["Content-Security-Policy"];
  if (!urlPath.startsWith("/admin/") || !policy) return headers;
  const relaxed = policy.replace(
    /(^|;\s*)connect-src ([^;]*)/,
    (_, before: string, sources: string) => `${before}connect-src ${sources} ${backendOrigin}`,
  );
  return { ...headers, "Content-Security-Policy": relaxed };
}

/** The address of decap-server's API, as the form's config.yml names it. */
export function localBackendUrl(port: number): string {
  return `http://127.0.0.1:${port}/api/v1`;
}

/** Starts decap-server on the loopback address only, over `root`, and resolves once it listens. */
export function startDecapServer(root: string, port: number): Promise<ChildProcess> {
  const script = createRequire(import.meta.url).resolve("decap-server/dist/index.js");
  const child = spawn(process.execPath, [script], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      BIND_HOST: "127.0.0.1",
      MODE: "fs",
      GIT_REPO_DIRECTORY: path.resolve(root),
      LOG_LEVEL: "info",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  return new Promise((resolve, reject) => {
    let output = "";
    let listening = false;
    const listen = (chunk: Buffer) => {
      output += chunk.toString();
      // Once it listens, what it says (a file it could not write, say) goes on to the terminal.
      if (listening) process.stdout.write(`[decap-server] ${chunk.toString()}`);
      else if (output.includes("listening on")) {
        listening = true;
        resolve(child);
      }
    };
    child.stdout?.on("data", listen);
    child.stderr?.on("data", listen);
    child.on("exit", (code) => reject(new Error(`decap-server stopped (exit code ${code}):\n${output}`)));
  });
}
