import type { Hazard } from "../hazard-schema";
import { risk } from "./shared";

// H23: Disclosure through check progress or the outcome email (issue 17).
export const h23: Hazard = {
  id: "H23",
  title: "Disclosure through check progress or the outcome email",
  causes:
    "Someone who is not the person or their referrer learns that a referral exists or its outcome: by guessing references and dates of birth, from a shared device or inbox, from words staff wrote, or from an outcome email sent with details to an insecure inbox.",
  effect:
    "Breach of confidentiality; a young person's referral made without a parent's knowledge becomes known at home; loss of trust in the service.",
  initial: risk("Medium", "Considerable"),
  controls: [
    {
      control:
        "Progress is shown only for a matching reference and date of birth; every wrong pair gets the same message, and the date never appears in a URL (a signed 10-minute HttpOnly pass).",
      test: {
        file: "tests/integration/check-progress.test.ts",
        title: "matches the right pair, however the reference is typed, and nothing else",
      },
    },
    {
      control:
        "The page shows only the stage, the outcome's words from the team's list and text staff ticked to share: never names, answers, notes or the internal reason.",
      test: {
        file: "tests/integration/check-progress.test.ts",
        title: "shows each stage as staff move the referral on, with the outcome's words and only shared text",
      },
    },
    {
      control:
        "Tries are limited per reference (5 an hour) and per address (20 an hour; 400 by default for an address in SHARED_NETWORKS, where a practice or school checks on many referrals), in Postgres.",
      test: {
        file: "tests/integration/check-progress.test.ts",
        title: "stops the sixth try at one reference within the hour, even with the right date, from any address",
      },
    },
    {
      control:
        "A shared network's higher per-address limit never loosens the per-reference limit: one referral still gets 5 tries an hour, from any address.",
      test: {
        file: "tests/integration/progress-shared-networks.test.ts",
        title: "still stops the sixth try at one reference from a shared address",
      },
    },
    {
      control: "One address cannot spread its guesses over many references.",
      test: {
        file: "tests/integration/check-progress.test.ts",
        title: "stops one address after its tries for the hour, whatever reference it tries next",
      },
    },
    {
      control: "Every try is audited with the address (never the date of birth or the reference typed).",
      test: {
        file: "tests/integration/check-progress.test.ts",
        title: "audits every try with the address, and the referral only when it matched",
      },
    },
    {
      control: "After anonymisation or erasure the page shows nothing, even to a pass made before.",
      test: {
        file: "tests/integration/check-progress.test.ts",
        title: "shows nothing once the referral is anonymised or erased",
      },
    },
    {
      control:
        "The outcome email says the reference, the stage and the outcome's words only; details go only with MAIL_INCLUDE_DETAILS to a secure domain.",
      test: {
        file: "tests/integration/outcome-email.test.ts",
        title: "keeps details out with MAIL_INCLUDE_DETAILS when the address is not on a secure domain",
      },
    },
    {
      control:
        "The outcome email is queued in the same transaction as the decision: no email for a decision not saved.",
      test: {
        file: "tests/integration/outcome-email.test.ts",
        title: "is queued in the same transaction as the change: a failure after the change leaves no job",
      },
    },
    {
      control:
        "The copy of the outcome email to the person's GP practice goes only when the professional answered that the person agreed and gave the practice's address; it says the reference, the stage and the outcome's words only, never a name, an answer or a note. Wording awaits the clinical lead's review.",
      test: {
        file: "tests/integration/gp-practice-outcome-email.test.ts",
        title: "is not queued or sent when %s; the professional's email still goes",
      },
    },
    {
      control: "The GP practice copy carries the same content as the professional's: no personal data by default.",
      test: {
        file: "tests/integration/gp-practice-outcome-email.test.ts",
        title:
          "goes to the practice when the person agreed, with the reference, stage and outcome words only, and the referral page says it was sent",
      },
    },
    {
      control: "The GP practice copy is queued in the same transaction as the decision.",
      test: {
        file: "tests/integration/gp-practice-outcome-email.test.ts",
        title: "is queued in the same transaction as the change: a failure after the change leaves no job",
      },
    },
  ],
  residual: risk("Low", "Considerable"),
  procedures: [
    "The clinical lead reviews the outcome words in content/service.json; staff never put clinical detail or anything the person has not been told into the words they share.",
  ],
  openActions: [
    {
      action:
        "The clinical lead reviews the wording of the GP practice outcome question on the professional's 'where' page, and whether the person's agreement should be asked elsewhere.",
      issue: 17,
    },
    {
      action:
        "Decide whether check progress should show less for a young person's own referral flagged 'under 16, parent unaware'.",
      issue: 17,
    },
  ],
};
