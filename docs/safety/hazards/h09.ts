import type { Hazard } from "../hazard-schema";
import { risk } from "./shared";

// H09: Misleading clinical or training content.
export const h09: Hazard = {
  id: "H09",
  title: "Misleading clinical or training content",
  causes:
    "Invented CPD hours and course lengths, a changed IPT-A course length, missing entry requirements, one fixed adult session count, 50-minute sessions applied to every programme, NICE overclaims, age bands no source gives, an unmeasured form time, a professionals page asking for what the form cannot hold.",
  effect: "Wrong expectations; inappropriate referrals; professionals book unsuitable courses.",
  initial: risk("Medium", "Significant"),
  controls: [
    {
      control: "Facts the sources do not give are shown as 'to be confirmed', and the corrected facts stay corrected.",
      test: { file: "tests/unit/content-facts.test.ts", title: "shows no fact the sources do not give" },
    },
    {
      control: "Every page names its sources and clinical reviewer.",
      test: {
        file: "tests/unit/content-facts.test.ts",
        title: "names its sources and clinical reviewer on every page",
      },
    },
    {
      control: "Programme facts come from content/service.json.",
      test: {
        file: "tests/unit/content-pages.test.ts",
        title: "shows each programme's ages and sessions from content/service.json",
      },
    },
    {
      control:
        "Ages no source gives (IPT-A, the skills group) are shown as 'to be confirmed' until the team sets agesToBeConfirmed to false.",
      test: {
        file: "tests/unit/programme-call-to-action.test.ts",
        title: "shows the IPT-A and skills group ages as to be confirmed",
      },
    },
    {
      control: "Adult IPT shows the range the sources give (8 to 20 sessions), not one fixed number.",
      test: {
        file: "tests/unit/programme-call-to-action.test.ts",
        title: "shows adult IPT as between 8 and 20 sessions",
      },
    },
    {
      control: "No page gives the routine response time without the urgent standard beside it.",
      test: {
        file: "tests/unit/content-facts.test.ts",
        title: "tells every reader of the routine response time what an urgent referral gets",
      },
    },
  ],
  residual: risk("Low", "Significant"),
  procedures: ["A named clinician reviews and signs off each page; clinicalReviewer records who."],
  openActions: [],
};
