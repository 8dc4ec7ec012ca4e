import path from "node:path";
import { listContentFiles, urlFor } from "../../../lib/content/files";

const root = path.resolve(import.meta.dirname, "../../..");

/** Every content page's address, found by listing content/, so a new page is tested without editing a test. */
export const contentUrls = listContentFiles(path.join(root, "content")).map(urlFor);

/** Pages built from code rather than MDX, checked alongside them. */
export const otherPages = ["/search", "/search?q=depression", "/search?q=zzzz"];

/** Built by the referral journeys (issue 4), so not this suite's to load; their links are checked by href. */
export const journeyPaths = new Set(["/refer", "/enquire"]);
