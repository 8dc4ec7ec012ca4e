import type { JourneySlug } from "../../lib/referrals/journeys/types";

/** Form fields as a person would post them, page by page: valid answers for each journey. */
export type PageAnswers = Record<string, string | string[]>;

const person = (dobYear: number): Record<string, PageAnswers> => ({
  risk: { selfHarmThoughts: "no" },
  safety: { beingHurt: "no" },
  about: {
    givenName: "Alex",
    familyName: "Testperson",
    "dateOfBirth.day": "14",
    "dateOfBirth.month": "3",
    "dateOfBirth.year": String(dobYear),
    interpreter: "no",
  },
  contact: {
    phone: "07700 900982",
    mayCall: "yes",
    mayVoicemail: "yes",
    mayText: "yes",
    phoneOwn: "own",
    email: "alex@example.net",
    mayEmail: "yes",
    emailOwn: "own",
    emailReference: "yes",
    bestTimes: "After 4pm",
  },
  where: { postcode: "EX1 1AA", gpPractice: "Example Street Surgery", nhsNumber: "943 476 5919" },
  concerns: {
    whatIsHappening: "Feeling low since moving schools",
    relationships: ["family", "school-work"],
  },
  measures: { answerMeasures: "no" },
  needs: { accessNeeds: "" },
});

const thisYear = new Date().getUTCFullYear();

export const validAnswers: Record<JourneySlug, Record<string, PageAnswers>> = {
  "young-person": {
    ...person(thisYear - 15),
    consent: { parentKnows: "yes", mayContactParent: "talk-first", parentName: "", parentPhone: "" },
  },
  adult: person(thisYear - 34),
  "parent-carer": {
    ...person(thisYear - 10),
    contact: { ...person(thisYear - 10).contact, yourInterpreter: "no" },
    you: { yourName: "Sam Testparent", relationship: "Mother", childKnows: "yes" },
    "parental-responsibility": {
      youHavePR: "yes",
      whoHasPR: "Me and their father, Jo Testparent",
      othersShouldKnow: "yes",
      care: [],
      familyDetails: "",
    },
    "own-words": { ownWords: "I just feel sad all the time" },
  },
  professional: {
    // Professionals are not offered the questionnaires: they may give totals on the scores page.
    ...Object.fromEntries(Object.entries(person(thisYear - 16)).filter(([page]) => page !== "measures")),
    // The person's own contact: the reference goes to the professional's work address instead.
    contact: Object.fromEntries(Object.entries(person(thisYear - 16).contact!).filter(([k]) => k !== "emailReference")),
    referrer: {
      yourName: "Dr Jo Example",
      role: "GP",
      organisation: "Example Street Surgery",
      workEmail: "jo.example@nhs.net",
      workPhone: "01632 960001",
    },
    consent: { personConsented: "yes", safeguarding: "no", safeguardingDetails: "" },
    "parent-details": {
      parentName: "Sam Testparent",
      parentRelationship: "Mother",
      parentPhone: "07700 900123",
      mayCall: "yes",
      mayVoicemail: "no",
      mayText: "yes",
      phoneOwn: "own",
      parentEmail: "",
      parentHasPR: "yes",
    },
    "parental-responsibility": {
      whoHasPR: "Their mother, Sam Testparent",
      othersShouldKnow: "no-one-else",
      care: ["social-worker"],
      familyDetails: "",
    },
    "own-words": { ownWords: "" },
    "who-agreed": { whoAgreed: "both" },
    scores: { phq9Total: "", gad7Total: "", wsasTotal: "", smfqTotal: "" },
  },
  question: {
    question: { question: "Do you offer evening appointments?" },
    contact: { yourName: "Pat Asker", email: "pat@example.net", phone: "" },
  },
  training: {
    course: { course: "introductory", message: "When is the next course?" },
    contact: {
      yourName: "Chris Trainee",
      role: "Clinical psychologist",
      organisation: "Example CAMHS",
      email: "chris@example.net",
      phone: "",
    },
  },
};

/** The answers as the server keeps them in the draft: date parts nested, checkboxes as arrays. */
export function draftAnswers(slug: JourneySlug): Record<string, Record<string, unknown>> {
  return Object.fromEntries(
    Object.entries(validAnswers[slug]).map(([page, fields]) => {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(fields)) {
        const [name, part] = k.split(".");
        if (part) out[name!] = { ...(out[name!] as object), [part]: v };
        else out[k] = v;
      }
      return [page, out];
    }),
  );
}

export function toFormData(fields: Record<string, string | string[]>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    for (const v of Array.isArray(value) ? value : [value]) form.append(name, v);
  }
  return form;
}
