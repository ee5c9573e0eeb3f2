import path from "node:path";
import { fileURLToPath } from "node:url";

/** The project's root folder: every other path is built from it, so tools work from any working directory. */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** Where each room of the project lives (README.md, "How it fits together"). */
export const paths = {
  root: projectRoot,
  input: path.join(projectRoot, "src"),
  reviews: path.join(projectRoot, "src", "reviews"),
  data: path.join(projectRoot, "_data"),
  includes: path.join(projectRoot, "_includes"),
  assets: path.join(projectRoot, "assets"),
  /** Fictional examples mirror the project's layout: reviews/ and assets/documents/. */
  fixtures: path.join(projectRoot, "tests", "fixtures"),
  fixtureReviews: path.join(projectRoot, "tests", "fixtures", "reviews"),
  output: path.join(projectRoot, "_site"),
  dist: path.join(projectRoot, "dist"),
} as const;

/** A path as an editor would type it: relative to the project root, with forward slashes. */
export function displayPath(absolutePath: string, root: string = projectRoot): string {
  const relative = path.relative(root, absolutePath);
  // A path outside the project reads better whole than as a climb out of it.
  const shown = relative.startsWith("..") || path.isAbsolute(relative) ? absolutePath : relative;
  return shown.split(path.sep).join("/");
}
