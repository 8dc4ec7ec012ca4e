import { describe, expect, it } from "vitest";
import { parseEnv, parseServiceConfig } from "@/lib/config";
import { goLiveProblems, unconfirmedMeasureFacts } from "@/lib/config/go-live";
import { measureIds, measureSources, type MeasureId, type MeasureSource } from "@/lib/measures";
import exampleService from "../fixtures/example-service.json";

// Issue 16 / H03: a questionnaire's licence or cut-off that no source settles is "to be confirmed by
// the clinical lead", and live mode must not start on it.

/** Today's sources with only these facts open. */
function withOpenFacts(open: Partial<Record<MeasureId, string[]>>): Record<MeasureId, MeasureSource> {
  const result = {} as Record<MeasureId, MeasureSource>;
  for (const id of measureIds) result[id] = { ...measureSources[id], toBeConfirmed: open[id] ?? [] };
  return result;
}

describe("the questionnaires' facts at go-live", () => {
  it("refuses live mode while a measure's licence or cut-off is still to be confirmed, naming the measure and the fact", () => {
    const sources = withOpenFacts({ WSAS: ["licence: to be confirmed by the clinical lead"] });
    const problems = goLiveProblems(
      parseEnv({ SERVICE_MODE: "live" }),
      parseServiceConfig(exampleService),
      [],
      sources,
    );
    expect(problems).toContainEqual(
      expect.stringMatching(/^lib\/measures\/sources\.ts: WSAS licence: to be confirmed by the clinical lead/),
    );
    expect(unconfirmedMeasureFacts(sources)).toHaveLength(1);
    expect(unconfirmedMeasureFacts(withOpenFacts({}))).toEqual([]);
  });

  it("lists today's open facts: the WSAS licence, and the SMFQ's licence and cut-off; the PHQ-9 and GAD-7 are confirmed", () => {
    const open = unconfirmedMeasureFacts(measureSources);
    expect(open.filter((line) => line.includes(" WSAS licence"))).toHaveLength(1);
    expect(open.filter((line) => line.includes("SMFQ (child) licence"))).toHaveLength(1);
    expect(open.filter((line) => line.includes("SMFQ (child) cut-off"))).toHaveLength(1);
    expect(open.filter((line) => line.includes("SMFQ (parent) licence"))).toHaveLength(1);
    expect(open.filter((line) => /PHQ-9|GAD-7/.test(line))).toEqual([]);
    for (const line of open) expect(line).not.toContain("\n");
  });
});
