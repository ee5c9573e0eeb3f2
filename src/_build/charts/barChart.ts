import { escapeHtml } from "../text/escapeHtml.ts";

export interface ChartSeries {
  name: string;
  /** Picks the bar colour from the stylesheet, so the chart follows print and high-contrast styles. */
  className: string;
}

export interface ChartCategory {
  label: string;
  /** One value per series, in the series' order. */
  values: number[];
}

export interface BarChartInput {
  /** Unique on the page: the chart's title and description are referenced by id. */
  id: string;
  title: string;
  /** What the chart shows, in words, for people who cannot see it. */
  description: string;
  series: ChartSeries[];
  categories: ChartCategory[];
  /** The value a full-width bar stands for (100 for percentages). */
  max: number;
  /** Written after each value ("%"). */
  unit: string;
}

// Close to a phone's width, so text stays near its set size when the chart is scaled to fit.
const WIDTH = 320;
const LABEL_HEIGHT = 24;
const BAR_HEIGHT = 22;
const BAR_GAP = 6;
const GROUP_GAP = 18;
const VALUE_SPACE = 48;
const LEGEND_ROW = 28;

/**
 * A horizontal bar chart as SVG, drawn at build time so no chart library reaches the browser.
 * Labels sit above their bars, so the chart stays legible when a phone scales it down.
 */
export function barChartSvg(input: BarChartInput): string {
  const legendHeight = input.series.length > 1 ? input.series.length * LEGEND_ROW + 8 : 0;
  const groupHeight = LABEL_HEIGHT + input.series.length * (BAR_HEIGHT + BAR_GAP) + GROUP_GAP;
  const height = legendHeight + input.categories.length * groupHeight;
  const barSpace = WIDTH - VALUE_SPACE;
  const parts: string[] = [];

  input.series.forEach((series, index) => {
    if (input.series.length < 2) return;
    const y = index * LEGEND_ROW;
    parts.push(
      `<rect class="chart__bar ${escapeHtml(series.className)}" x="0" y="${y + 4}" width="18" height="18"/>`,
      `<text class="chart__legend" x="28" y="${y + 19}">${escapeHtml(series.name)}</text>`,
    );
  });

  input.categories.forEach((category, categoryIndex) => {
    const top = legendHeight + categoryIndex * groupHeight;
    parts.push(`<text class="chart__label" x="0" y="${top + 17}">${escapeHtml(category.label)}</text>`);
    category.values.forEach((value, seriesIndex) => {
      const series = input.series[seriesIndex];
      if (!series) return;
      const y = top + LABEL_HEIGHT + seriesIndex * (BAR_HEIGHT + BAR_GAP);
      const width = Math.max(0, Math.min(1, value / input.max)) * barSpace;
      parts.push(
        `<rect class="chart__bar ${escapeHtml(series.className)}" x="0" y="${y}" ` +
          `width="${width.toFixed(1)}" height="${BAR_HEIGHT}"/>`,
        `<text class="chart__value" x="${(width + 6).toFixed(1)}" y="${y + 16}">` +
          `${value}${escapeHtml(input.unit)}</text>`,
      );
    });
  });

  const titleId = `${input.id}-title`;
  const descriptionId = `${input.id}-description`;
  return (
    `<svg class="chart" viewBox="0 0 ${WIDTH} ${height}" role="img" ` +
    `aria-labelledby="${titleId} ${descriptionId}" xmlns="http://www.w3.org/2000/svg">` +
    `<title id="${titleId}">${escapeHtml(input.title)}</title>` +
    `<desc id="${descriptionId}">${escapeHtml(input.description)}</desc>` +
    parts.join("") +
    `</svg>`
  );
}
