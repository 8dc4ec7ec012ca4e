import { CrisisGuidance } from "@/components/crisis/crisis-guidance";
import { getService } from "@/lib/config";

export interface CrisisBoxProps {
  heading?: string;
}

/** The UK crisis numbers (from lib/content/crisis-lines.ts) in a card that stands out. */
export function CrisisBox({ heading }: CrisisBoxProps) {
  return (
    <div className="nhsuk-card app-crisis-box">
      <div className="nhsuk-card__content">
        <CrisisGuidance nation={getService().nation} heading={heading} />
      </div>
    </div>
  );
}
