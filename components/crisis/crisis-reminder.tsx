import type { CrisisAudience } from "@/lib/content/crisis-lines";
import { getService } from "@/lib/config";
import { CrisisLinesInline } from "./crisis-lines-inline";

/**
 * After any "yes" or "not sure" to a risk question, this stays at the top of every later page
 * of the journey, the check page and the confirmation: the help does not vanish after one page.
 * It is an aside with no heading of its own, so each page's heading outline stays intact.
 */
export function CrisisReminder({ audience }: { audience?: CrisisAudience }) {
  return (
    <aside className="nhsuk-card app-crisis-box app-crisis-reminder" aria-label="Help now">
      <div className="nhsuk-card__content">
        <CrisisLinesInline nation={getService().nation} audience={audience} />
      </div>
    </aside>
  );
}
