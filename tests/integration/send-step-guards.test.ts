import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { answersRevision, REVISION_FIELD } from "../../lib/referrals/draft-revision";
import { loadDraft } from "../../lib/referrals/drafts";
import type { Journey } from "../../lib/referrals/journeys/types";
import { submitJourney } from "../../lib/referrals/submit-journey";
import { toFormData } from "../helpers/journey-answers";
import {
  type TestDeps,
  closeSubmissionDatabase,
  fillJourney,
  openSubmissionDatabase,
  post,
} from "../helpers/submit-journey";
import type { TestDatabase } from "../helpers/test-database";

// The send step (the check-your-answers page) posted directly, field by field, so that each of
// its refusals is told apart from the others: the fuzz test in hostile-submissions accepts any 4xx.

let database: TestDatabase;
let deps: TestDeps;
beforeAll(async () => ({ database, deps } = await openSubmissionDatabase()));
afterAll(() => closeSubmissionDatabase(database, deps));

/** Posts the check page with exactly these fields, plus the revision of the answers it showed. */
async function send(journey: Journey, token: string | undefined, fields: Record<string, string>, d = deps) {
  const draft = await loadDraft(token, journey, d.db);
  const shown: Record<string, string> = draft ? { [REVISION_FIELD]: answersRevision(draft.answers) } : {};
  return submitJourney(
    { journey, form: toFormData({ ...shown, ...fields }), draftToken: token, client: "127.0.0.1" },
    d,
  );
}

const referralsWithKey = (idempotencyKey: string) => database.db().referral.count({ where: { idempotencyKey } });
const draftsWithKey = (idempotencyKey: string) => database.db().referralDraft.count({ where: { idempotencyKey } });

const OUT_OF_DATE = "This form is out of date. Check your answers and send them again.";

describe("the send step refuses a tampered or automated post", () => {
  it("refuses a filled honeypot on the send step, saves nothing and keeps the draft", async () => {
    const { journey, token, idempotencyKey } = await fillJourney(deps, "adult");
    const outcome = await send(journey, token, { idempotencyKey, website: "http://spam.example" });
    expect(outcome).toEqual({
      status: "refused",
      message: "We could not accept this form. If you are a person, please call us instead.",
      values: {},
    });
    expect(await referralsWithKey(idempotencyKey)).toBe(0);
    expect(await draftsWithKey(idempotencyKey)).toBe(1);
  });

  it("accepts an empty honeypot on the send step", async () => {
    const { journey, token, idempotencyKey } = await fillJourney(deps, "adult");
    const outcome = await send(journey, token, { idempotencyKey, website: "  " });
    expect(outcome).toMatchObject({ redirect: "/refer/adult/confirmation" });
    expect(await referralsWithKey(idempotencyKey)).toBe(1);
  });

  it("refuses a field the check page does not have, saves nothing and keeps the draft", async () => {
    const { journey, token, idempotencyKey } = await fillJourney(deps, "adult");
    const outcome = await send(journey, token, { idempotencyKey, isAdmin: "true" });
    expect(outcome).toMatchObject({
      status: "refused",
      message: expect.stringMatching(/^This form had information we did not expect/),
    });
    expect(await referralsWithKey(idempotencyKey)).toBe(0);
    expect(await draftsWithKey(idempotencyKey)).toBe(1);
  });

  it("accepts the fields the framework adds to a server action's post", async () => {
    const { journey, token, idempotencyKey } = await fillJourney(deps, "adult");
    const outcome = await send(journey, token, { idempotencyKey, $ACTION_ID_0123abcd: "", $ACTION_KEY: "k1" });
    expect(outcome).toMatchObject({ redirect: "/refer/adult/confirmation" });
    expect(await referralsWithKey(idempotencyKey)).toBe(1);
  });

  it("refuses a well-formed key that belongs to another person's draft, and saves neither", async () => {
    const mine = await fillJourney(deps, "adult");
    const theirs = await fillJourney(deps, "adult");
    const outcome = await send(mine.journey, mine.token, { idempotencyKey: theirs.idempotencyKey });
    expect(outcome).toEqual({ status: "refused", message: OUT_OF_DATE, values: {} });
    expect(await referralsWithKey(theirs.idempotencyKey)).toBe(0);
    expect(await referralsWithKey(mine.idempotencyKey)).toBe(0);
    expect(await draftsWithKey(mine.idempotencyKey)).toBe(1);
    expect(await draftsWithKey(theirs.idempotencyKey)).toBe(1);
  });

  it.each([
    ["junk before it", (key: string) => `x${key}`],
    ["junk after it", (key: string) => `${key}x`],
    ["upper-case letters", (key: string) => key.toUpperCase()],
  ])("refuses a key with %s as out of date, even with no draft", async (_, spoil) => {
    const { journey } = await fillJourney(deps, "question");
    const outcome = await send(journey, undefined, { idempotencyKey: spoil(randomUUID()) });
    expect(outcome).toEqual({ status: "refused", message: OUT_OF_DATE, values: {} });
  });
});

describe("the minimum time to fill in a form", () => {
  const QUICK = "That was very quick. Check your answers, then send them again.";
  const startedSecondsAgo = (idempotencyKey: string, seconds: number) =>
    database.db().referralDraft.updateMany({
      where: { idempotencyKey },
      data: { createdAt: new Date(Date.now() - seconds * 1000) },
    });

  it("refuses a journey started a second less than the minimum time ago", async () => {
    const timed = { ...deps, minSeconds: 60 };
    const { journey, token, idempotencyKey } = await fillJourney(timed, "adult");
    await startedSecondsAgo(idempotencyKey, 59);
    expect(await post(timed, journey, token, idempotencyKey)).toEqual({
      status: "refused",
      message: QUICK,
      values: {},
    });
    expect(await referralsWithKey(idempotencyKey)).toBe(0);
  });

  it("sends a journey started exactly the minimum time ago", async () => {
    const timed = { ...deps, minSeconds: 60 };
    const { journey, token, idempotencyKey } = await fillJourney(timed, "adult");
    // The clock stands still for the post, so the draft is exactly 60 seconds old when it is checked.
    const now = Date.now();
    await database.db().referralDraft.updateMany({
      where: { idempotencyKey },
      data: { createdAt: new Date(now - 60_000) },
    });
    const clock = vi.spyOn(Date, "now").mockReturnValue(now);
    try {
      expect(await post(timed, journey, token, idempotencyKey)).toMatchObject({
        redirect: "/refer/adult/confirmation",
      });
    } finally {
      clock.mockRestore();
    }
    expect(await referralsWithKey(idempotencyKey)).toBe(1);
  });

  it("sends a journey started a second more than the minimum time ago", async () => {
    const timed = { ...deps, minSeconds: 60 };
    const { journey, token, idempotencyKey } = await fillJourney(timed, "adult");
    await startedSecondsAgo(idempotencyKey, 61);
    expect(await post(timed, journey, token, idempotencyKey)).toMatchObject({
      redirect: "/refer/adult/confirmation",
    });
    expect(await referralsWithKey(idempotencyKey)).toBe(1);
  });
});

describe("a submission touches only its own rows", () => {
  it("a submission deletes only its own draft", async () => {
    const other = await fillJourney(deps, "parent-carer");
    const before = await database
      .db()
      .referralDraft.findFirstOrThrow({ where: { idempotencyKey: other.idempotencyKey } });
    const { journey, token, idempotencyKey } = await fillJourney(deps, "adult");
    expect(await post(deps, journey, token, idempotencyKey)).toMatchObject({ redirect: expect.any(String) });
    expect(await draftsWithKey(idempotencyKey)).toBe(0);
    expect(await database.db().referralDraft.findUnique({ where: { id: before.id } })).toEqual(before);
  });

  it("a submission held by the rate limit deletes only its own draft", async () => {
    const refusing = { ...deps, limiter: { consume: async () => false } };
    const other = await fillJourney(deps, "parent-carer");
    const before = await database
      .db()
      .referralDraft.findFirstOrThrow({ where: { idempotencyKey: other.idempotencyKey } });
    const { journey, token, idempotencyKey } = await fillJourney(deps, "question");
    expect(await post(refusing, journey, token, idempotencyKey)).toMatchObject({ status: "held" });
    expect(await draftsWithKey(idempotencyKey)).toBe(0);
    expect(await database.db().referralDraft.findUnique({ where: { id: before.id } })).toEqual(before);
  });
});
