import type { Field } from "@/lib/forms/fields";
import type { Answers } from "./journeys/types";
import { agreementStep, whoAgreedStep } from "./journeys/steps-agreement";
import { parentDetailsStep, parentResponsibilityStep } from "./journeys/steps-family";
import { display } from "./summary";
import { emailPermissionsText, phonePermissionsText } from "./journeys/contact-permissions";

// What staff need to see together about consent for a child (H11, H18): who has parental
// responsibility, who agreed, who to contact first, and what the young person said themselves.
// An under-16's own "does a parent know?" answers are in the risk and safeguarding box instead.
// Read from the answers by the same page definitions the forms use, so labels never drift.

export interface ConsentRow {
  label: string;
  value: string;
}

const fieldOf = (fields: readonly Field[], name: string) => fields.find((f) => f.name === name)!;
const shown = (fields: readonly Field[], name: string, value: unknown) =>
  value === undefined ? null : display(fieldOf(fields, name), value);

/** The consent and parental responsibility facts of a referral, in the order staff read them; empty when none apply. */
export function consentFacts(answers: Answers): ConsentRow[] {
  const rows: [string, string | null][] = [];
  const pr = answers["parental-responsibility"];
  const prFields = parentResponsibilityStep.fields;
  if (pr) {
    rows.push(["Who has parental responsibility", pr.whoHasPR]);
    if ("youHavePR" in pr)
      rows.push([
        "The parent or carer referring has parental responsibility",
        shown(prFields, "youHavePR", pr.youHavePR),
      ]);
  }
  const parent = answers["parent-details"];
  if (parent) {
    // Each contact with how it may be used, as beside the person's own (issue 11, H17).
    const reach = [
      parent.parentPhone && `${parent.parentPhone} (${phonePermissionsText(parent)})`,
      parent.parentEmail && `${parent.parentEmail} (${emailPermissionsText(parent)})`,
    ]
      .filter(Boolean)
      .join(", ");
    rows.push(["Parent or carer", `${parent.parentName} (${parent.parentRelationship}), ${reach}`]);
    rows.push([
      "That parent or carer has parental responsibility",
      shown(parentDetailsStep.fields, "parentHasPR", parent.parentHasPR),
    ]);
  }
  if (pr) {
    rows.push([
      "Others with parental responsibility should know",
      shown(prFields, "othersShouldKnow", pr.othersShouldKnow),
    ]);
    if (pr.care?.length) rows.push(["Care and social work", shown(prFields, "care", pr.care)]);
    if (pr.familyDetails) rows.push(["About the family", pr.familyDetails]);
  }
  const agreement = answers.agreement;
  if (agreement) {
    rows.push([
      "The young person agrees",
      shown(agreementStep.fields, "youngPersonAgrees", agreement.youngPersonAgrees),
    ]);
    const first = agreement.contactFirst === "young-person" ? "The young person" : "The parent or carer";
    const reach = [agreement.childPhone, agreement.childEmail].filter(Boolean).join(", ");
    // A number given for the child is shown even when the parent is to be contacted first: nothing typed is hidden.
    const contactFirst =
      reach && agreement.contactFirst === "young-person"
        ? `${first}: ${reach}`
        : reach
          ? `${first} (the young person: ${reach})`
          : first;
    rows.push(["Contact first", contactFirst]);
  }
  const whoAgreed = answers["who-agreed"]?.whoAgreed;
  if (whoAgreed) rows.push(["Who agreed", shown(whoAgreedStep.fields, "whoAgreed", whoAgreed)]);
  const ownWords = answers["own-words"]?.ownWords;
  if (answers["own-words"]) rows.push(["In their own words", ownWords || "Not given"]);
  return rows.filter((r): r is [string, string] => Boolean(r[1])).map(([label, value]) => ({ label, value }));
}
