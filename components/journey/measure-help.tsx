import type { CrisisAudience } from "@/lib/content/crisis-lines";
import { CrisisGuidance } from "@/components/crisis/crisis-guidance";
import { getService } from "@/lib/config";

/**
 * After PHQ-9 item 9 above "Not at all": the crisis lines straight away (the page the form goes
 * to without JavaScript; with it they were already shown under the question). It promises nothing
 * about how fast we reply: only the risk questions change that (H03).
 */
export function MeasureHelp({ audience, continueHref }: { audience?: CrisisAudience; continueHref: string }) {
  return (
    <>
      <h1 className="nhsuk-heading-l">Get help now</h1>
      <p>
        Thank you for answering. You said you have had thoughts that you would be better off dead or of hurting
        yourself. If you might act on these thoughts, or you do not feel safe, please get help now. You do not need to
        finish this form first.
      </p>
      <CrisisGuidance nation={getService().nation} audience={audience} headingLevel={2} heading="Who to contact now" />
      <p>A clinician will see your answer when they read your referral.</p>
      <a className="nhsuk-button" href={continueHref}>
        Continue with the form
      </a>
    </>
  );
}
