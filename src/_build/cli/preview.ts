// `npm run preview [folder]`: serves a built site as Netlify would, headers and 404 page included.
// `npm run demo` builds the site with the fictional reviews and serves it this way.
import path from "node:path";
import { paths } from "../projectPaths.ts";
import { startStaticServer } from "../preview/staticServer.ts";
import { readCommandLine } from "./commandLine.ts";

const { values, positionals } = readCommandLine({
  command: "npm run preview",
  positionals: "[folder]",
  does:
    "Serves a built site (the folder given, or _site/) at http://localhost:8080/, " +
    "with netlify.toml's headers and the 404 page, as Netlify would. Ctrl+C stops it.",
  options: {
    port: { type: "string", default: "8080", value: "<number>", help: "Serves on that port instead of 8080." },
  },
  examples: ["npm run preview", "npm run preview -- .test-output/demo --port 8090"],
});
const root = path.resolve(positionals[0] ?? paths.output);
const server = await startStaticServer(root, Number(values.port));
console.log(
  `Serving ${path.relative(process.cwd(), root) || "."} at ${server.url}/ ` +
    "(with the headers from netlify.toml). Press Ctrl+C to stop.",
);
