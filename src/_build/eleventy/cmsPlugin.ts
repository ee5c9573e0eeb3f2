import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { stringify } from "yaml";
import type { BuildOptions } from "../buildOptions.ts";
import { bundleAdminScript } from "../cms/adminBundle.ts";
import { cmsBackend } from "../cms/cmsBackend.ts";
import { cmsConfig, type CmsConfigInput, type EditablePage } from "../cms/cmsConfig.ts";
import { readFrontMatter } from "../content/frontMatter.ts";
import { displayPath, paths } from "../projectPaths.ts";

/** Where Decap's prebuilt files are, and where the site serves them (beside the page that loads them). */
const DECAP_DIST = "node_modules/decap-cms/dist";
export const DECAP_FOLDER = "admin/decap";

/** The site's Markdown pages, with the front matter each has now: the form edits them. */
export function editablePages(input: string = paths.input): EditablePage[] {
  return readdirSync(input)
    .filter((name) => name.endsWith(".md"))
    .sort()
    .flatMap((name) => {
      const parsed = readFrontMatter(readFileSync(path.join(input, name), "utf8"));
      return parsed.ok ? [{ file: displayPath(path.join(input, name)), data: parsed.data }] : [];
    });
}

/** JSON for a <script type="application/json"> block: "</script>" inside a value cannot end it. */
function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}

/**
 * The editors' form at /admin/ (src/admin/): Decap CMS's prebuilt script copied from npm, the
 * form's own script (previews, the date rule), and admin/config.yml generated from `_data/` and
 * the build's rules. Never in the offline archive, where there is nothing to edit, nor in the national
 * index, whose reviews are edited on their partnerships' own sites.
 */
export function cmsPlugin(
  eleventyConfig: UserConfig,
  options: Pick<BuildOptions, "archiveDate" | "includeFixtures" | "national">,
): void {
  if (options.archiveDate || options.national) {
    eleventyConfig.ignores.add("src/admin/**");
    return;
  }
  // Only Decap's standalone build (decap-cms.js and the chunks it loads beside itself), not its source maps.
  eleventyConfig.addPassthroughCopy({ [`${DECAP_DIST}/*decap-cms.js`]: DECAP_FOLDER });

  let script: { url: string; integrity: string } | undefined;
  eleventyConfig.on("eleventy.before", async ({ directories }: { directories: { output: string } }) => {
    script = await bundleAdminScript(directories.output);
  });
  eleventyConfig.addWatchTarget(path.join(paths.assets, "js", "admin"));
  const bundle = () => {
    if (!script) throw new Error("The editors' form's script is bundled in eleventy.before, which has not run.");
    return script;
  };
  eleventyConfig.addFilter("cmsScriptUrl", () => bundle().url);
  eleventyConfig.addFilter("cmsScriptIntegrity", () => bundle().integrity);
  eleventyConfig.addFilter("jsonForScript", jsonForScript);
  // Subresource Integrity for Decap's script too: the browser refuses it if it is not the file npm installed.
  const decapIntegrity = `sha384-${createHash("sha384")
    .update(readFileSync(path.join(paths.root, DECAP_DIST, "decap-cms.js")))
    .digest("base64")}`;
  eleventyConfig.addFilter("decapIntegrity", () => decapIntegrity);
  eleventyConfig.addFilter("cmsConfigYaml", (data: CmsConfigInput["data"]) =>
    stringify(cmsConfig({ data, backend: cmsBackend(), pages: editablePages(), fixtures: options.includeFixtures }), {
      lineWidth: 0,
    }),
  );
}
