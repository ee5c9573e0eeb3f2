import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import * as esbuild from "esbuild";
import nunjucks from "nunjucks";
import { BUNDLE_OPTIONS } from "../eleventy/assetsPlugin.ts";
import { displayPath, paths } from "../projectPaths.ts";

/** The templates the form's preview renders in the browser: a review's own part of its page, and what it includes. */
export const PREVIEW_TEMPLATES = ["partials/review-article.njk", "partials/review-tags.njk"] as const;

/** The Nunjucks options the site is built with (.eleventy.ts), which decide the whitespace of the output. */
const TEMPLATE_OPTIONS = { trimBlocks: true, lstripBlocks: true, throwOnUndefined: false } as const;

/**
 * The preview templates compiled to JavaScript, as a module whose default export is what
 * nunjucks' PrecompiledLoader takes: each template's name and its compiled root. Compiled here, so
 * the browser runs the site's own templates with no template compiler (and no eval) of its own.
 */
export async function precompiledTemplates(): Promise<string> {
  const env = new nunjucks.Environment([], TEMPLATE_OPTIONS);
  const compiled: string[] = [];
  for (const name of PREVIEW_TEMPLATES) {
    const source = await readFile(path.join(paths.includes, name), "utf8");
    const wrapper = (templates: { name: string; template: string }[]) =>
      templates
        .map((template) => `${JSON.stringify(template.name)}: (function () {\n${template.template}\n})()`)
        .join(",\n");
    // @types/nunjucks types the wrapper's first argument as one template; nunjucks passes the list.
    compiled.push(nunjucks.precompileString(source, { name, env, wrapper } as unknown as nunjucks.PrecompileOptions));
  }
  return `export default {\n${compiled.join(",\n")}\n};\n`;
}

/** Lets the form's script import the compiled templates as "cms:review-templates". */
const templatesModule: esbuild.Plugin = {
  name: "review-templates",
  setup(build) {
    build.onResolve({ filter: /^cms:review-templates$/ }, (args) => ({
      path: args.path,
      namespace: "review-templates",
    }));
    build.onLoad({ filter: /.*/, namespace: "review-templates" }, async () => ({
      contents: await precompiledTemplates(),
      loader: "js",
      resolveDir: paths.root,
    }));
  },
};

/** The form's own script (assets/js/admin/cms.ts), fingerprinted into the admin folder, with its SRI hash. */
export async function bundleAdminScript(outputDir: string): Promise<{ url: string; integrity: string }> {
  const result = await esbuild.build({
    ...BUNDLE_OPTIONS,
    entryPoints: { cms: path.join(paths.assets, "js", "admin", "cms.ts") },
    outdir: path.join(outputDir, "admin"),
    entryNames: "[name]-[hash]",
    metafile: true,
    plugins: [templatesModule],
  });
  const [outputPath] = Object.keys(result.metafile.outputs).filter((file) => file.endsWith(".js"));
  if (!outputPath) throw new Error("esbuild wrote no script for the editors' form.");
  const integrity = `sha384-${createHash("sha384")
    .update(await readFile(outputPath))
    .digest("base64")}`;
  return { url: `/${displayPath(path.resolve(outputPath), outputDir)}`, integrity };
}
