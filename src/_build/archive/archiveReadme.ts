import { formatDisplayDate } from "../text/dates.ts";

/** The plain-text note at the top of the archive's folder, for whoever opens it years from now. */
export const README_NAME = "README.txt";

export interface ReadmeFacts {
  /** The partnership's (or national index's) name. */
  name: string;
  /** The live site's address, without a trailing slash. */
  url: string;
  /** The day the archive was made, YYYY-MM-DD. */
  date: string;
  /** True if it holds fictional reviews. */
  fictional: boolean;
  /** The manifest's name (SHA256SUMS). */
  manifest: string;
}

/**
 * What the archive is, when and from where it was made, how to open it and how to check it: in
 * plain text, which any computer can show, with Windows line endings, which every editor reads.
 */
export function archiveReadme({ name, url, date, fictional, manifest }: ReadmeFacts): string {
  const lines = [
    `${name}: case reviews, an offline copy`,
    "",
    `This folder is an offline copy of the ${name}'s case reviews site,`,
    `${url}/, made on ${formatDisplayDate(date)}. It may be out of date: the live`,
    "site has the latest reviews.",
    "",
    ...(fictional
      ? [
          "FICTIONAL: this copy holds fictional reviews, made up for tests and",
          "demonstrations. They describe no real child or family. It is not a",
          "record to keep.",
          "",
        ]
      : []),
    "To read it, open index.html in a web browser. It needs no internet",
    "connection and no server: every page, document and the search work",
    "from this folder.",
    "",
    "To check it",
    "",
    `${manifest} lists a SHA-256 checksum for every file in this folder,`,
    "this one included. To check that no file has been changed or lost, run",
    "this in the folder:",
    "",
    `    sha256sum -c ${manifest}`,
    "",
    `(on a Mac: shasum -a 256 -c ${manifest}). With the site's code,`,
    "npm run archive -- --verify <this folder, or its zip> does the same,",
    "and also names any file added.",
    "",
  ];
  return lines.join("\r\n");
}
