import type { Hazard } from "../hazard-schema";
import { risk } from "./shared";

// H21: Crisis line for the wrong nation.
export const h21: Hazard = {
  id: "H21",
  title: "Crisis line for the wrong nation",
  causes:
    "A single list of lines written for England: Northern Ireland has no 111; Wales and Scotland have their own routes.",
  effect: "A person in crisis calls a route that does not exist where they live.",
  initial: risk("Low", "Major"),
  controls: [
    {
      control: "The urgent line is chosen by the nation in content/service.json.",
      test: { file: "tests/unit/crisis-lines.test.ts", title: "its own urgent mental health line" },
    },
  ],
  residual: risk("Very low", "Major"),
  procedures: ["Set nation in content/service.json to where the service is."],
  openActions: [],
};
