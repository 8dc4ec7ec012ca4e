import type { Hazard } from "../hazard-schema";
import { risk, goLiveUnit } from "./shared";

// H20: A trial deployment is used for real referrals.
export const h20: Hazard = {
  id: "H20",
  title: "A trial deployment is used for real referrals",
  causes: "A fresh clone or a demonstration is put on a public address and looks like a real service.",
  effect: "Real referrals go to a service nobody reads.",
  initial: risk("Low", "Major"),
  controls: [
    {
      control: "Trial mode is the default and says so at start-up.",
      test: { file: goLiveUnit, title: "lets a fresh clone start as a trial and says so" },
    },
    {
      control: "Every page says it is a trial, not for real referrals.",
      test: {
        file: "tests/e2e/trial-banner-and-crisis-lines.spec.ts",
        title: "every page of a trial says it is not for real referrals",
      },
    },
  ],
  residual: risk("Very low", "Major"),
  procedures: [],
  openActions: [],
};
