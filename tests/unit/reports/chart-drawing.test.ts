import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { BarChart } from "@/components/admin/reports/bar-chart";
import { ColumnChart } from "@/components/admin/reports/column-chart";
import { seriesTable, type Chart } from "@/lib/reports/chart";

function chart(overrides: Partial<Chart>): Chart {
  const categories = ["A", "B", "C"].map((label) => ({ label, csvLabel: label }));
  const series = [{ key: "n", label: "Referrals", values: [5, 3, 0] }];
  return {
    id: "sources",
    title: "Who referred",
    summary: "Five came from A.",
    orientation: "bars",
    categoryHeading: "Referred by",
    valueHeading: "Referrals",
    format: "count",
    categories,
    series,
    table: seriesTable("Referred by", categories, series),
    ...overrides,
  };
}

const svgOf = (c: Chart) =>
  renderToStaticMarkup(createElement(c.orientation === "bars" ? BarChart : ColumnChart, { chart: c }));
/** The data rectangles: every <rect> but the pattern tiles inside <defs>. */
const bars = (svg: string) =>
  [...svg.replace(/<defs>.*?<\/defs>/gs, "").matchAll(/<rect ([^>]*?)\/?>/g)].map((m) =>
    Object.fromEntries([...m[1]!.matchAll(/([a-z-]+)="([^"]*)"/g)].map((a) => [a[1], a[2]])),
  );

describe("charts drawn on the server", () => {
  it("draws one image, named by its title and described by its summary, with no inline style or script", () => {
    const svg = svgOf(chart({}));
    expect(svg).toMatch(/^<svg [^>]*role="img"[^>]*aria-labelledby="sources-title" aria-describedby="sources-desc"/);
    expect(svg).toContain('<title id="sources-title">Who referred</title>');
    expect(svg).toContain('<desc id="sources-desc">Five came from A.</desc>');
    expect(svg).not.toMatch(/style=|<script/);
  });

  it("draws bars in proportion to the numbers, and none for a zero", () => {
    const drawn = bars(svgOf(chart({})));
    expect(drawn).toHaveLength(2);
    expect(Number(drawn[0]!.width) / Number(drawn[1]!.width)).toBeCloseTo(5 / 3, 6);
    expect(svgOf(chart({}))).toMatch(/>5<\/text>.*>3<\/text>.*>0<\/text>/s);
  });

  it("stacks columns so each segment's height is its count, with a pattern for each later series", () => {
    const c = chart({
      id: "referrals-by-journey",
      orientation: "columns",
      series: [
        { key: "a", label: "First", values: [2, 4, 1] },
        { key: "b", label: "Second", values: [6, 0, 3] },
      ],
    });
    const drawn = bars(svgOf(c));
    expect(drawn).toHaveLength(5);
    const perUnit = Number(drawn[0]!.height) / 2;
    expect(drawn.map((r) => Math.round(Number(r.height) / perUnit))).toEqual([2, 4, 1, 6, 3]);
    // The second series sits on the first: its bottom edge is the first's top edge.
    expect(Number(drawn[3]!.y) + Number(drawn[3]!.height)).toBeCloseTo(Number(drawn[0]!.y), 6);
    expect(drawn.slice(0, 3).every((r) => r.fill === "#005eb8")).toBe(true);
    expect(drawn.slice(3).every((r) => r.fill === "url(#referrals-by-journey-fill-1)")).toBe(true);
    expect(svgOf(c)).toContain('<pattern id="referrals-by-journey-fill-1"');
  });

  it("draws the response standard as a labelled line at its value", () => {
    const svg = svgOf(chart({ reference: { value: 5, label: "Response standard: 5 working days" } }));
    const line = svg.match(/<line x1="([\d.]+)" x2="([\d.]+)"[^>]*stroke-dasharray/);
    expect(line).not.toBeNull();
    expect(line![1]).toBe(line![2]);
    // The first bar is 5 long, from the axis: its far end is where the line is.
    const first = bars(svg)[0]!;
    expect(Number(first.x) + Number(first.width)).toBeCloseTo(Number(line![1]), 6);
    expect(svg).toContain(">Response standard: 5 working days</text>");
  });
});
