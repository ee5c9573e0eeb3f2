import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import * as esbuild from "esbuild";
import { displayPath, paths } from "../projectPaths.ts";

/** The bundles the pages load, by the name templates ask for, and the source each is built from. */
const ENTRY_POINTS = {
  "site.css": "css/site.css",
  "site.js": "js/site.ts",
  "search.js": "js/search.ts",
} as const;

/** esbuild names outputs by entry name, so site.css and site.js need different ones: "site-css", "site-js". */
const entryName = (name: string) => name.replace(".", "-");

export type AssetName = keyof typeof ENTRY_POINTS;

/**
 * The bundles an offline archive leaves out: the live site's search script, which loads
 * Pagefind's, and Pagefind cannot run from disk (the archive carries its own search instead).
 */
const NOT_IN_ARCHIVES: readonly AssetName[] = ["search.js"];

/** Each bundle, by name: where it was written ("/assets/dist/site-css-4F2A1C.css") and its SRI hash. */
type Manifest = ReadonlyMap<string, { url: string; integrity: string }>;

/**
 * How client code is bundled, here and for the offline archive's search: minified, for the
 * browsers the site supports, and scripts as classic (IIFE) bundles, since module scripts do not
 * run from file:// and the offline archive must work from disk.
 */
export const BUNDLE_OPTIONS = {
  bundle: true,
  minify: true,
  format: "iife",
  target: ["es2020", "chrome100", "firefox100", "safari15"],
  legalComments: "none",
  logLevel: "silent",
} as const satisfies esbuild.BuildOptions;

/**
 * Bundles the stylesheet and client scripts with esbuild into fingerprinted files, so they can be
 * cached for a year.
 */
export async function bundleAssets(outputDir: string, names: readonly AssetName[]): Promise<Manifest> {
  const result = await esbuild.build({
    ...BUNDLE_OPTIONS,
    entryPoints: Object.fromEntries(
      names.map((name) => [entryName(name), path.join(paths.assets, ENTRY_POINTS[name])]),
    ),
    outdir: path.join(outputDir, "assets", "dist"),
    entryNames: "[name]-[hash]",
    metafile: true,
  });
  const manifest = new Map<string, { url: string; integrity: string }>();
  for (const [outputPath, output] of Object.entries(result.metafile.outputs)) {
    if (!output.entryPoint) continue;
    const name = Object.entries(ENTRY_POINTS).find(
      ([, source]) => path.resolve(paths.assets, source) === path.resolve(output.entryPoint ?? ""),
    )?.[0];
    if (!name) continue;
    const url = `/${displayPath(path.resolve(outputPath), outputDir)}`;
    // Subresource Integrity: the browser refuses a bundle that is not byte for byte the one built.
    const integrity = `sha384-${createHash("sha384")
      .update(await readFile(outputPath))
      .digest("base64")}`;
    manifest.set(name, { url, integrity });
  }
  return manifest;
}

/**
 * Bundles the assets before each build, and gives templates each bundle's address and SRI hash:
 * {{ "site.css" | assetUrl }}, {{ "site.css" | assetIntegrity }}. The manifest of the latest
 * bundles lives as long as this plugin (one Eleventy configuration, rebuilt or not). An offline
 * archive's build (`archive`) leaves out the bundles it cannot use: a page asking for one fails the build.
 */
export function assetsPlugin(eleventyConfig: UserConfig, { archive = false }: { archive?: boolean } = {}): void {
  const names = (Object.keys(ENTRY_POINTS) as AssetName[]).filter(
    (name) => !(archive && NOT_IN_ARCHIVES.includes(name)),
  );
  let manifest: Manifest = new Map();
  const bundle = (name: AssetName) => {
    const entry = manifest.get(name);
    if (!entry)
      throw new Error(
        `No bundle called ${name}${archive ? " in an offline archive" : ""}: the assets are bundled in ` +
          `eleventy.before, and the names are ${names.join(", ")}.`,
      );
    return entry;
  };
  eleventyConfig.on("eleventy.before", async ({ directories }: { directories: { output: string } }) => {
    manifest = await bundleAssets(directories.output, names);
  });
  eleventyConfig.addFilter("assetUrl", (name: AssetName) => bundle(name).url);
  eleventyConfig.addFilter("assetIntegrity", (name: AssetName) => bundle(name).integrity);
  eleventyConfig.addWatchTarget(path.join(paths.assets, "css"));
  eleventyConfig.addWatchTarget(path.join(paths.assets, "js"));
  // Images keep their names, so links to them stay stable for archives (documents: see contentPlugin.ts).
  // A file named with a leading dot (the .gitkeep that keeps the empty folder in git, a .DS_Store)
  // is not an image, and is not published.
  eleventyConfig.addPassthroughCopy({ "assets/images": "assets/images" }, { dot: false });
  eleventyConfig.addPassthroughCopy({ "assets/favicon.svg": "favicon.svg" });
}
