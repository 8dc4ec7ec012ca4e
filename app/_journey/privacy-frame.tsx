import type { ReactNode } from "react";
import { AlreadySent, JourneyPrivacy } from "@/components/journey/journey-privacy";
import { getEnv } from "@/lib/config";
import type { Draft } from "@/lib/referrals";
import { secondsLeft } from "@/lib/referrals/draft-timeout";
import { deleteAnswersPath, EXIT_PATH, startAgainPath } from "@/lib/referrals/privacy-paths";
import type { Journey } from "@/lib/referrals/journeys/types";
import { saveForLaterPath } from "@/lib/referrals/save-for-later-form";
import { keepDraft } from "./actions";
import { finishedReferral } from "./request";

/** A form page inside Exit this page, Delete my answers and (with a draft) the timeout warning. */
export function PrivacyFrame({
  journey,
  draft,
  here,
  saveInForm = false,
  children,
}: {
  journey: Journey;
  draft: Draft | null;
  /** This page's address, for "No, go back" on the delete page. */
  here: string;
  /** The page's form has its own "Save and come back later" button, so no link is drawn. */
  saveInForm?: boolean;
  children: ReactNode;
}) {
  const idleMinutes = getEnv().DRAFT_IDLE_MINUTES;
  return (
    <JourneyPrivacy
      exitHref={EXIT_PATH}
      deleteHref={deleteAnswersPath(journey, here)}
      saveHref={journey.area === "refer" && !saveInForm ? saveForLaterPath(journey, here) : undefined}
      timeout={
        draft
          ? {
              secondsLeft: secondsLeft(draft.expiresAt, new Date()),
              idleMinutes,
              keepGoing: keepDraft.bind(null, journey.slug),
            }
          : undefined
      }
    >
      {children}
    </JourneyPrivacy>
  );
}

/** The sent page for Back after sending, or null when this journey was not just sent. */
export async function sentAlready(journey: Journey): Promise<ReactNode | null> {
  const finished = await finishedReferral(journey.slug);
  if (!finished) return null;
  return (
    <JourneyPrivacy exitHref={EXIT_PATH} deleteHref={deleteAnswersPath(journey)}>
      <AlreadySent
        reference={finished.reference}
        isReferral={journey.isReferral}
        startAgainHref={startAgainPath(journey)}
      />
    </JourneyPrivacy>
  );
}
