"use client";

import { useEffect, useRef, type ReactNode } from "react";
import { CrisisLinesInline } from "@/components/crisis/crisis-lines-inline";
import type { FormState } from "@/lib/forms/form-state";
import type { CrisisAudience, Nation } from "@/lib/content/crisis-lines";
import { telHref } from "@/lib/content/phone";

export interface ServiceContact {
  phone: string;
  phoneHours: string;
  /** Picks the crisis lines the notice offers. */
  nation: Nation;
  /** A young person's notices list Childline and Shout first. */
  audience?: CrisisAudience;
}

/**
 * When a post could not be saved: what happened, that nothing was lost, and (on public pages)
 * the phone number and the crisis lines, so a failure is never a dead end for someone at risk.
 * Field errors are the error summary's job, not this notice's.
 */
export function ProblemNotice({
  state,
  contact,
  idPrefix,
}: {
  state: FormState;
  contact?: ServiceContact;
  idPrefix?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const text = noticeText(state, contact);
  // Focused like the error summary, so the message is read out after each attempt.
  const shown = text !== null;
  useEffect(() => {
    if (shown) ref.current?.focus();
  }, [shown, state]);
  if (!text) return null;
  const titleId = idPrefix ? `${idPrefix}-notice-title` : "notice-title";
  return (
    <div className="nhsuk-error-summary" aria-labelledby={titleId} tabIndex={-1} ref={ref}>
      <div role="alert">
        <h2 className="nhsuk-error-summary__title" id={titleId}>
          {text.title}
        </h2>
        <div className="nhsuk-error-summary__body">
          {text.body}
          {contact && <CrisisLinesInline nation={contact.nation} audience={contact.audience} />}
        </div>
      </div>
    </div>
  );
}

function noticeText(state: FormState, contact?: ServiceContact): { title: string; body: ReactNode } | null {
  const call = contact && <a href={telHref(contact.phone)}>{contact.phone}</a>;
  switch (state.status) {
    case "unavailable":
      return {
        title: "Sorry, we cannot save your answers right now",
        body: (
          <p>
            Our system is not working at the moment. Your answers are still on this page. Try again in a few minutes
            {contact ? (
              <>
                , or call us on {call} ({contact.phoneHours}).
              </>
            ) : (
              "."
            )}
          </p>
        ),
      };
    case "rate-limited":
      return {
        title: "You have sent a lot of forms from this connection",
        body: (
          <p>
            To protect the service we have paused forms from your connection for up to an hour.
            {contact && (
              <>
                {" "}
                Please call us instead on {call} ({contact.phoneHours}).
              </>
            )}
          </p>
        ),
      };
    case "held":
      return {
        title: "We have your form, but it needs a check first",
        body: (
          <p>
            A lot of forms have come from your internet connection, so a member of our team will check yours before it
            goes to our clinicians. You do not need to send it again.
            {contact && (
              <>
                {" "}
                If it is urgent, call us on {call} ({contact.phoneHours}).
              </>
            )}
          </p>
        ),
      };
    case "out-of-date":
      return {
        title: "This form is out of date",
        body: (
          <>
            <p>
              We updated this website while you had this page open, so we could not read what you sent from it. Your
              answers to the earlier questions are saved.
            </p>
            <p>
              Check your answers on this page and press the button again.
              {contact && (
                <>
                  {" "}
                  If you need help, call us on {call} ({contact.phoneHours}).
                </>
              )}
            </p>
          </>
        ),
      };
    case "refused":
      return {
        title: "There is a problem",
        body: (
          <>
            <p>{state.message}</p>
            {contact && <p>You can also call us on {call}.</p>}
          </>
        ),
      };
    default:
      return null;
  }
}
