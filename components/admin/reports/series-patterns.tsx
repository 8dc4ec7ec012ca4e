import { patternId, styleOf } from "./chart-style";

/** The white marks drawn over each series' colour. 8 by 8 tiles, so marks are large enough to see. */
function Marks({ pattern }: { pattern: string }) {
  const white = { stroke: "#ffffff", strokeWidth: 2 };
  switch (pattern) {
    case "diagonal":
      return <path d="M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4" {...white} />;
    case "back-diagonal":
      return <path d="M-2,6 l4,4 M0,0 l8,8 M6,-2 l4,4" {...white} />;
    case "horizontal":
      return <path d="M0,4 h8" {...white} />;
    case "vertical":
      return <path d="M4,0 v8" {...white} />;
    case "crosshatch":
      return <path d="M0,4 h8 M4,0 v8" {...white} />;
    case "dots":
      return <circle cx={4} cy={4} r={1.8} fill="#ffffff" />;
    default:
      return null;
  }
}

/** One <pattern> per patterned series, for `fill="url(#…)"`. */
export function SeriesPatterns({ chartId, count }: { chartId: string; count: number }) {
  return (
    <defs>
      {Array.from({ length: count }, (_, i) => styleOf(i))
        .map((style, i) => ({ style, i }))
        .filter(({ style }) => style.pattern !== "solid")
        .map(({ style, i }) => (
          <pattern key={i} id={patternId(chartId, i)} width={8} height={8} patternUnits="userSpaceOnUse">
            <rect width={8} height={8} fill={style.colour} />
            <Marks pattern={style.pattern} />
          </pattern>
        ))}
    </defs>
  );
}
