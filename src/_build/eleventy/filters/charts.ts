import { barChartSvg } from "../../charts/barChart.ts";
import type { Statistics } from "../../content/siteDataSchema.ts";
import type { Comparison } from "../../library/comparison.ts";

/** The national findings as a chart, described in words for screen readers. */
export function findingsChart(statistics: Statistics): string {
  const findings = statistics.findings
    .map((finding) => `${finding.label.toLowerCase()} ${finding.percent}%`)
    .join(", ");
  return barChartSvg({
    id: "national-findings-chart",
    title: `Issues present in the ${statistics.casesStudiedInDetail} cases studied in detail`,
    description:
      `A bar chart of the percentage of cases in which each issue was present: ${findings}. ` +
      "The same figures are in the table below.",
    series: [{ name: "National", className: "chart__bar--national" }],
    categories: statistics.findings.map((finding) => ({ label: finding.label, values: [finding.percent] })),
    max: 100,
    unit: "%",
  });
}

/** Local reviews beside the national figures, one pair of bars per finding. */
export function comparisonChart(comparison: Comparison, localName: string): string {
  const pairs = comparison.findings
    .map(
      (finding) =>
        `${finding.label.toLowerCase()}: ${localName} ${finding.localPercent}%, national ${finding.nationalPercent}%`,
    )
    .join("; ");
  return barChartSvg({
    id: "local-national-chart",
    title: `${localName} reviews compared with the national findings`,
    description:
      `A bar chart comparing the percentage of ${localName} reviews (${comparison.localTotal} in all) ` +
      `with the national figures (${comparison.nationalTotal} cases) for each issue: ${pairs}. ` +
      "The same figures are in the table below.",
    series: [
      { name: `${localName} reviews (${comparison.localTotal})`, className: "chart__bar--local" },
      { name: `National (${comparison.nationalTotal} cases)`, className: "chart__bar--national" },
    ],
    categories: comparison.findings.map((finding) => ({
      label: finding.label,
      values: [finding.localPercent, finding.nationalPercent],
    })),
    max: 100,
    unit: "%",
  });
}
