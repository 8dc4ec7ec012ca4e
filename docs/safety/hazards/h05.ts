import type { Hazard } from "../hazard-schema";
import { risk } from "./shared";

// H05: Confidentiality breach for a young person.
export const h05: Hazard = {
  id: "H05",
  title: "Confidentiality breach for a young person",
  causes:
    "Acknowledgement e-mail to a possibly shared inbox; voicemail and text asked together; 24-hour draft on a shared device; no Exit this page; a 'Save and come back later' link sent to a shared inbox opens the saved answers for whoever reads it.",
  effect: "Disclosure to a parent or abuser; harm at home; the young person disengages.",
  initial: risk("Medium", "Considerable"),
  controls: [
    {
      control: "No clinical detail in the acknowledgement e-mail.",
      test: {
        file: "tests/integration/referral-notification.test.ts",
        title: "sends the referrer an acknowledgement with the reference and no clinical details",
      },
    },
    {
      control:
        "The reference e-mail is opt-in ('Email me my reference?', unticked), with a neutral sender name and subject from content/service.json and no health words.",
      test: {
        file: "tests/integration/reference-email.test.ts",
        title:
          "is sent when the person ticks Email me my reference and says we may email them, with a neutral sender, subject and text",
      },
    },
    {
      control: "No reference e-mail without the tick.",
      test: {
        file: "tests/integration/reference-email.test.ts",
        title: "is not sent when the person does not tick Email me my reference",
      },
    },
    {
      control: "Never a reference e-mail when e-mail is refused.",
      test: {
        file: "tests/integration/reference-email.test.ts",
        title: "is never sent when the person says we may not email them, even with the box ticked",
      },
    },
    {
      control: "At most one reference e-mail per address per UK day (keyed hash of the address, kept two days).",
      test: {
        file: "tests/integration/reference-email.test.ts",
        title: "is sent at most once per address per day, however many forms name it",
      },
    },
    {
      control: "Call, voicemail, text, e-mail and 'own phone / inbox' asked separately.",
      test: {
        file: "tests/unit/contact-and-inclusion-schemas.test.ts",
        title: "asks each phone question separately when a phone number is given",
      },
    },
    {
      control: "Confidentiality explained to an under-16 before any parent question.",
      test: {
        file: "tests/unit/journey-schemas.test.ts",
        title: "requires the consent questions from a young person under 16, and not from one who is 16",
      },
    },
    {
      control:
        "Exit this page on every form page and Get help now: deletes this device's drafts and cookies and leaves for a neutral site (link without JavaScript; Shift three times and a replaced history entry with it).",
      test: {
        file: "tests/e2e/shared-device-privacy.spec.ts",
        title:
          "the first page says answers are deleted after 30 minutes, and Exit this page leaves the site and deletes the draft",
      },
    },
    {
      control: "Delete my answers on every form page removes the draft row and its cookie.",
      test: {
        file: "tests/integration/shared-device-privacy.test.ts",
        title: "deletes the draft row and its cookie with 'Yes, delete my answers', then says so",
      },
    },
    {
      control: "Draft cookies are session cookies, and a draft ends after 30 minutes without activity.",
      test: {
        file: "tests/integration/shared-device-privacy.test.ts",
        title: "gives a draft 30 minutes from each saved page and sets its cookie without an expiry",
      },
    },
    {
      control: "Back after sending shows that the form was sent, never the answers or a blank form to refill.",
      test: {
        file: "tests/e2e/shared-device-privacy.spec.ts",
        title: "Back after sending shows that the form was sent, not a blank form",
      },
    },
    {
      control:
        "The young person's own view comes through a private link: the person referring never sees it, the young person sees none of their answers, and the referrer's own email is refused as the young person's.",
      test: {
        file: "tests/e2e/young-person-view.spec.ts",
        title:
          "a parent's referral of a 14-year-old offers a private link, and the young person adds their view once, without seeing the parent's answers",
      },
    },
    {
      control:
        "Each form keeps its own draft, and Send is refused when the answers changed after the check page showed them (two tabs never merge two people's answers).",
      test: {
        file: "tests/integration/shared-device-privacy.test.ts",
        title: "refuses to send answers that changed in another tab after the check page showed them",
      },
    },
    {
      control:
        "The invitation's sender name and subject say nothing about health, therapy or a referral; its body carries none of the parent's answers.",
      test: {
        file: "tests/integration/young-person-view.test.ts",
        title:
          "the invitation's sender and subject say nothing about health, therapy or a referral, and the body none of the parent's answers",
      },
    },
    {
      control: "The young person's link works once; a second use is refused and the first answers kept.",
      test: {
        file: "tests/integration/young-person-view.test.ts",
        title: "refuses a second use of the same link and keeps the first answers",
      },
    },
    {
      control: "An unused link stops working after 14 days and the worker's sweep ends it for good.",
      test: {
        file: "tests/integration/young-person-view.test.ts",
        title: "stops working 14 days after it was made, and the sweep ends it for good",
      },
    },
    {
      control:
        "'Save and come back later' warns about shared inboxes and devices before asking for an address; its email carries only the service's neutral name and the link: no answers and no health words in sender, subject or body.",
      test: {
        file: "tests/integration/save-and-return.test.ts",
        title: "the email names only the service's neutral name and the link: no answers, no health words",
      },
    },
    {
      control:
        "A saved form's link works once (the device it was saved on loses the draft too), a new link ends the old one, and only the link's hash is kept.",
      test: {
        file: "tests/integration/save-and-return.test.ts",
        title: "the link restores exactly the saved answers on another device, once, and then fails",
      },
    },
    {
      control:
        "A page saved half-typed with 'Save and come back later' is kept in the saved draft only, under the same single-use link and 7 days, and comes back only on that page.",
      test: {
        file: "tests/integration/save-and-return.test.ts",
        title: "brings a page saved half-typed to the other device exactly as typed, and opens it first",
      },
    },
    {
      control: "A saved form's link stops working after 7 days, and the saved answers are deleted then.",
      test: {
        file: "tests/integration/save-and-return.test.ts",
        title: "keeps the saved draft for 7 days, not 30 minutes, and the link stops working after 7 days",
      },
    },
    {
      control:
        "Sending a saved form's link is limited per email address and per network address, so the service cannot be used to fill someone's inbox.",
      test: {
        file: "tests/integration/save-and-return-limits.test.ts",
        title: "is limited per email address, whichever network it comes from",
      },
    },
    {
      control: "The nightly retention deletes a saved form and its link 7 days after saving.",
      test: {
        file: "tests/integration/scheduled-retention.test.ts",
        title:
          "deletes a draft saved with 'Save and come back later' 7 days after it was saved, with its link, and keeps a newer one",
      },
    },
  ],
  residual: risk("Low", "Considerable"),
  procedures: [],
  openActions: [],
};
