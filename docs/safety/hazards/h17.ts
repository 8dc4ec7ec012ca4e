import type { Hazard } from "../hazard-schema";
import { risk } from "./shared";

// H17: Person cannot be contacted.
export const h17: Hazard = {
  id: "H17",
  title: "Person cannot be contacted",
  causes: "Phone or e-mail typos; a single contact route; a shared or unsafe phone; withheld numbers not answered.",
  effect: "Referral closed as 'no contact'; need unmet.",
  initial: risk("Medium", "Considerable"),
  controls: [
    {
      control: "A phone number or e-mail address is required and checked for format.",
      test: { file: "tests/unit/journey-schemas.test.ts", title: "needs a phone number or an email address" },
    },
    {
      control:
        "Call, voicemail, text, e-mail and whether the phone or inbox is shared are asked for each contact given (a reusable field group).",
      test: {
        file: "tests/unit/contact-and-inclusion-schemas.test.ts",
        title: "asks both email questions when an email address is given",
      },
    },
    {
      control: "Staff see each permission beside the phone number and e-mail address on the referral page.",
      test: {
        file: "tests/unit/contact-and-inclusion-schemas.test.ts",
        title: "shows staff each permission beside the contact, in words",
      },
    },
    {
      control:
        "A professional's referral of a child asks the same permission questions about the parent or carer's phone and e-mail; staff see them beside that contact and any restriction in the risk and contact box.",
      test: {
        file: "tests/unit/parent-contact-permissions.test.ts",
        title: "names the parent's restrictions in the risk and contact box, marked as theirs, after the person's own",
      },
    },
    {
      control:
        "Whoever rules out a way of reaching them (no call, voicemail, text or e-mail; a shared phone or inbox), and a young person whose parents do not know or must not be contacted, is asked straight after the contact page for a second, safe way to reach them and what not to say if someone else answers (optional).",
      test: {
        file: "tests/unit/safe-contact-route.test.ts",
        title: "is asked of a young person whose parents do not know, or who does not want them contacted",
      },
    },
    {
      control:
        "Staff see the safe route and what not to say in the risk and contact box, beside the ways ruled out; 'Not given' when it was asked and left blank.",
      test: {
        file: "tests/integration/safe-contact-route.test.ts",
        title: "is stored and shown to staff in the risk and contact box beside what not to do, not repeated below",
      },
    },
  ],
  residual: risk("Medium", "Considerable"),
  procedures: ["A documented number of contact attempts before closing; tell the person the number we call from."],
  // Still 3: a mistyped number or address is only caught by its format until contact details can be
  // confirmed by a neutral text or e-mail (there is no SMS provider yet).
  openActions: [
    {
      action: "Confirm contact details by a neutral text or e-mail before the first call (needs an SMS provider).",
      issue: 11,
    },
  ],
};
