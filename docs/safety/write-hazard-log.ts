// `npm run safety:hazard-log`: rewrites docs/safety/hazard-log.md from docs/safety/hazards.ts.
import path from "node:path";
import { writeRegister } from "../registers/write-register";
import { hazards } from "./hazards";
import { renderHazardLog } from "./render-hazard-log";

writeRegister(path.join("docs", "safety", "hazard-log.md"), renderHazardLog(hazards), `${hazards.length} hazards`);
