import type { Hazard } from "../hazard-schema";
import { risk, goLiveUnit } from "./shared";

// H06: Personal data sent to the wrong person, or insecurely.
export const h06: Hazard = {
  id: "H06",
  title: "Personal data sent to the wrong person, or insecurely",
  causes:
    "MAIL_INCLUDE_DETAILS=true on non-secure mail; a mistyped CLINICAL_SUPPORT_EMAIL; an acknowledgement to a mistyped address.",
  effect: "Data breach; reportable incident.",
  initial: risk("Low", "Considerable"),
  controls: [
    {
      control: "Details are off by default and only sent when MAIL_INCLUDE_DETAILS is on.",
      test: {
        file: "tests/unit/email-content.test.ts",
        title: "carries full details, escaped in HTML, only when MAIL_INCLUDE_DETAILS is on",
      },
    },
    {
      control: "The notification carries no identifiers.",
      test: {
        file: "tests/integration/referral-notification.test.ts",
        title: "arrives for an ordinary referral with exactly the agreed content and no personal details",
      },
    },
    {
      control: "Live mode refuses full details to a domain outside MAIL_SECURE_DOMAINS.",
      test: { file: goLiveUnit, title: "refuses full details in e-mail to a domain outside the secure list" },
    },
    {
      control: "Live mode refuses full details over a mail connection without TLS.",
      test: { file: goLiveUnit, title: "refuses full details in e-mail over a mail connection without TLS" },
    },
  ],
  residual: risk("Very low", "Considerable"),
  procedures: ["Send a test referral at go-live and confirm it arrives in the team mailbox."],
  openActions: [],
};
