import type { Risk } from "../hazard-schema";

/** A rating on the DCB0129 matrix. */
export const risk = (likelihood: Risk["likelihood"], consequence: Risk["consequence"]): Risk => ({
  likelihood,
  consequence,
});

export const goLiveUnit = "tests/unit/go-live-gate.test.ts";
export const goLiveStart = "tests/integration/go-live-start.test.ts";
