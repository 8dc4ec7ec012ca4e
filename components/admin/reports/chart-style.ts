/**
 * Fills for a chart's series: NHS identity colours that each have at least 3:1 contrast with the
 * white background (WCAG 1.4.11), and each its own pattern of white marks, so no series is told
 * apart by colour alone. Neighbouring segments are parted by a white line.
 */
export const SERIES_STYLES = [
  { colour: "#005eb8", pattern: "solid" },
  { colour: "#007f3b", pattern: "diagonal" },
  { colour: "#330072", pattern: "dots" },
  { colour: "#7c2855", pattern: "horizontal" },
  { colour: "#425563", pattern: "crosshatch" },
  { colour: "#003087", pattern: "vertical" },
  { colour: "#ae2573", pattern: "back-diagonal" },
] as const;

export type SeriesStyle = (typeof SERIES_STYLES)[number];

export const styleOf = (index: number): SeriesStyle => SERIES_STYLES[index % SERIES_STYLES.length]!;

/** The id of a series' pattern: unique on the page, as every chart defines its own. */
export const patternId = (chartId: string, index: number) => `${chartId}-fill-${index}`;

export const fillOf = (chartId: string, index: number) =>
  styleOf(index).pattern === "solid" ? styleOf(index).colour : `url(#${patternId(chartId, index)})`;

/** NHS text colour, and the grid's light grey (decoration only: the axis labels carry the scale). */
export const INK = "#212b32";
export const GRID = "#d8dde0";
