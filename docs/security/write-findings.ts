// `npm run security:findings`: rewrites docs/security/findings.md from docs/security/findings.ts.
import path from "node:path";
import { writeRegister } from "../registers/write-register";
import { findings } from "./findings";
import { renderFindings } from "./render-findings";

writeRegister(path.join("docs", "security", "findings.md"), renderFindings(findings), `${findings.length} findings`);
