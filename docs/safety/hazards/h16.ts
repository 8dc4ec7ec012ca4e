import type { Hazard } from "../hazard-schema";
import { risk, goLiveUnit, goLiveStart } from "./shared";

// H16: Go-live with example configuration.
export const h16: Hazard = {
  id: "H16",
  title: "Go-live with example configuration",
  causes:
    "Example phone 01632 960000 (Ofcom drama range) and example.org addresses shown to patients; a test asserted the example values, so a real configuration failed the tests.",
  effect: "'Call us' numbers that reach nobody; referrals e-mailed nowhere.",
  initial: risk("Low", "Major"),
  controls: [
    {
      control: "Live mode refuses example details, one line per problem.",
      test: {
        file: goLiveUnit,
        title: "refuses live mode with the example details and names each problem on its own line",
      },
    },
    {
      control: "The start command stops before serving anything.",
      test: {
        file: goLiveStart,
        title: "refuses to start with the example details, one line per problem, before touching the database",
      },
    },
    {
      control: "The example-values test checks a fixture, so a team's real service.json passes.",
      test: {
        file: "tests/unit/service-config.test.ts",
        title: "ships an example set of details that reaches nobody, never a real organisation's",
      },
    },
  ],
  residual: risk("Very low", "Major"),
  procedures: ["Follow the README's go-live checklist."],
  openActions: [],
};
