import path from "node:path";
import * as esbuild from "esbuild";
import { BUNDLE_OPTIONS } from "../eleventy/assetsPlugin.ts";
import { paths } from "../projectPaths.ts";

/**
 * The offline archive's search page script (assets/js/searchOffline.ts), bundled as the site's
 * own scripts are. Only the archive needs it, so only the archive builds it: the live site's
 * search page does not carry the offline search engine.
 */
export async function offlineSearchScript(): Promise<string> {
  const result = await esbuild.build({
    ...BUNDLE_OPTIONS,
    entryPoints: [path.join(paths.assets, "js", "searchOffline.ts")],
    write: false,
  });
  return (result.outputFiles[0] as esbuild.OutputFile).text;
}
