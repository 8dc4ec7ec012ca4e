// `npm run safety:hazard-log`: rewrites docs/safety/hazard-log.md from docs/safety/hazards.ts.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { hazards } from "./hazards";
import { renderHazardLog } from "./render-hazard-log";

const target = path.join("docs", "safety", "hazard-log.md");
writeFileSync(target, renderHazardLog(hazards));
console.log(`Wrote ${target} (${hazards.length} hazards).`);
