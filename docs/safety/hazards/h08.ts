import type { Hazard } from "../hazard-schema";
import { risk } from "./shared";

// H08: Crisis numbers or content out of date.
export const h08: Hazard = {
  id: "H08",
  title: "Crisis numbers or content out of date",
  causes: "Charities change numbers and hours; the checked-on date was not enforced; page review dates only logged.",
  effect: "A person calls a dead or wrong number in crisis.",
  initial: risk("Low", "Major"),
  controls: [
    {
      control: "Each crisis line names its source and fails the tests 90 days after its last check.",
      test: {
        file: "tests/unit/crisis-lines.test.ts",
        title: "was checked against its source within the last 90 days",
      },
    },
    {
      control: "Every crisis line, Papyrus and the deaf routes included, is shown on Get help now.",
      test: {
        file: "tests/e2e/trial-banner-and-crisis-lines.spec.ts",
        title: "Get help now lists every crisis line for the service's nation",
      },
    },
    {
      control: "Overdue page reviews are named.",
      test: {
        file: "tests/unit/content-reviews.test.ts",
        title: "names each page whose review date has passed, and what to do",
      },
    },
  ],
  residual: risk("Very low", "Major"),
  procedures: ["A named owner checks each line against its source every quarter and updates checkedOn."],
  openActions: [],
};
