// The hazard log, kept as data so a test can check that every control is proved by a test that
// exists. H01–H19 come from the clinical review of 4 December 2026
// (shared/reviews/2026-12-04-clinical.md, section 3); H20–H22 were found while building the controls; H23 came with check progress (issue 17).
// Edit a hazard in its own file under docs/safety/hazards/, then run `npm run safety:hazard-log`
// to rewrite hazard-log.md.
import { hazardLogSchema, type Hazard } from "./hazard-schema";
import { h01 } from "./hazards/h01";
import { h02 } from "./hazards/h02";
import { h03 } from "./hazards/h03";
import { h04 } from "./hazards/h04";
import { h05 } from "./hazards/h05";
import { h06 } from "./hazards/h06";
import { h07 } from "./hazards/h07";
import { h08 } from "./hazards/h08";
import { h09 } from "./hazards/h09";
import { h10 } from "./hazards/h10";
import { h11 } from "./hazards/h11";
import { h12 } from "./hazards/h12";
import { h13 } from "./hazards/h13";
import { h14 } from "./hazards/h14";
import { h15 } from "./hazards/h15";
import { h16 } from "./hazards/h16";
import { h17 } from "./hazards/h17";
import { h18 } from "./hazards/h18";
import { h19 } from "./hazards/h19";
import { h20 } from "./hazards/h20";
import { h21 } from "./hazards/h21";
import { h22 } from "./hazards/h22";
import { h23 } from "./hazards/h23";

// One file per hazard under docs/safety/hazards/; this list is the log, in order.
export const hazards: Hazard[] = hazardLogSchema.parse([
  h01,
  h02,
  h03,
  h04,
  h05,
  h06,
  h07,
  h08,
  h09,
  h10,
  h11,
  h12,
  h13,
  h14,
  h15,
  h16,
  h17,
  h18,
  h19,
  h20,
  h21,
  h22,
  h23,
]);
