import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { installJobs } from "../../lib/jobs/boss";
import { SAVE_FOR_LATER_FIELD } from "../../lib/forms/read-form";
import { draftTokenHash, loadDraft } from "../../lib/referrals/drafts";
import { getJourney } from "../../lib/referrals/journeys/registry";
import { resumePath } from "../../lib/referrals/resume-path";
import { saveForLater } from "../../lib/referrals/return-links";
import { getEnv } from "../../lib/config";
import { submitStep } from "../../lib/referrals/submit-step";
import { setUpStaffDatabase } from "../helpers/staff-test-env";
import type { TestDatabase } from "../helpers/test-database";
import { toFormData, validAnswers } from "../helpers/journey-answers";
import { testDeps } from "../helpers/submit-journey";

// "Save and come back later" on a question page (issue 17, H05): the page is kept exactly as typed,
// valid or not, and shown again when the person comes back; nothing typed is lost.
let database: TestDatabase;
let deps: Awaited<ReturnType<typeof testDeps>>;
beforeAll(async () => {
  database = await setUpStaffDatabase();
  await installJobs(database.url);
  deps = await testDeps(database.db(), database.url);
});
afterAll(async () => {
  await deps.boss.stop({ graceful: false });
  await database.drop();
});

const adult = getJourney("adult")!;
const page = (stepId: string, fields: Record<string, string>, draftToken?: string) =>
  submitStep(
    { journey: adult, stepId, form: toFormData(fields), draftToken, client: "127.0.0.1", returnToCheck: false },
    deps,
  );
const saveAsTyped = (stepId: string, fields: Record<string, string>, draftToken?: string) =>
  page(stepId, { ...fields, [SAVE_FOR_LATER_FIELD]: "1" }, draftToken);
async function startedDraft() {
  const risk = await page("risk", validAnswers.adult.risk as Record<string, string>);
  if (!("redirect" in risk) || !risk.draftToken) throw new Error(JSON.stringify(risk));
  return risk.draftToken;
}
// Half a page: a name, and a date of birth that is not a date yet.
const halfTyped = {
  givenName: "Alex",
  familyName: "",
  "dateOfBirth.day": "31",
  "dateOfBirth.month": "2",
  "dateOfBirth.year": "19",
};

describe("saving a question page for later", () => {
  it("keeps the page exactly as typed, without checking it, and goes on to the save page", async () => {
    const token = await startedDraft();
    const saved = await saveAsTyped("about", halfTyped, token);
    expect(saved).toEqual({ redirect: "/refer/adult/save?from=%2Frefer%2Fadult%2Fabout", draftToken: token });
    const draft = (await loadDraft(token, adult, deps.db))!;
    expect(draft.typedPage).toEqual({
      step: "about",
      values: { givenName: "Alex", familyName: "", dateOfBirth: { day: "31", month: "2", year: "19" } },
    });
    expect(draft.answers.about, "the checked answers are not changed").toBeUndefined();
    expect(draft.answers.risk).toBeDefined();
  });

  it("opens the half-typed page first when the person comes back, and drops the typed copy once Continue saves it", async () => {
    const token = await startedDraft();
    await saveAsTyped("about", halfTyped, token);
    const draft = (await loadDraft(token, adult, deps.db))!;
    expect(resumePath(adult, draft.answers, draft.typedPage?.step)).toBe("/refer/adult/about");
    const invalid = await page("about", halfTyped, token);
    expect(invalid).toMatchObject({ status: "invalid" });
    expect((await loadDraft(token, adult, deps.db))!.typedPage, "an invalid Continue keeps it").not.toBeNull();
    const valid = await page("about", validAnswers.adult.about as Record<string, string>, token);
    expect(valid).toHaveProperty("redirect");
    const after = (await loadDraft(token, adult, deps.db))!;
    expect(after.typedPage).toBeNull();
    expect(after.answers.about).toMatchObject({ givenName: "Alex" });
  });

  it("keeps a page typed before any page was saved, in a new draft", async () => {
    const saved = await saveAsTyped("risk", {});
    expect(saved).toMatchObject({ redirect: "/refer/adult/save?from=%2Frefer%2Fadult%2Frisk" });
    const draft = (await loadDraft("redirect" in saved ? saved.draftToken : undefined, adult, deps.db))!;
    expect(draft.typedPage).toEqual({ step: "risk", values: {} });
    expect(draft.answers).toEqual({});
  });

  it("refuses a tampered or automated save and keeps nothing from it", async () => {
    const token = await startedDraft();
    expect(await saveAsTyped("about", { ...halfTyped, isAdmin: "yes" }, token)).toMatchObject({ status: "refused" });
    expect(await saveAsTyped("about", { ...halfTyped, website: "http://spam.example" }, token)).toMatchObject({
      status: "refused",
    });
    expect((await loadDraft(token, adult, deps.db))!.typedPage).toBeNull();
  });

  it("keeps a NUL character out of what it stores, rather than failing to save", async () => {
    const token = await startedDraft();
    expect(await saveAsTyped("about", { ...halfTyped, givenName: "Al\u0000ex" }, token)).toHaveProperty("redirect");
    expect((await loadDraft(token, adult, deps.db))!.typedPage?.values.givenName).toBe("Alex");
  });

  it("keeps a NUL character out of a date's parts too, keeping the rest of what was typed there", async () => {
    const token = await startedDraft();
    const typed = { ...halfTyped, "dateOfBirth.day": "3\u00001" };
    expect(await saveAsTyped("about", typed, token)).toHaveProperty("redirect");
    expect((await loadDraft(token, adult, deps.db))!.typedPage?.values.dateOfBirth).toEqual({
      day: "31",
      month: "2",
      year: "19",
    });
  });

  // The column is written only by "Save and come back later"; anything else found there (a fault, a
  // hand edit, an older build) is ignored, and the draft's answers still load.
  it.each([
    ["a string", "risk"],
    ["a list", ["risk", {}]],
    ["a page without its values", { step: "risk" }],
    ["a page whose values are a list", { step: "risk", values: ["Alex"] }],
    ["a page whose values are empty", { step: "risk", values: null }],
    ["a page whose values are words", { step: "risk", values: "Alex" }],
    ["values without a page", { step: 7, values: {} }],
  ])("ignores %s in the kept-page column and still loads the answers", async (_, stored) => {
    const token = await startedDraft();
    await deps.db.referralDraft.update({ where: { tokenHash: draftTokenHash(token) }, data: { typedPage: stored } });
    const draft = (await loadDraft(token, adult, deps.db))!;
    expect(draft.typedPage).toBeNull();
    expect(draft.answers).toMatchObject({ risk: validAnswers.adult.risk });
  });
});

// Saving a page changes that page's answers and the draft's timeout, and nothing else (H05).
describe("saving another page of a draft", () => {
  const asFields = (answers: unknown) => answers as Record<string, string>;
  const expiryOf = async (token: string) => (await loadDraft(token, adult, deps.db))!.expiresAt.getTime();

  it("keeps the page typed on one step when the person goes on to save a different step", async () => {
    const token = await startedDraft();
    await saveAsTyped("about", halfTyped, token);
    expect(await page("risk", asFields(validAnswers.adult.risk), token)).toHaveProperty("redirect");
    expect((await loadDraft(token, adult, deps.db))!.typedPage).toEqual({
      step: "about",
      values: { givenName: "Alex", familyName: "", dateOfBirth: { day: "31", month: "2", year: "19" } },
    });
  });

  it("restarts the inactivity timeout of a draft that had a minute left", async () => {
    const token = await startedDraft();
    const nearlyOut = new Date(Date.now() + 60_000);
    await deps.db.referralDraft.update({ where: { tokenHash: draftTokenHash(token) }, data: { expiresAt: nearlyOut } });
    const savedAt = Date.now();
    expect(await page("about", asFields(validAnswers.adult.about), token)).toHaveProperty("redirect");
    expect(await expiryOf(token)).toBeGreaterThanOrEqual(savedAt + getEnv().DRAFT_IDLE_MINUTES * 60_000);
  });

  it("keeps a draft saved for later for its 7 days when the person carries on and saves another page", async () => {
    const token = await startedDraft();
    const saved = await saveForLater(deps.db, deps.boss, token, adult, "carries.on@example.net");
    if (!saved.ok) throw new Error("the draft was not saved for later");
    expect(await page("about", asFields(validAnswers.adult.about), token)).toHaveProperty("redirect");
    expect(await expiryOf(token)).toBe(saved.keptUntil.getTime());
  });
});
