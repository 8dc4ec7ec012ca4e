import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { deleteAnswers } from "../../app/_journey/actions";
import { draftToken, forgetEverything, setDraftToken } from "../../app/_journey/request";
import { installJobs } from "../../lib/jobs/boss";
import { deleteDraft, loadDraft, renewDraft, saveDraftStep } from "../../lib/referrals/drafts";
import { getJourney } from "../../lib/referrals/journeys/registry";
import { answersRevision, REVISION_FIELD } from "../../lib/referrals/draft-revision";
import { submitJourney } from "../../lib/referrals/submit-journey";
import { submitStep } from "../../lib/referrals/submit-step";
import { outcomeOf } from "../helpers/next-outcome";
import { setUpStaffDatabase } from "../helpers/staff-test-env";
import { TestBrowser, switchToBrowser } from "../helpers/test-browser";
import type { TestDatabase } from "../helpers/test-database";
import { toFormData, validAnswers } from "../helpers/journey-answers";
import { fillJourney, post, testDeps } from "../helpers/submit-journey";

vi.mock("next/headers", () => import("../helpers/next-headers-mock"));

// Shared devices (H05, H15): answers are deleted on request, after 30 idle minutes, and on
// Exit this page; two forms never share a draft; the check page sends only what it showed.
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
const parent = getJourney("parent-carer")!;
const professional = getJourney("professional")!;
const drafts = (idempotencyKey: string) => database.db().referralDraft.count({ where: { idempotencyKey } });
const minutesFromNow = (expiresAt: Date) => (expiresAt.getTime() - Date.now()) / 60_000;

describe("deleting answers", () => {
  it("removes the draft row when the person deletes their answers", async () => {
    const { journey, token, idempotencyKey } = await fillJourney(deps, "adult");
    await deleteDraft(token, deps.db);
    expect(await drafts(idempotencyKey)).toBe(0);
    expect(await loadDraft(token, journey, deps.db)).toBeNull();
  });

  it("deletes the draft row and its cookie with 'Yes, delete my answers', then says so", async () => {
    const browser = switchToBrowser(new TestBrowser());
    const { token, idempotencyKey } = await fillJourney(deps, "adult");
    await setDraftToken(adult, token);
    const outcome = await outcomeOf(() => deleteAnswers("adult"));
    expect(outcome).toEqual({ kind: "redirect", to: "/refer/adult/answers-deleted?reason=asked" });
    expect(await drafts(idempotencyKey)).toBe(0);
    expect(browser.cookies.has("ipt_draft_adult")).toBe(false);
  });

  it("deletes every draft on the device and the sent reference with Exit this page", async () => {
    const browser = switchToBrowser(new TestBrowser());
    const first = await fillJourney(deps, "parent-carer");
    const second = await fillJourney(deps, "professional");
    await setDraftToken(parent, first.token);
    await setDraftToken(professional, second.token);
    browser.cookies.set("ipt_done", "adult:ABCD-EFGH:");
    await forgetEverything();
    expect(await drafts(first.idempotencyKey)).toBe(0);
    expect(await drafts(second.idempotencyKey)).toBe(0);
    expect([...browser.cookies.keys()]).toEqual([]);
  });
});

describe("the inactivity timeout", () => {
  it("gives a draft 30 minutes from each saved page and sets its cookie without an expiry", async () => {
    const browser = switchToBrowser(new TestBrowser());
    const { token } = await saveDraftStep(undefined, adult, "risk", { selfHarmThoughts: "no" }, deps.db);
    await setDraftToken(adult, token);
    expect(await draftToken(adult)).toBe(token);
    const draft = await loadDraft(token, adult, deps.db);
    expect(minutesFromNow(draft!.expiresAt)).toBeGreaterThan(29.9);
    expect(minutesFromNow(draft!.expiresAt)).toBeLessThanOrEqual(30);
    const set = browser.setCookieLog.find((c) => c.name === "ipt_draft_adult")!;
    expect(set).toMatchObject({ httpOnly: true, sameSite: "lax" });
    expect(set.maxAge).toBeUndefined();
    expect((set as { expires?: Date }).expires).toBeUndefined();
  });

  it("renews a draft when the person continues from the timeout warning, but not one already gone", async () => {
    const { token, idempotencyKey } = await fillJourney(deps, "adult");
    await database
      .db()
      .referralDraft.updateMany({ where: { idempotencyKey }, data: { expiresAt: new Date(Date.now() + 60_000) } });
    expect(minutesFromNow((await renewDraft(token, deps.db))!)).toBeGreaterThan(29.9);
    await database
      .db()
      .referralDraft.updateMany({ where: { idempotencyKey }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await renewDraft(token, deps.db)).toBeNull();
  });

  it("treats a timed-out draft as gone: it is deleted, and the next page posted says the answers were deleted", async () => {
    const { token, idempotencyKey } = await fillJourney(deps, "adult");
    await database
      .db()
      .referralDraft.updateMany({ where: { idempotencyKey }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const outcome = await submitStep(
      {
        journey: adult,
        stepId: "about",
        form: toFormData(validAnswers.adult.about!),
        draftToken: token,
        client: "127.0.0.1",
        returnToCheck: false,
      },
      deps,
    );
    expect(outcome).toEqual({ redirect: "/refer/adult/answers-deleted?reason=timeout", forgetDraft: true });
    expect(await drafts(idempotencyKey)).toBe(0);
    expect(await post(deps, adult, token, idempotencyKey)).toMatchObject({
      redirect: "/refer/adult/answers-deleted?reason=timeout",
    });
    expect(await database.db().referral.count({ where: { idempotencyKey } })).toBe(0);
  });
});

describe("two tabs", () => {
  it("refuses to send answers that changed in another tab after the check page showed them", async () => {
    const { journey, token, idempotencyKey } = await fillJourney(deps, "adult");
    const shown = await loadDraft(token, journey, deps.db);
    // Another tab of the same form changes a page after this tab drew its check page.
    await submitStep(
      {
        journey,
        stepId: "about",
        form: toFormData({ ...validAnswers.adult.about!, givenName: "Someone Else" }),
        draftToken: token,
        client: "127.0.0.1",
        returnToCheck: true,
      },
      deps,
    );
    const stale = toFormData({ idempotencyKey, [REVISION_FIELD]: answersRevision(shown!.answers) });
    const refused = await submitJourney({ journey, form: stale, draftToken: token, client: "127.0.0.1" }, deps);
    expect(refused).toEqual({ redirect: "/refer/adult/check?changed=1" });
    expect(await database.db().referral.count({ where: { idempotencyKey } })).toBe(0);
    // The check page drawn again shows the new answers; sending those works.
    const sent = await post(deps, journey, token, idempotencyKey);
    expect(sent).toMatchObject({ redirect: "/refer/adult/confirmation" });
    const saved = await database.db().referral.findUnique({ where: { idempotencyKey } });
    expect(saved?.givenName).toBe("Someone Else");
  });

  it("keeps a parent's form and a professional's form in two separate drafts", async () => {
    const parentDraft = await fillJourney(deps, "parent-carer");
    const professionalDraft = await fillJourney(deps, "professional");
    expect(parentDraft.token).not.toBe(professionalDraft.token);
    // A page of the professional's form posted with the parent's cookie starts its own draft, leaving the parent's alone.
    const stray = await saveDraftStep(parentDraft.token, professional, "risk", { selfHarmThoughts: "no" }, deps.db);
    expect(stray.token).not.toBe(parentDraft.token);
    const parentAnswers = (await loadDraft(parentDraft.token, parent, deps.db))?.answers;
    expect(Object.keys(parentAnswers ?? {}).length).toBeGreaterThan(2);
    const sent = await post(deps, parent, parentDraft.token, parentDraft.idempotencyKey);
    expect(sent).toMatchObject({ redirect: "/refer/parent-carer/confirmation" });
    expect(await loadDraft(professionalDraft.token, professional, deps.db)).not.toBeNull();
  });
});
