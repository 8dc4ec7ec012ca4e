import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDraft } from "../../lib/referrals/drafts";
import { nextPath } from "../../lib/referrals/flow";
import { getJourney } from "../../lib/referrals/journeys/registry";
import { submitStep } from "../../lib/referrals/submit-step";
import type { TestDatabase } from "../helpers/test-database";
import { toFormData, validAnswers } from "../helpers/journey-answers";
import {
  type TestDeps,
  closeSubmissionDatabase,
  fillJourney,
  openSubmissionDatabase,
  post,
} from "../helpers/submit-journey";

let database: TestDatabase;
let deps: TestDeps;
beforeAll(async () => ({ database, deps } = await openSubmissionDatabase()));
afterAll(() => closeSubmissionDatabase(database, deps));

const adult = getJourney("adult")!;
const youngPerson = getJourney("young-person")!;
const thisYear = new Date().getUTCFullYear();
// Born on 1 January, so the age is the same on every day of this year.
const bornYearsAgo = (years: number) => ({
  givenName: "Alex",
  familyName: "Testperson",
  "dateOfBirth.day": "1",
  "dateOfBirth.month": "1",
  "dateOfBirth.year": String(thisYear - years),
  interpreter: "no",
});

async function answer(
  journey: typeof adult,
  stepId: string,
  fields: Record<string, string | string[]>,
  token?: string,
) {
  const outcome = await submitStep(
    { journey, stepId, form: toFormData(fields), draftToken: token, client: "127.0.0.1", returnToCheck: false },
    deps,
  );
  if (!("redirect" in outcome))
    throw new Error(`${journey.slug}/${stepId} was not accepted: ${JSON.stringify(outcome)}`);
  return outcome;
}

describe("age checks between journeys", () => {
  it("moves a 14-year-old from the adult journey to the young person's, keeping every answer, and asks the consent questions", async () => {
    const risk = await answer(adult, "risk", { selfHarmThoughts: "no" });
    const token = risk.draftToken!;
    await answer(adult, "safety", validAnswers.adult.safety!, token);
    const about = await answer(adult, "about", bornYearsAgo(14), token);
    expect(about).toMatchObject({ redirect: "/refer/young-person/moved-from-adult", draftToken: token });

    expect(await loadDraft(token, adult, deps.db)).toBeNull();
    const moved = (await loadDraft(token, youngPerson, deps.db))!;
    expect(moved.answers).toMatchObject({
      risk: { selfHarmThoughts: "no" },
      safety: { beingHurt: "no" },
      about: { givenName: "Alex", dateOfBirth: { year: String(thisYear - 14) } },
    });
    expect(nextPath(youngPerson, moved.answers, "moved-from-adult")).toBe("/refer/young-person/consent");

    const { idempotencyKey } = await fillJourney(deps, "young-person", {}, token);
    expect(idempotencyKey).toBe(moved.idempotencyKey);
    const sent = await post(deps, youngPerson, token, idempotencyKey);
    expect(sent).toMatchObject({ redirect: "/refer/young-person/confirmation" });
    const row = await database.db().referral.findUniqueOrThrow({ where: { idempotencyKey } });
    expect(row).toMatchObject({ journey: "YOUNG_PERSON_SELF", givenName: "Alex" });
    expect(row.answers).toMatchObject({ consent: { parentKnows: "yes" }, risk: { selfHarmThoughts: "no" } });
  });

  it("moves a 17-year-old too, with no consent page, and keeps answers given after a change of date of birth", async () => {
    const adultDraft = await fillJourney(deps, "adult");
    const changed = await submitStep(
      {
        journey: adult,
        stepId: "about",
        form: toFormData(bornYearsAgo(17)),
        draftToken: adultDraft.token,
        client: "127.0.0.1",
        returnToCheck: true,
      },
      deps,
    );
    expect(changed).toMatchObject({ redirect: "/refer/young-person/moved-from-adult" });
    const moved = (await loadDraft(adultDraft.token, youngPerson, deps.db))!;
    expect(Object.keys(moved.answers).sort()).toEqual([
      "about",
      "concerns",
      "contact",
      "measures",
      "needs",
      "risk",
      "safety",
      "where",
    ]);
    expect(nextPath(youngPerson, moved.answers, "moved-from-adult")).toBe("/refer/young-person/contact");
    expect(await post(deps, youngPerson, adultDraft.token, moved.idempotencyKey)).toHaveProperty("redirect");
    expect(
      await database.db().referral.findUniqueOrThrow({ where: { idempotencyKey: moved.idempotencyKey } }),
    ).toMatchObject({ journey: "YOUNG_PERSON_SELF" });
  });

  it("keeps every answer when a moved person goes back to the adult form and sends a page again", async () => {
    const adultDraft = await fillJourney(deps, "adult");
    await answer(adult, "about", bornYearsAgo(15), adultDraft.token);
    const again = await answer(
      adult,
      "where",
      { postcode: "EX2 2BB", gpPractice: "", nhsNumber: "" },
      adultDraft.token,
    );
    expect(again).toMatchObject({ redirect: "/refer/young-person/concerns", draftToken: adultDraft.token });
    const moved = (await loadDraft(adultDraft.token, youngPerson, deps.db))!;
    expect(moved.answers).toMatchObject({
      where: { postcode: "EX2 2BB" },
      concerns: { whatIsHappening: "Feeling low since moving schools" },
      about: { givenName: "Alex" },
    });
    expect(await loadDraft(adultDraft.token, adult, deps.db)).toBeNull();
  });

  it("moves an 18-year-old from the young person's journey to the adult journey, keeping every answer, and sends it as an adult referral", async () => {
    const risk = await answer(youngPerson, "risk", { selfHarmThoughts: "no" });
    const token = risk.draftToken!;
    await answer(youngPerson, "safety", validAnswers.adult.safety!, token);
    const about = await answer(youngPerson, "about", bornYearsAgo(18), token);
    expect(about).toMatchObject({ redirect: "/refer/adult/moved-from-young-person", draftToken: token });
    expect(await loadDraft(token, youngPerson, deps.db)).toBeNull();
    const moved = (await loadDraft(token, adult, deps.db))!;
    expect(moved.answers).toMatchObject({ risk: { selfHarmThoughts: "no" }, about: { givenName: "Alex" } });
    expect(nextPath(adult, moved.answers, "moved-from-young-person")).toBe("/refer/adult/contact");
    // Back to the young person's form: the page lands in the moved draft, nothing typed is lost.
    const back = await answer(youngPerson, "safety", { beingHurt: "prefer-not" }, token);
    expect(back).toMatchObject({ redirect: "/refer/adult/about", draftToken: token });
    const { idempotencyKey } = await fillJourney(deps, "adult", {}, token);
    expect(idempotencyKey).toBe(moved.idempotencyKey);
    expect(await post(deps, adult, token, idempotencyKey)).toMatchObject({ redirect: "/refer/adult/confirmation" });
    const row = await database.db().referral.findUniqueOrThrow({ where: { idempotencyKey } });
    expect(row).toMatchObject({ journey: "ADULT_SELF", givenName: "Alex" });
    expect(row.answers).toMatchObject({ safety: { beingHurt: "prefer-not" } });
  });

  it("offers the consent page for the new age when a moved person changes their date of birth, never skipping it", async () => {
    const adultDraft = await fillJourney(deps, "adult");
    const change = (journey: typeof adult, years: number) =>
      submitStep(
        {
          journey,
          stepId: "about",
          form: toFormData(bornYearsAgo(years)),
          draftToken: adultDraft.token,
          client: "127.0.0.1",
          returnToCheck: true,
        },
        deps,
      );
    expect(await change(adult, 17)).toMatchObject({ redirect: "/refer/young-person/moved-from-adult" });
    expect(await change(youngPerson, 17)).toMatchObject({ redirect: "/refer/young-person/check" });
    expect(await change(youngPerson, 14)).toMatchObject({ redirect: "/refer/young-person/consent" });
    const moved = (await loadDraft(adultDraft.token, youngPerson, deps.db))!;
    expect(await post(deps, youngPerson, adultDraft.token, moved.idempotencyKey)).toEqual({
      redirect: "/refer/young-person/consent",
    });
    expect(await database.db().referral.count({ where: { idempotencyKey: moved.idempotencyKey } })).toBe(0);
  });

  it("offers a parent the young person's agreement page when they change their child's age to 16 from the check page", async () => {
    const parent = getJourney("parent-carer")!;
    const draft = await fillJourney(deps, "parent-carer");
    const changed = await submitStep(
      {
        journey: parent,
        stepId: "about",
        form: toFormData(bornYearsAgo(16)),
        draftToken: draft.token,
        client: "127.0.0.1",
        returnToCheck: true,
      },
      deps,
    );
    expect(changed).toMatchObject({ redirect: "/refer/parent-carer/agreement" });
  });

  it("keeps an 18-year-old in the adult journey", async () => {
    const risk = await answer(adult, "risk", { selfHarmThoughts: "no" });
    const about = await answer(adult, "about", bornYearsAgo(18), risk.draftToken);
    expect(about.redirect).not.toContain("young-person");
    expect(await loadDraft(risk.draftToken, adult, deps.db)).not.toBeNull();
  });
});

describe("a route that ends", () => {
  it("keeps a professional's answers when the person has not agreed, sends nothing, and sends once they agree", async () => {
    const professional = getJourney("professional")!;
    const notAgreed = { personConsented: "no", safeguarding: "no", safeguardingDetails: "" };
    const { token, idempotencyKey } = await fillJourney(deps, "professional", { consent: notAgreed });
    const consentPost = await answer(professional, "consent", notAgreed, token);
    expect(consentPost.redirect).toBe("/refer/professional/cannot-continue");

    expect(await post(deps, professional, token, idempotencyKey)).toEqual({
      redirect: "/refer/professional/consent",
    });
    expect(await database.db().referral.count({ where: { idempotencyKey } })).toBe(0);
    const kept = (await loadDraft(token, professional, deps.db))!;
    expect(kept.answers).toMatchObject({
      referrer: { yourName: "Dr Jo Example" },
      concerns: { whatIsHappening: "Feeling low since moving schools" },
      consent: { personConsented: "no" },
    });

    const agreed = await answer(professional, "consent", { ...notAgreed, personConsented: "yes" }, token);
    // The person is 16: who agreed is asked next, and the referral cannot be sent without it.
    expect(agreed.redirect).toBe("/refer/professional/who-agreed");
    expect(await post(deps, professional, token, idempotencyKey)).toEqual({
      redirect: "/refer/professional/who-agreed",
    });
    await answer(professional, "who-agreed", { whoAgreed: "young-person" }, token);
    expect(await post(deps, professional, token, idempotencyKey)).toMatchObject({
      redirect: "/refer/professional/confirmation",
    });
  });
});
