import { readdirSync } from "node:fs";
import path from "node:path";
import { listContentFiles, urlFor } from "../../../lib/content/files";

const root = path.resolve(import.meta.dirname, "../../..");

/** Every content page's address, found by listing content/, so a new page is tested without editing a test. */
export const contentUrls = listContentFiles(path.join(root, "content")).map(urlFor);

/** Pages built from code rather than MDX, checked alongside them. */
export const otherPages = ["/search", "/search?q=depression", "/search?q=zzzz"];

/** The referral journeys every page links to (built under issue 4). */
export const journeyPaths = ["/refer", "/enquire"];

/** Routes with a page.tsx in app/, route groups such as (site) left out of the address. */
function appRoutes(): Set<string> {
  const files = readdirSync(path.join(root, "app"), { recursive: true, encoding: "utf8" }).filter((f) =>
    /(^|\/)page\.tsx$/.test(f),
  );
  return new Set(
    files.map(
      (f) =>
        `/${path
          .dirname(f)
          .split("/")
          .filter((part) => part !== "." && !/^\(.*\)$/.test(part))
          .join("/")}`,
    ),
  );
}

/**
 * Journeys whose pages are not in this checkout yet: their links are checked by address only.
 * Once a journey's page exists (after merging), its links must resolve like any other.
 */
export const journeysNotBuiltHere = new Set(journeyPaths.filter((journey) => !appRoutes().has(journey)));
