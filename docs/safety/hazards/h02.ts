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
      control:
        "Yes or not sure to either risk question (thoughts of suicide or self-harm, someone hurting them) counts as at risk: the Get help now page follows and the crisis lines stay on every later page.",
      test: {
        file: "tests/unit/risk-answers-keep-crisis-lines.test.ts",
        title: "'%s' to thoughts of self-harm counts as at risk",
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
      control:
        "The first time a signed-in staff member opens a referral is recorded (once), so the service knows which urgent referrals nobody has read.",
      test: {
        file: "tests/integration/admin/opened-by-staff.test.ts",
        title: "is set by the first view and kept through later views, without counting as a change",
      },
    },
    {
      control:
        "An urgent referral not opened after 2 working hours (configurable; office hours and bank holidays counted) raises a duty alert e-mail to DUTY_EMAIL, repeated each interval until someone opens it; a referral passing the response standard is alerted once.",
      test: {
        file: "tests/integration/escalation.test.ts",
        title: "fires once per repeat interval after two working hours and stops when staff open it",
      },
    },
    {
      control:
        "Working hours for escalation skip evenings, weekends and bank holidays, so Friday-evening forms are escalated early on Monday.",
      test: {
        file: "tests/integration/escalation.test.ts",
        title: "counts office hours only: sent late on Friday, it is escalated at 10:30 on Monday, not at the weekend",
      },
    },
    {
      control: "The duty alert carries counts, references, waiting times and links only, never personal data.",
      test: {
        file: "tests/integration/escalation.test.ts",
        title: "names no one: no name, date of birth, NHS number, email, phone, postcode or anything typed",
      },
    },
    {
      control:
        "Every dashboard page shows a banner with the number of urgent referrals not opened in time and of referrals past the standard, linking the oldest.",
      test: {
        file: "tests/unit/escalation-banner.test.ts",
        title: "gives the count of urgent referrals not opened and links each one",
      },
    },
    {
      control:
        "The banner's links open the inbox's overdue view, which lists exactly the referrals the banner counts (the same office-hours and bank-holiday rules), so none beyond the five linked is out of sight.",
      test: {
        file: "tests/integration/admin/overdue-view.test.ts",
        title:
          "count the same referrals on a working day: urgent ones unopened after 2 working hours, and any past the standard",
      },
    },
    {
      control:
        "A daily digest to the duty address gives the untriaged, urgent and overdue counts and references, without personal data; the worker runs and schedules it with the alert.",
      test: {
        file: "tests/integration/escalation-job.test.ts",
        title: "sends the duty alert when the escalation job runs, and the digest when the digest job runs",
      },
    },
    {
      control:
        "The worker's queue client runs pg-boss's cron clock, without which the escalation alert and digest are never sent; the web server's does not.",
      test: {
        file: "tests/integration/queue-client-roles.test.ts",
        title: "the worker does, checking for dead workers' jobs every 10 s, with up to 4 connections",
      },
    },
    {
      control:
        "Monitoring: /api/metrics reports untriaged urgent referrals and the oldest one's age, and the email queues, for out-of-hours alert rules (README).",
      test: {
        file: "tests/integration/metrics.test.ts",
        title: "reports how many urgent referrals are untriaged and how long the oldest has waited",
      },
    },
    {
      control:
        "The inbox's Waiting column holds an urgent referral to its own target, the same-working-day call (due by closing time on the first working day the team reads it, bank holidays skipped), and says in words when it is past, not after the routine 5 working days.",
      test: {
        file: "tests/integration/admin/urgent-target-inbox.test.ts",
        title: "is due by closing time on the next working day after a Friday evening, and flagged once past it",
      },
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
        "The duty alert is e-mail only (with the dashboard banner and metrics for out-of-hours alerting): decide whether a duty clinician also needs a phone or pager alert.",
      issue: 15,
    },
  ],
};
