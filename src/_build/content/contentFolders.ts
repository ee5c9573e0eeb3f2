import path from "node:path";
import { paths } from "../projectPaths.ts";

/** Where a build reads a partnership's content from. */
export interface ContentFolders {
  /** The data files: site identity, vocabularies, criteria, statistics, links. */
  data: string;
  /**
   * Where a data file missing from `data` is read instead: the project's own `_data/`, which holds
   * what every partnership may share (the national statistics, the links, the review types).
   */
  sharedData: string;
  /** One Markdown file per review. */
  reviews: string;
  /** The folder a review's documents are named from: `assets/documents/...` is inside it. */
  documentsRoot: string;
}

/**
 * This project's own content, or, given another partnership's folder, that folder's: it is laid
 * out like the project, with `_data/`, `reviews/` and `assets/documents/`.
 */
export function contentFolders(partnership: string | undefined): ContentFolders {
  if (!partnership)
    return { data: paths.data, sharedData: paths.data, reviews: paths.reviews, documentsRoot: paths.root };
  return {
    data: path.join(partnership, "_data"),
    sharedData: paths.data,
    reviews: path.join(partnership, "reviews"),
    documentsRoot: partnership,
  };
}

/** The review documents folder of a content root, as Eleventy's passthrough copy wants it: relative to the project. */
export function documentsFolder(folders: ContentFolders): string {
  return path
    .relative(paths.root, path.join(folders.documentsRoot, "assets", "documents"))
    .split(path.sep)
    .join("/");
}
