import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseEnv, parseServiceConfig } from "@/lib/config";
import { goLiveProblems, hazardsBlockingGoLive } from "@/lib/config/go-live";
import { hazards } from "@/docs/safety/hazards";
import { hazardLogSchema, rating, type Hazard } from "@/docs/safety/hazard-schema";
import { renderHazardLog } from "@/docs/safety/render-hazard-log";
import exampleService from "../fixtures/example-service.json";
import { missingTest } from "../helpers/named-tests";

const controls = hazards.flatMap((h) => h.controls.map((c) => [h.id, c.test.file, c.test.title] as const));

describe("the hazard log", () => {
  it("numbers its hazards H01 onwards with no gaps", () => {
    expect(hazards.map((h) => h.id)).toEqual(hazards.map((_, i) => `H${String(i + 1).padStart(2, "0")}`));
  });

  it.each(controls)('%s: the control\'s test file %s exists and holds the test "%s"', (_id, file, title) => {
    expect(missingTest({ file, title })).toBeNull();
  });

  it("refuses a hazard with no tested control, or a rise from initial to residual", () => {
    const base = hazards[0]!;
    expect(() => hazardLogSchema.parse([{ ...base, controls: [] }])).toThrow();
    expect(() =>
      hazardLogSchema.parse([
        { ...base, controls: [{ control: "Staff read it.", test: { file: "docs/notes.md", title: "x" } }] },
      ]),
    ).toThrow();
    const raised: Hazard = { ...base, initial: { likelihood: "Very low", consequence: "Minor" } };
    expect(() => hazardLogSchema.parse([raised])).toThrow(/residual risk cannot be higher/);
  });

  it("needs an open action or a recorded acceptance for every hazard still rated 3 or more", () => {
    for (const h of hazards.filter((h) => rating(h.residual) >= 3)) {
      expect(h.openActions.length > 0 || h.accepted !== undefined, h.id).toBe(true);
    }
  });

  it("has no hazard whose residual risk is rated 4 or more (mandatory further controls before release)", () => {
    expect(hazards.filter((h) => rating(h.residual) >= 4).map((h) => h.id)).toEqual([]);
  });

  it("blocks go-live while a hazard is rated 4 or more", () => {
    const blocking = hazards.filter((h) => rating(h.residual) >= 4).map((h) => h.id);
    expect(hazardsBlockingGoLive(hazards)).toHaveLength(blocking.length);
    const problems = goLiveProblems(parseEnv({ SERVICE_MODE: "live" }), parseServiceConfig(exampleService), hazards);
    for (const id of blocking)
      expect(problems).toEqual(expect.arrayContaining([expect.stringContaining(`hazard ${id} `)]));
    const severe: Hazard = {
      ...hazards[0]!,
      residual: { likelihood: "Low", consequence: "Catastrophic" },
      initial: { likelihood: "Low", consequence: "Catastrophic" },
    };
    expect(hazardsBlockingGoLive([severe])).toEqual([expect.stringContaining("is rated 4")]);
  });

  it("rates risk on the DCB0129 matrix", () => {
    expect(rating({ likelihood: "Low", consequence: "Major" })).toBe(3);
    expect(rating({ likelihood: "Low", consequence: "Catastrophic" })).toBe(4);
    expect(rating({ likelihood: "Very low", consequence: "Considerable" })).toBe(2);
    expect(rating({ likelihood: "Very high", consequence: "Catastrophic" })).toBe(5);
  });

  it("is published as docs/safety/hazard-log.md exactly as the data says (run npm run safety:hazard-log)", () => {
    expect(readFileSync("docs/safety/hazard-log.md", "utf8")).toBe(renderHazardLog(hazards));
  });
});
