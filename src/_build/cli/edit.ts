// `npm run edit`: the editors' form at http://localhost:8080/admin/, saving into this working copy
// (see src/_build/cms/localEditing.ts). `-- --fixtures` edits the fictional reviews instead
// (demos); `--port` and `--backend-port` move the site (8080) and decap-server (8081).
import path from "node:path";
import { allowLocalBackend, localBackendUrl, startDecapServer } from "../cms/localEditing.ts";
import { reviewFolders } from "../cms/cmsConfig.ts";
import { stopOnSignals } from "../lifecycle/stopSignals.ts";
import { startStaticServer } from "../preview/staticServer.ts";
import { displayPath, paths } from "../projectPaths.ts";
import { buildSite } from "../siteBuild.ts";
import { readCommandLine } from "./commandLine.ts";
import { reportStopOrFailure } from "./reportFailure.ts";

const { values } = readCommandLine({
  command: "npm run edit",
  does:
    "Builds the site with drafts and serves the editors' form at http://localhost:8080/admin/, " +
    "saving into this working copy (docs/editing-form.md). Ctrl+C stops it.",
  options: {
    fixtures: {
      type: "boolean",
      default: false,
      help: "Edits the fictional reviews in tests/fixtures/ instead (demos).",
    },
    port: { type: "string", default: "8080", value: "<number>", help: "Serves the site and form on that port." },
    "backend-port": {
      type: "string",
      default: "8081",
      value: "<number>",
      help: "Runs decap-server, which saves the files, on that port.",
    },
  },
  examples: ["npm run edit", "npm run edit -- --fixtures --port 8090 --backend-port 8091"],
});
const backendPort = Number(values["backend-port"]);
process.env.SCR_CMS_LOCAL_BACKEND = localBackendUrl(backendPort);
process.env.SCR_DRAFTS = "1";
if (values.fixtures) process.env.SCR_FIXTURES = "1";
const outputDir = path.join(paths.root, ".test-output", "edit");

const stopping = stopOnSignals();
try {
  await buildSite(outputDir, { signal: stopping.signal });
  const decapServer = await startDecapServer(paths.root, backendPort);
  const backendOrigin = new URL(localBackendUrl(backendPort)).origin;
  const server = await startStaticServer(outputDir, Number(values.port), {
    adjustHeaders: (headers, urlPath) => allowLocalBackend(headers, urlPath, backendOrigin),
  });
  const folders = reviewFolders(values.fixtures);
  console.log(
    `The editors' form is at ${server.url}/admin/ (the site, with drafts, at ${server.url}/).\n` +
      `Saving writes into this working copy: reviews in ${folders.reviews}/, documents in ${folders.documents}/.` +
      (values.fixtures ? " These are the fictional reviews." : "") +
      "\nThe site shown here was built when this command started: " +
      "run it again to see saved changes there. Ctrl+C stops.",
  );
  stopping.signal.addEventListener("abort", () => {
    decapServer.kill();
    void server.close().then(() => process.exit(stopping.exitCode()));
  });
} catch (error) {
  process.exitCode = reportStopOrFailure(
    error,
    stopping,
    `nothing was started. (${displayPath(outputDir)}/ may be left half-built.)`,
  );
  stopping.dispose();
}
