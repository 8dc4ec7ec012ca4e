import { CrisisLinesInline } from "@/components/crisis/crisis-lines-inline";
import type { FormState } from "@/lib/referrals/form-state";

export interface ServiceContact {
  phone: string;
  phoneHours: string;
}

/**
 * When a post could not be saved: what happened, that nothing was lost, the phone number, and
 * the crisis lines (a failure must never be a dead end for someone at risk).
 */
export function FormNotice({ state, contact }: { state: FormState; contact: ServiceContact }) {
  if (state.status === "held") {
    return (
      <div className="nhsuk-error-summary" role="alert" aria-labelledby="notice-title" tabIndex={-1}>
        <h2 className="nhsuk-error-summary__title" id="notice-title">
          We have your form, but it needs a check first
        </h2>
        <div className="nhsuk-error-summary__body">
          <p>
            A lot of forms have come from your internet connection, so a member of our team will check yours before it goes to our
            clinicians. You do not need to send it again. If it is urgent, call us on{" "}
            <a href={`tel:${contact.phone.replace(/\s/g, "")}`}>{contact.phone}</a> ({contact.phoneHours}).
          </p>
          <CrisisLinesInline />
        </div>
      </div>
    );
  }
  if (state.status === "unavailable") {
    return (
      <div className="nhsuk-error-summary" role="alert" aria-labelledby="notice-title" tabIndex={-1}>
        <h2 className="nhsuk-error-summary__title" id="notice-title">
          Sorry, we cannot save your answers right now
        </h2>
        <div className="nhsuk-error-summary__body">
          <p>
            Our system is not working at the moment. Your answers are still on this page. Try again in a few minutes, or call us on{" "}
            <a href={`tel:${contact.phone.replace(/\s/g, "")}`}>{contact.phone}</a> ({contact.phoneHours}).
          </p>
          <CrisisLinesInline />
        </div>
      </div>
    );
  }
  if (state.status === "rate-limited") {
    return (
      <div className="nhsuk-error-summary" role="alert" aria-labelledby="notice-title" tabIndex={-1}>
        <h2 className="nhsuk-error-summary__title" id="notice-title">
          You have sent a lot of forms from this connection
        </h2>
        <div className="nhsuk-error-summary__body">
          <p>
            To protect the service we have paused forms from your connection for up to an hour. Please call us instead on{" "}
            <a href={`tel:${contact.phone.replace(/\s/g, "")}`}>{contact.phone}</a> ({contact.phoneHours}).
          </p>
          <CrisisLinesInline />
        </div>
      </div>
    );
  }
  if (state.status === "rejected") {
    return (
      <div className="nhsuk-error-summary" role="alert" aria-labelledby="notice-title" tabIndex={-1}>
        <h2 className="nhsuk-error-summary__title" id="notice-title">
          There is a problem
        </h2>
        <div className="nhsuk-error-summary__body">
          <p>{state.message}</p>
          <p>
            You can also call us on <a href={`tel:${contact.phone.replace(/\s/g, "")}`}>{contact.phone}</a>.
          </p>
          <CrisisLinesInline />
        </div>
      </div>
    );
  }
  return null;
}
