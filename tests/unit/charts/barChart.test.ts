import assert from "node:assert/strict";
import { test } from "node:test";
import { Parser } from "htmlparser2";
import { barChartSvg, type BarChartInput } from "../../../src/_build/charts/barChart.ts";

interface Element {
  name: string;
  attributes: Record<string, string>;
  text: string;
}

/** Every element of the SVG with its attributes and own text, in document order. */
function parseSvg(svg: string): Element[] {
  const elements: Element[] = [];
  const open: Element[] = [];
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const element = { name, attributes, text: "" };
        elements.push(element);
        open.push(element);
      },
      ontext(text) {
        const current = open.at(-1);
        if (current) current.text += text;
      },
      onclosetag() {
        open.pop();
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(svg);
  parser.end();
  return elements;
}

const input: BarChartInput = {
  id: "national-findings-chart",
  title: "Issues present in the 47 cases",
  description: "A bar chart of each issue: domestic violence 66%, all three 33%.",
  series: [{ name: "National", className: "chart__bar--national" }],
  categories: [
    { label: "Domestic violence", values: [66] },
    { label: "All three issues", values: [33] },
    { label: "Everything", values: [100] },
  ],
  max: 100,
  unit: "%",
};

const bars = (elements: Element[]) => elements.filter((element) => element.name === "rect");

test("the chart is an image named by its title and described by its description", () => {
  const elements = parseSvg(barChartSvg(input));
  const svg = elements[0];
  assert.equal(svg?.name, "svg");
  assert.equal(svg?.attributes.role, "img");
  const ids = (svg?.attributes["aria-labelledby"] ?? "").split(" ");
  assert.equal(ids.length, 2);
  const title = elements.find((element) => element.attributes.id === ids[0]);
  const description = elements.find((element) => element.attributes.id === ids[1]);
  assert.equal(title?.name, "title");
  assert.equal(title?.text, input.title);
  assert.equal(description?.name, "desc");
  assert.equal(description?.text, input.description);
  assert.ok(
    ids.every((id) => id.startsWith("national-findings-chart-")),
    "ids are made unique by the chart's id",
  );
});

test("there is one bar per value, each labelled with its value and unit", () => {
  const elements = parseSvg(barChartSvg(input));
  assert.equal(bars(elements).length, 3);
  assert.deepEqual(
    elements.filter((element) => element.attributes.class === "chart__value").map((element) => element.text),
    ["66%", "33%", "100%"],
  );
  assert.deepEqual(
    elements.filter((element) => element.attributes.class === "chart__label").map((element) => element.text),
    ["Domestic violence", "All three issues", "Everything"],
  );
});

test("bar widths are proportional to their values, a full bar standing for the maximum", () => {
  const widths = bars(parseSvg(barChartSvg(input))).map((bar) => Number(bar.attributes.width));
  const [sixtySix, thirtyThree, hundred] = widths as [number, number, number];
  assert.ok(hundred > 0);
  assert.ok(Math.abs(sixtySix / hundred - 0.66) < 0.001, `${sixtySix} / ${hundred}`);
  assert.ok(Math.abs(thirtyThree / hundred - 0.33) < 0.001, `${thirtyThree} / ${hundred}`);
  assert.ok(Math.abs(sixtySix / thirtyThree - 2) < 0.01);
});

test("values beyond the maximum or below zero are drawn at full width or none", () => {
  const widths = bars(
    parseSvg(
      barChartSvg({
        ...input,
        categories: [
          { label: "Over", values: [150] },
          { label: "Under", values: [-5] },
          { label: "Full", values: [100] },
        ],
      }),
    ),
  ).map((bar) => Number(bar.attributes.width));
  assert.equal(widths[0], widths[2]);
  assert.equal(widths[1], 0);
});

test("two series give a legend, then one bar per series per category, each with its series' class", () => {
  const twoSeries: BarChartInput = {
    ...input,
    series: [
      { name: "Lowmere reviews (5)", className: "chart__bar--local" },
      { name: "National (47 cases)", className: "chart__bar--national" },
    ],
    categories: [
      { label: "Domestic violence", values: [60, 66] },
      { label: "All three issues", values: [20, 34] },
    ],
  };
  const elements = parseSvg(barChartSvg(twoSeries));
  assert.deepEqual(
    elements.filter((element) => element.attributes.class === "chart__legend").map((element) => element.text),
    ["Lowmere reviews (5)", "National (47 cases)"],
  );
  const dataBars = bars(elements).slice(2);
  assert.equal(bars(elements).length, 2 + 4);
  assert.deepEqual(
    dataBars.map((bar) => bar.attributes.class),
    [
      "chart__bar chart__bar--local",
      "chart__bar chart__bar--national",
      "chart__bar chart__bar--local",
      "chart__bar chart__bar--national",
    ],
  );
});

test("text in the title, description, labels, series names and unit is escaped", () => {
  const svg = barChartSvg({
    ...input,
    title: 'Cases <script>alert(1)</script> & "more"',
    description: "Less than <5 & more",
    series: [{ name: "A", className: 'x" onclick="y' }],
    categories: [{ label: "<b>Bold</b> & 'quoted'", values: [10] }],
    unit: "<%>",
  });
  assert.ok(!svg.includes("<script>"));
  assert.ok(!svg.includes("<b>"));
  assert.ok(!svg.includes('x" onclick'));
  assert.ok(svg.includes("Cases &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;more&quot;"));
  const elements = parseSvg(svg);
  assert.equal(elements.find((element) => element.name === "title")?.text, 'Cases <script>alert(1)</script> & "more"');
  assert.equal(elements.find((element) => element.attributes.class === "chart__label")?.text, "<b>Bold</b> & 'quoted'");
  assert.equal(elements.find((element) => element.attributes.class === "chart__value")?.text, "10<%>");
  assert.ok(elements.every((element) => !("onclick" in element.attributes)));
});
