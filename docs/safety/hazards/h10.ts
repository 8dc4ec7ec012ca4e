import type { Hazard } from "../hazard-schema";
import { risk } from "./shared";

// H10: People excluded (access, language, disability).
export const h10: Hazard = {
  id: "H10",
  title: "People excluded (access, language, disability)",
  causes:
    "English only; interpreter question last and not for parents; no Easy Read; postcode required; accessibility statement overclaimed.",
  effect: "Inequitable access; people who need help most cannot refer.",
  initial: risk("Medium", "Considerable"),
  controls: [
    {
      control: "axe on every content page.",
      test: {
        file: "tests/e2e/content-pages.spec.ts",
        title: "has its title, description, canonical address, review dates and no accessibility faults",
      },
    },
    {
      control:
        "Journey pages without JavaScript are checked by axe as the person gets them: on a copy whose own scripts, inline ones too, are refused, and each page on its own (a fault a script would mend is still found).",
      test: {
        file: "tests/e2e/accessibility-checks.spec.ts",
        title: "judges the page a person without JavaScript gets, not what its scripts would make of it",
      },
    },
    {
      control: "999 BSL, emergencySMS and Relay UK listed for people who cannot use a voice call.",
      test: { file: "tests/unit/crisis-lines.test.ts", title: "lists the sign language and text routes to 999" },
    },
    {
      control: "Keyboard-only completion.",
      test: {
        file: "tests/e2e/keyboard-and-origin.spec.ts",
        title: "a whole enquiry can be sent with the keyboard alone",
      },
    },
    {
      control: "One interpreter question ('No / Yes, language') on the about page of every referral journey.",
      test: {
        file: "tests/unit/contact-and-inclusion-schemas.test.ts",
        title: "asks the interpreter question on the about page of every referral journey",
      },
    },
    {
      control: "The language is required after Yes, and revealed under Yes.",
      test: {
        file: "tests/unit/contact-and-inclusion-schemas.test.ts",
        title: "needs the language when the answer is Yes, and not when it is No",
      },
    },
    {
      control: "A parent is asked about their own interpreter need (FB-IPT has a parent at every session).",
      test: {
        file: "tests/unit/contact-and-inclusion-schemas.test.ts",
        title: "asks a parent about their own interpreter need, with the language when Yes",
      },
    },
    {
      control: "Postcode optional, with 'I do not have a fixed address'.",
      test: {
        file: "tests/unit/contact-and-inclusion-schemas.test.ts",
        title: "takes 'I do not have a fixed address' instead of a postcode",
      },
    },
    {
      control: "Young carers can say so.",
      test: {
        file: "tests/unit/contact-and-inclusion-schemas.test.ts",
        title: "lets a young person or adult say they look after someone, without having to answer",
      },
    },
    {
      control: "The name the person likes to be called is kept and shown to staff.",
      test: {
        file: "tests/unit/contact-and-inclusion-schemas.test.ts",
        title: "keeps the name the person likes to be called",
      },
    },
    {
      control:
        '"Need help in your language?" on /refer and every programme page: Welsh and the ten most spoken languages in England and Wales after English (Census 2021), each line in its own language and script, marked with lang and dir; live mode refuses translations no qualified translator has checked.',
      test: {
        file: "tests/unit/language-help.test.ts",
        title: "has Welsh and the ten most spoken main languages in England and Wales after English (Census 2021)",
      },
    },
    {
      control: "Each language line names its language in its own script, so the reader knows what to say on the phone.",
      test: {
        file: "tests/unit/language-help.test.ts",
        title: "names %s in its own script, and says the rest in it too",
      },
    },
  ],
  residual: risk("Medium", "Considerable"),
  procedures: [
    "A specialist accessibility audit and testing with assistive-technology users before claiming full compliance.",
  ],
  openActions: [{ action: "Easy Read pages.", issue: null }],
};
