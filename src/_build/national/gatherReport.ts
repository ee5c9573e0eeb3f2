import { formatDisplayDate } from "../text/dates.ts";
import { counted } from "../text/counted.ts";
import type { Gathered, PartnershipReport } from "./gatherFeeds.ts";
import type { Join } from "./jointReviews.ts";

/** What became of one partnership's feed, in a sentence: the sources page and the console say the same. */
export function feedStatus(partnership: PartnershipReport): string {
  const fetched = partnership.fetched ? formatDisplayDate(partnership.fetched) : undefined;
  if (partnership.status === "fetched") return `Fetched on ${fetched}.`;
  if (partnership.status === "cached") {
    const problem = partnership.problem ? `${partnership.problem} ` : "";
    return `${problem}Its reviews are from the copy last fetched on ${fetched}.`;
  }
  return `${partnership.problem ?? "There is no copy of its feed."} None of its reviews can be shown.`;
}

/**
 * Why the index holds none of a partnership's reviews, for its page and the sources page: its feed
 * was read and is empty, every item in it was refused, or there is no copy of it at all. Undefined
 * when it holds some.
 */
export function whyNoReviews(
  partnership: Pick<PartnershipReport, "status" | "accepted" | "refused">,
): string | undefined {
  if (partnership.accepted > 0) return undefined;
  if (partnership.status === "none")
    return "Its feed could not be fetched or read, and the index has no earlier copy of it.";
  if (partnership.refused.length)
    return `Every item of its feed was refused (${counted(partnership.refused.length, "item")}).`;
  return "Its feed was read, and lists no reviews yet.";
}

/**
 * A join in a sentence, for the console and the sources page: which item, and whose it was joined with.
 */
export function joinSentence(join: Join): string {
  const others = join.with.map((other) => `the ${other.name}'s review at ${other.page}`).join(" and ");
  return (
    `joined ${join.page} (title ${JSON.stringify(join.title)}) with ${others}, as one joint review: ` +
    "the same title, type of review, day of publication and child's age group."
  );
}

/**
 * The gathering's report, for the console: each partnership's feed and how many reviews were
 * accepted, then every refused item with the partnership, the item and what was wrong.
 */
export function formatGatherReport(gathered: Gathered): string {
  const lines: string[] = [];
  for (const partnership of gathered.partnerships) {
    const refused = partnership.refused.length ? `, ${partnership.refused.length} refused` : "";
    lines.push(
      `${partnership.name}: ${counted(partnership.accepted, "review")} accepted${refused}. ${feedStatus(partnership)}`,
    );
    for (const join of partnership.joined) lines.push(`  - ${joinSentence(join)}`);
    for (const refusal of partnership.refused) {
      lines.push(`  - refused ${refusal.item}${refusal.title ? ` (title ${JSON.stringify(refusal.title)})` : ""}:`);
      for (const problem of refusal.problems) {
        const gave = problem.value !== undefined ? ` (gave ${problem.value})` : "";
        lines.push(`      ${problem.field ?? "the item"}${gave}: ${problem.reason}`);
      }
    }
  }
  const refused = gathered.partnerships.reduce((sum, partnership) => sum + partnership.refused.length, 0);
  const unfetched = gathered.partnerships.filter((partnership) => partnership.problem).length;
  lines.push(
    `Gathered ${counted(gathered.reviews.length, "review")} from ${counted(gathered.partnerships.length, "partnership")}` +
      `${refused ? `; ${counted(refused, "item was", "items were")} refused` : ""}` +
      `${unfetched ? `; ${counted(unfetched, "feed")} could not be fetched or read` : ""}.`,
  );
  return lines.join("\n");
}

/** The last line of a national build: where it went, how many reviews and pages, and how long each stage took. */
export function formatBuiltSummary(outputDir: string, reviews: number, pages: number, stages: string): string {
  return (
    `Built the national index into ${outputDir}/: ${counted(reviews, "review")}, ` +
    `${counted(pages, "page")} in its search index (${stages}).`
  );
}
