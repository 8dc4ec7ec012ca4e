import type { Hazard } from "../hazard-schema";
import { risk } from "./shared";

// H02: Person in crisis waits days.
export const h02: Hazard = {
  id: "H02",
  title: "Person in crisis waits days",
  causes:
    "Forms read in office hours; the same 5-working-day promise for everyone, urgent included; weekends and bank holidays; the urgent e-mail goes to one mailbox.",
  effect: "Self-harm or suicide before contact.",
  initial: risk("Low", "Catastrophic"),
  controls: [
    {
      control:
        "Risk asked first, one question a page with I'm not sure; yes or not sure to acting soon (or to being hurt) marks the referral urgent and sets its flags.",
      test: {
        file: "tests/integration/referral-submission.test.ts",
        title: "marks the referral urgent, with its flags, when the person might act on thoughts of suicide soon",
      },
    },
    {
      control: "The notification subject starts URGENT.",
      test: {
        file: "tests/integration/referral-notification.test.ts",
        title: "starts its subject with URGENT when the person is at risk now",
      },
    },
    {
      control:
        "Crisis lines shown at once after yes or not sure (in a live region), on the Get help now page, then on every later page and on the confirmation; the confirmation gives the urgent standard, never the routine promise.",
      test: {
        file: "tests/e2e/referral-journeys.spec.ts",
        title:
          "a GP not sure whether a patient might act on thoughts of suicide soon sends an urgent referral: crisis lines stay on every page and the confirmation gives the urgent standard",
      },
    },
    {
      control: "The urgent acknowledgement gives the team's urgent standard and when forms are next read.",
      test: {
        file: "tests/unit/urgent-next-steps.test.ts",
        title:
          "tells an urgent case in the acknowledgement email when forms are next read, without saying it is urgent or giving health details",
      },
    },
    {
      control: "A young person referring themselves sees Childline and Shout first, wherever crisis lines are shown.",
      test: {
        file: "tests/unit/crisis-lines.test.ts",
        title: "a young person in %s sees Childline and Shout first, and loses no line",
      },
    },
    {
      control: "When forms are next read is worked out from office hours and the nation's bank holidays.",
      test: { file: "tests/unit/next-reading.test.ts", title: "on %s" },
    },
    {
      control: "Live mode refuses to start while any hazard is rated 4 or more.",
      test: { file: "tests/unit/hazard-log.test.ts", title: "blocks go-live while a hazard is rated 4 or more" },
    },
  ],
  residual: risk("Very low", "Catastrophic"),
  procedures: ["Define and publish an urgent response standard (for example a clinician calls the same working day)."],
  openActions: [
    {
      action:
        "An urgent alert to a duty clinician (not only e-mail) and a shorter overdue target for urgent referrals in the inbox.",
      issue: 15,
    },
  ],
};
