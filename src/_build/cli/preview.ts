// `npm run preview [folder]`: serves a built site as Netlify would, headers and 404 page included.
// `npm run demo` builds the site with the fictional reviews and serves it this way.
import path from "node:path";
import { parseArgs } from "node:util";
import { paths } from "../projectPaths.ts";
import { startStaticServer } from "../preview/staticServer.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { port: { type: "string", default: "8080" } },
});
const root = path.resolve(positionals[0] ?? paths.output);
const server = await startStaticServer(root, Number(values.port));
console.log(
  `Serving ${path.relative(process.cwd(), root) || "."} at ${server.url}/ ` +
    "(with the headers from netlify.toml). Press Ctrl+C to stop.",
);
