import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  deleteDraft,
  deleteExpiredDrafts,
  draftIsGone,
  loadDraft,
  moveDraft,
  renewDraft,
  saveDraftStep,
} from "../../lib/referrals/drafts";
import { getJourney } from "../../lib/referrals/journeys/registry";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

// Each draft store operation touches one person's draft and no one else's (H05, H15): a `where`
// widened by mistake would delete or change every half-finished referral on the service.
let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.drop();
});

const adult = getJourney("adult")!;
const parent = getJourney("parent-carer")!;
const professional = getJourney("professional")!;
const db = () => database.db();

/** A new draft with one page answered, as the first page posted makes it. */
async function startDraft(journey = adult) {
  const { token } = await saveDraftStep(undefined, journey, "risk", { selfHarmThoughts: "no" }, db());
  const draft = (await loadDraft(token, journey, db()))!;
  return { token, id: draft.id, expiresAt: draft.expiresAt };
}
const row = (id: string) => db().referralDraft.findUnique({ where: { id } });
const expire = (id: string, msAgo = 1000) =>
  db().referralDraft.update({ where: { id }, data: { expiresAt: new Date(Date.now() - msAgo) } });

describe("a draft belongs to one person and one journey", () => {
  it("deleting answers removes this device's draft and leaves everyone else's", async () => {
    const mine = await startDraft();
    const theirs = await startDraft();
    await deleteDraft(mine.token, db());
    expect(await row(mine.id)).toBeNull();
    expect(await row(theirs.id)).not.toBeNull();
  });

  it("deleting answers with no cookie, or a cookie that is not a draft token, does nothing and does not fail", async () => {
    const theirs = await startDraft();
    await expect(deleteDraft(undefined, db())).resolves.toBeUndefined();
    await expect(deleteDraft("not-a-token", db())).resolves.toBeUndefined();
    expect(await row(theirs.id)).not.toBeNull();
  });

  it("a timed-out draft is deleted when its owner comes back, and no one else's with it", async () => {
    const mine = await startDraft();
    const theirs = await startDraft();
    await expire(mine.id);
    expect(await loadDraft(mine.token, adult, db())).toBeNull();
    expect(await row(mine.id)).toBeNull();
    expect(await row(theirs.id)).not.toBeNull();
  });

  it("a draft opens only in its own journey's form", async () => {
    const mine = await startDraft(parent);
    expect(await loadDraft(mine.token, professional, db())).toBeNull();
    const loaded = await loadDraft(mine.token, parent, db());
    expect(loaded).toMatchObject({ id: mine.id, journey: parent.kind, answers: { risk: { selfHarmThoughts: "no" } } });
    expect(loaded?.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
    expect(loaded?.expiresAt.getTime()).toBe(mine.expiresAt.getTime());
    expect(loaded?.createdAt.getTime()).toBeLessThanOrEqual(Date.now());
  });

  it("saving a later page keeps the earlier pages' answers and the same cookie", async () => {
    const mine = await startDraft();
    const saved = await saveDraftStep(mine.token, adult, "safety", { beingHurt: "no" }, db());
    expect(saved.token).toBe(mine.token);
    const answers = (await loadDraft(mine.token, adult, db()))?.answers;
    expect(answers).toEqual({ risk: { selfHarmThoughts: "no" }, safety: { beingHurt: "no" } });
  });
});

describe("telling a deleted draft from no draft", () => {
  it("says the answers are gone for a token whose draft was deleted, and not for a draft still open", async () => {
    const mine = await startDraft();
    expect(await draftIsGone(mine.token, db())).toBe(false);
    await deleteDraft(mine.token, db());
    expect(await draftIsGone(mine.token, db())).toBe(true);
  });

  it("takes no cookie, or one that is not a draft token, as a person who has not started, not as answers deleted", async () => {
    const mine = await startDraft();
    expect(await draftIsGone(undefined, db())).toBe(false);
    expect(await draftIsGone("", db())).toBe(false);
    // A token's 43 characters with junk before or after, a character outside base64url, or one short.
    expect(await draftIsGone(`!${mine.token}`, db())).toBe(false);
    expect(await draftIsGone(`${mine.token}!`, db())).toBe(false);
    expect(await draftIsGone(`${mine.token.slice(1)}=`, db())).toBe(false);
    expect(await draftIsGone(mine.token.slice(1), db())).toBe(false);
    expect(await draftIsGone("A".repeat(43), db())).toBe(true);
  });
});

describe("renewing, moving and clearing out drafts", () => {
  it("'Continue' in the timeout warning renews this draft only", async () => {
    const mine = await startDraft();
    const theirs = await startDraft();
    await db().referralDraft.updateMany({
      where: { id: { in: [mine.id, theirs.id] } },
      data: { expiresAt: new Date(Date.now() + 60_000) },
    });
    const renewed = await renewDraft(mine.token, db());
    expect(renewed).not.toBeNull();
    expect((await row(mine.id))?.expiresAt.getTime()).toBe(renewed!.getTime());
    expect((await row(theirs.id))!.expiresAt.getTime()).toBeLessThan(Date.now() + 61_000);
    expect(await renewDraft(undefined, db())).toBeNull();
    expect(await renewDraft("not-a-token", db())).toBeNull();
  });

  it("moves only this draft, only from the journey named, and not once it has timed out", async () => {
    const mine = await startDraft(adult);
    const theirs = await startDraft(adult);
    expect(await moveDraft(mine.token, professional, parent, db())).toBe(false);
    expect((await row(mine.id))?.journey).toBe(adult.kind);
    expect(await moveDraft("not-a-token", adult, parent, db())).toBe(false);

    expect(await moveDraft(mine.token, adult, parent, db())).toBe(true);
    expect((await row(mine.id))?.journey).toBe(parent.kind);
    expect((await row(theirs.id))?.journey).toBe(adult.kind);

    await expire(theirs.id);
    expect(await moveDraft(theirs.token, adult, parent, db())).toBe(false);
    expect((await row(theirs.id))?.journey).toBe(adult.kind);
  });

  it("gives a moved draft a full period again", async () => {
    const mine = await startDraft(adult);
    await db().referralDraft.update({ where: { id: mine.id }, data: { expiresAt: new Date(Date.now() + 60_000) } });
    await moveDraft(mine.token, adult, parent, db());
    const minutesLeft = ((await row(mine.id))!.expiresAt.getTime() - Date.now()) / 60_000;
    expect(minutesLeft).toBeGreaterThan(29);
  });

  it("the clean-up removes timed-out drafts, counts them, and leaves open ones", async () => {
    await db().referralDraft.deleteMany({});
    const open = await startDraft();
    const old = await startDraft();
    const older = await startDraft();
    await expire(old.id);
    await expire(older.id, 86_400_000);
    expect(await deleteExpiredDrafts(db())).toBe(2);
    expect(await row(open.id)).not.toBeNull();
    expect(await row(old.id)).toBeNull();
  });
});
