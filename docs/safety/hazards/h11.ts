import type { Hazard } from "../hazard-schema";
import { risk } from "./shared";

// H11: Consent or parental responsibility handled wrongly.
export const h11: Hazard = {
  id: "H11",
  title: "Consent or parental responsibility handled wrongly",
  causes:
    "No parental responsibility question; no parent details in a professional's child referral; a 16–17-year-old referred without their agreement; no child's voice.",
  effect: "Treatment without valid consent; a young person's rights bypassed.",
  initial: risk("Medium", "Considerable"),
  controls: [
    {
      control: "A professional must have the person's agreement: no referral is sent without it.",
      test: {
        file: "tests/unit/journey-schemas.test.ts",
        title: "never sends a professional's referral without the person's agreement",
      },
    },
    {
      control:
        "A professional whose patient has not agreed reaches a page that says why and what to do (talk to the person, call us, crisis lines), not a validation error.",
      test: {
        file: "tests/unit/cannot-continue-page.test.ts",
        title:
          "leads a professional whose patient has not agreed to a page that says why and what to do, not a validation error",
      },
    },
    {
      control:
        "The page works with and without JavaScript, passes axe, and the check page leads back to it until the answer changes.",
      test: {
        file: "tests/e2e/cannot-continue.spec.ts",
        title:
          "a GP whose patient has not agreed is told why and what to do, with the crisis lines, and can change the answer later",
      },
    },
    {
      control: "Their answers are kept while they talk to the person, and send once the person agrees.",
      test: {
        file: "tests/integration/journey-moves.test.ts",
        title:
          "keeps a professional's answers when the person has not agreed, sends nothing, and sends once they agree",
      },
    },
    {
      control:
        "A parent of a child under 18 says whether they have parental responsibility, who has it and whether anyone else with it should know; looked after, special guardianship and a social worker can be recorded. Required before sending, at every age from 9 to 17.",
      test: {
        file: "tests/unit/consent-by-age.test.ts",
        title: "asks about parental responsibility and their own words, not the child's agreement",
      },
    },
    {
      control:
        "A parent of a 12 to 15 year old is asked whether the young person agrees and who we should contact first; the referral can still be sent (Gillick: we talk with them both).",
      test: {
        file: "tests/unit/consent-by-age.test.ts",
        title: "also asks whether the young person agrees, and still sends when they have not agreed yet",
      },
    },
    {
      control:
        "At 16 or 17 the young person's agreement is needed: a parent's No or Not sure leads to a page that says why and what to do (talk with them, they can refer themselves, call us, crisis lines); nothing is sent.",
      test: {
        file: "tests/unit/consent-by-age.test.ts",
        title:
          "needs the young person's agreement: no or not sure leads to the page that says what to do, and nothing is sent",
      },
    },
    {
      control: "The parent's answers are kept while they talk with their child, and send once the child agrees.",
      test: {
        file: "tests/integration/consent-answers.test.ts",
        title:
          "keeps a parent's answers when their 16-year-old has not agreed, sends nothing, and sends once they agree",
      },
    },
    {
      control:
        "The page works with and without JavaScript on a phone, passes axe, and the check page leads back to it.",
      test: {
        file: "tests/e2e/consent-journeys.spec.ts",
        title: "a parent of a 16-year-old who has not agreed is told why and what to do, and can send once they agree",
      },
    },
    {
      control:
        "We contact the young person directly when the parent says so (the usual way at 16 or 17), and need their phone or email to do it.",
      test: {
        file: "tests/unit/consent-by-age.test.ts",
        title: "asks for the young person's phone or email when they should be contacted first",
      },
    },
    {
      control:
        "A professional referring anyone under 18 must give a parent or carer's name, relationship and phone or email, whether they have parental responsibility, who else has it, and who agreed (the young person, the parent or carer, or both).",
      test: {
        file: "tests/unit/consent-by-age.test.ts",
        title: "needs the parent or carer's details, parental responsibility and who agreed",
      },
    },
    {
      control:
        "A GP referring a 10-year-old cannot continue without the parent or carer's details (JavaScript on and off, axe).",
      test: {
        file: "tests/e2e/consent-journeys.spec.ts",
        title: "a GP referring a 10-year-old must give a parent or carer's details and who agreed",
      },
    },
    {
      control:
        "The young person's own words can be added by a parent or professional. Staff see who has parental responsibility, who agreed, who to contact first and the young person's own words together on the referral page.",
      test: {
        file: "tests/integration/consent-answers.test.ts",
        title:
          "stores a parent's answers about parental responsibility, the young person's agreement and their own words, and shows them to staff",
      },
    },
    {
      control:
        "A child's referral in which the parent or carer is not confirmed to have parental responsibility is flagged 'No parental responsibility confirmed' in the inbox and the team's email (the flag only, nothing typed).",
      test: {
        file: "tests/unit/consent-by-age.test.ts",
        title: "flags a child's referral when the parent is not confirmed to have parental responsibility",
      },
    },
    {
      control:
        "A changed date of birth leads to the consent pages for the new age, and a referral is not sent without them.",
      test: {
        file: "tests/integration/journey-moves.test.ts",
        title:
          "offers the consent page for the new age when a moved person changes their date of birth, never skipping it",
      },
    },
    {
      control: "Someone 18 or over in the young person's form is told so and moved to the adult form, answers kept.",
      test: {
        file: "tests/e2e/consent-journeys.spec.ts",
        title: "an 18-year-old who chooses the young person's form is moved to the adult form and keeps their answers",
      },
    },
    {
      control:
        "The young person has their own private link to add their view, contacts and wishes, joined to their own referral and no other.",
      test: {
        file: "tests/integration/young-person-view.test.ts",
        title: "adds the young person's view to the referral it was made for, and to no other, once",
      },
    },
    {
      control:
        "A professional referring a 16 or 17 year old whom only a parent or carer agreed for reaches a page that says the young person's own agreement is needed and what to do; nothing is sent.",
      test: {
        file: "tests/unit/consent-by-age.test.ts",
        title:
          "at %i, needs the young person's own agreement: agreed by a parent only leads to the page that says what to do, and nothing is sent",
      },
    },
    {
      control:
        "Staff who work from the CSV export see the young person's own view (or that the link was sent and not used) in the same row as the referrer's, so their wishes about who to contact are not missed.",
      test: {
        file: "tests/integration/admin/young-person-view-export.test.ts",
        title: "is in the row of the referral it belongs to, in the young person's words and the page's labels",
      },
    },
    {
      control:
        "For a parent's child under 12, staff see who has parental responsibility, the child's own words and how each contact may be used; no agreement question is asked.",
      test: {
        file: "tests/integration/consent-answers.test.ts",
        title:
          "shows staff a parent's referral of a 10-year-old: who has parental responsibility, the child's own words, no agreement question under 12, and each contact with how it may be used",
      },
    },
    {
      control:
        "On the staff referral page, a parent's referral shows who has parental responsibility, whether the young person agrees, whom to contact first and how each contact may be used.",
      test: {
        file: "tests/e2e/young-person-view.spec.ts",
        title:
          "a young person's 'not sure' shows the crisis lines at once, and staff see their view beside the parent's account",
      },
    },
  ],
  residual: risk("Low", "Considerable"),
  procedures: [
    "Check parental responsibility at the first contact for every child, and act on the 'No parental responsibility confirmed' flag before sharing anything.",
    "Contact a 16 or 17 year old directly, unless they have asked otherwise.",
  ],
  openActions: [],
};
