// Renders the hazard log (docs/safety/hazards.ts) to Markdown. `npm run safety:hazard-log`
// writes docs/safety/hazard-log.md; tests/unit/hazard-log.test.ts fails when the file is stale.
import type { Hazard } from "./hazard-schema";
import { rating } from "./hazard-schema";
import { cell, testCell } from "../registers/markdown";

const riskText = (r: Hazard["initial"]) => `${r.consequence} × ${r.likelihood} = **${rating(r)}**`;

export function renderHazardLog(hazards: readonly Hazard[]): string {
  const lines = [
    "# Hazard log",
    "",
    "<!-- Generated from docs/safety/hazards.ts by `npm run safety:hazard-log`. Do not edit by hand. -->",
    "",
    "Risk matrix: DCB0129 (consequence × likelihood, rated 1 to 5). 1–2 acceptable; 3 undesirable, further",
    "controls needed; 4–5 mandatory further controls before release. While any hazard is rated 4 or more,",
    "`SERVICE_MODE=live` refuses to start. *Initial* is the risk the clinical review of 4 December 2026",
    "found; *residual* is the risk with the controls now in this repository. Every control names the",
    "automated test that proves it; `tests/unit/hazard-log.test.ts` fails if that test does not exist.",
    "",
    "## Summary",
    "",
    "| ID | Hazard | Initial | Residual | Open actions |",
    "|---|---|---|---|---|",
    ...hazards.map(
      (h) =>
        `| ${h.id} | ${cell(h.title)} | ${rating(h.initial)} | ${rating(h.residual)}${h.accepted ? " (accepted)" : ""} | ${
          h.openActions.map((a) => (a.issue ? `#${a.issue}` : "deploying organisation")).join(", ") || "none"
        } |`,
    ),
    "",
  ];
  for (const h of hazards) {
    lines.push(
      `## ${h.id}: ${h.title}`,
      "",
      `- **Causes:** ${h.causes}`,
      `- **Effect and harm:** ${h.effect}`,
      `- **Initial risk:** ${riskText(h.initial)}`,
      `- **Residual risk:** ${riskText(h.residual)}`,
      ...(h.accepted ? [`- **Accepted:** ${h.accepted}`] : []),
      "",
      "| Control | Proved by |",
      "|---|---|",
      ...h.controls.map((c) => `| ${cell(c.control)} | ${testCell(c.test)} |`),
      "",
    );
    if (h.procedures.length > 0)
      lines.push("Procedures for the deploying organisation (DCB0160):", "", ...h.procedures.map((p) => `- ${p}`), "");
    if (h.openActions.length > 0) {
      lines.push(
        "Open actions:",
        "",
        ...h.openActions.map((a) => `- ${a.action} (${a.issue ? `issue ${a.issue}` : "deploying organisation"})`),
        "",
      );
    }
  }
  return lines.join("\n");
}
