import { getEnv } from "@/lib/config";

/**
 * Shown at the top of every page while SERVICE_MODE=trial (the default), so nobody mistakes a
 * trial or a fresh clone for a real service (hazard H16). Inside <main> so it sits in a landmark.
 */
export function TrialBanner() {
  if (getEnv().SERVICE_MODE !== "trial") return null;
  return (
    <div className="nhsuk-inset-text trial-banner" data-testid="trial-banner">
      <p>
        <strong>This is a trial service: do not use it for real referrals.</strong>
      </p>
    </div>
  );
}
