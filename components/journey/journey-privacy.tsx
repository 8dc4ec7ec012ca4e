import type { ReactNode } from "react";
import { ExitThisPage } from "@/components/privacy/exit-this-page";
import { TimeoutWarning } from "./timeout-warning";

export interface JourneyPrivacyProps {
  exitHref: string;
  deleteHref: string;
  /** "Save and come back later" (referral forms): a plain link, so it works without JavaScript. */
  saveHref?: string;
  /** Present while there is a draft to time out. */
  timeout?: { secondsLeft: number; idleMinutes: number; keepGoing: () => Promise<number> };
  children: ReactNode;
}

/**
 * What every page of a form carries for people on a shared device (H05, H15): Exit this page at
 * the top, the timeout warning while there is a draft, and Delete my answers at the bottom.
 */
export function JourneyPrivacy({ exitHref, deleteHref, saveHref, timeout, children }: JourneyPrivacyProps) {
  return (
    <>
      <ExitThisPage href={exitHref} />
      {children}
      {saveHref && (
        <p className="app-save-for-later">
          <a href={saveHref}>Save and come back later</a>
        </p>
      )}
      <p className="app-delete-answers">
        <a href={deleteHref}>Delete my answers</a>
      </p>
      {timeout && <TimeoutWarning {...timeout} deleteHref={deleteHref} />}
    </>
  );
}

/** The first page of each form says, before anything is typed, that answers do not wait forever. */
export function IdleNotice({ idleMinutes }: { idleMinutes: number }) {
  return (
    <div className="nhsuk-inset-text">
      <span className="nhsuk-u-visually-hidden">Information: </span>
      <p>
        To protect your privacy, we delete your answers if you do not do anything for {idleMinutes} minutes. If you
        share this device, you can also delete them yourself or leave quickly with &quot;Exit this page&quot;.
      </p>
    </div>
  );
}

/** Back, or a step's address, after the form was sent: the reference, never a blank first question. */
export function AlreadySent({
  reference,
  isReferral,
  startAgainHref,
}: {
  reference: string;
  isReferral: boolean;
  startAgainHref: string;
}) {
  return (
    <>
      <h1 className="nhsuk-heading-l">Your form has been sent</h1>
      <p>
        We have your {isReferral ? "referral" : "message"}. Your reference is <strong>{reference}</strong>.
      </p>
      <p>You cannot change it here. If something is wrong, call us and quote your reference.</p>
      <p>
        <a href={startAgainHref}>Start a new form</a>
      </p>
    </>
  );
}
