import type { Nation } from "@/lib/content/crisis-lines";
import { CrisisLinesInline } from "./crisis-lines-inline";

/**
 * A short box on a page where someone might write about a crisis though nothing asks about risk
 * (the general question): the form cannot bring help quickly, so the crisis lines come first (H03).
 */
export function CrisisSignpost({ nation }: { nation: Nation }) {
  return (
    <aside className="nhsuk-card app-crisis-box" aria-label="If you need help now">
      <div className="nhsuk-card__content">
        <p>This form is not for urgent help. We cannot reply straight away.</p>
        <CrisisLinesInline nation={nation} />
      </div>
    </aside>
  );
}
