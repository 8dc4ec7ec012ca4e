import { getService } from "@/lib/config/service";
import type { FormState } from "@/lib/forms/form-state";

/** What the confirmation page needs to know about a referral just sent. */
export interface SentReferral {
  urgent: boolean;
  /** Any risk answer: the confirmation keeps the crisis lines at the top. */
  atRisk: boolean;
}

/** What a form post led to. `httpStatus` is what a plain HTTP answer would carry; tests check it. */
export type Outcome =
  | {
      kind: "redirect";
      to: string;
      draftToken?: string;
      reference?: string;
      sent?: SentReferral;
      /** The draft moved to this journey (adult to young person): its cookie takes the token too. */
      movedTo?: string;
      /** The draft is gone (timed out): the browser's cookie for it is cleared. */
      forgetDraft?: boolean;
    }
  | { kind: "state"; httpStatus: 400 | 404 | 422 | 429 | 503; state: FormState };

export const refused = (message: string, values: Record<string, unknown> = {}): Outcome => ({
  kind: "state",
  httpStatus: 400,
  state: { status: "refused", message, values },
});

export const unavailable = (values: Record<string, unknown> = {}): Outcome => ({
  kind: "state",
  httpStatus: 503,
  state: { status: "unavailable", values },
});
/** A refused submission whose answers are now in the held queue for staff. */
export const held = (): Outcome => ({ kind: "state", httpStatus: 429, state: { status: "held", values: {} } });
export const rateLimited = (values: Record<string, unknown> = {}): Outcome => ({
  kind: "state",
  httpStatus: 429,
  state: { status: "rate-limited", values },
});

export const unexpectedFields = () =>
  refused(
    `This form had information we did not expect, so nothing was saved. Go back and try again, or call us on ${getService().phone}.`,
  );
