import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../lib/db/client";
import { createLimiter } from "../../lib/referrals/rate-limit";
import { getJourney } from "../../lib/referrals/journeys/registry";
import { submitStep } from "../../lib/referrals/submit-step";
import type { TestDatabase } from "../helpers/test-database";
import { toFormData } from "../helpers/journey-answers";
import {
  type TestDeps,
  closeSubmissionDatabase,
  fillJourney,
  openSubmissionDatabase,
  post,
  sendJourney,
} from "../helpers/submit-journey";

let database: TestDatabase;
let deps: TestDeps;
beforeAll(async () => ({ database, deps } = await openSubmissionDatabase()));
afterAll(() => closeSubmissionDatabase(database, deps));

const jobsFor = async (referralId: string) =>
  Number(
    (
      await database
        .db()
        .$queryRawUnsafe<{ n: bigint }[]>(
          `SELECT count(*) AS n FROM pgboss.job WHERE data->>'referralId' = $1`,
          referralId,
        )
    )[0]!.n,
  );

describe("sending a referral", () => {
  it("saves the referral with its search columns, queues its emails and deletes the draft", async () => {
    const { journey, token, idempotencyKey } = await fillJourney(deps, "young-person");
    const outcome = await post(deps, journey, token, idempotencyKey);
    expect(outcome).toMatchObject({ redirect: "/refer/young-person/confirmation" });
    const row = await database.db().referral.findUniqueOrThrow({ where: { idempotencyKey } });
    expect(row).toMatchObject({
      journey: "YOUNG_PERSON_SELF",
      programme: "ipt-a",
      urgent: false,
      givenName: "Alex",
      nhsNumber: "9434765919",
      postcode: "EX1 1AA",
    });
    expect(row.reference).toMatch(/^[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/);
    expect(row.answers).toMatchObject({ consent: { parentKnows: "yes", mayContactParent: "talk-first" } });
    expect(await jobsFor(row.id)).toBe(2);
    expect(await database.db().referralDraft.count({ where: { idempotencyKey } })).toBe(0);
  });

  it("makes exactly one referral from 20 concurrent posts with one idempotency key", async () => {
    const { journey, token, idempotencyKey } = await fillJourney(deps, "adult");
    const outcomes = await Promise.all(Array.from({ length: 20 }, () => post(deps, journey, token, idempotencyKey)));
    const references = new Set(outcomes.map((o) => ("redirect" in o ? o.reference : `not sent: ${JSON.stringify(o)}`)));
    expect(references.size).toBe(1);
    expect([...references][0]).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    expect(await database.db().referral.count({ where: { idempotencyKey } })).toBe(1);
    const row = await database.db().referral.findUniqueOrThrow({ where: { idempotencyKey } });
    expect(await jobsFor(row.id)).toBe(2);
  });

  it("gives the same reference when the person refreshes or retries after sending", async () => {
    const { journey, token, idempotencyKey } = await fillJourney(deps, "question");
    const first = await post(deps, journey, token, idempotencyKey);
    const again = await post(deps, journey, undefined, idempotencyKey);
    expect("redirect" in first && first.reference).toBeTruthy();
    expect(again).toEqual(first);
  });

  it("gives a second copy of the post, which looked for the referral just before the first saved it, the same reference rather than 'answers deleted'", async () => {
    const { journey, token, idempotencyKey } = await fillJourney(deps, "question");
    // The second copy's first look at the database is held until the first copy has saved and
    // deleted the draft: the interleaving a double click without JavaScript can produce.
    let looked!: () => void;
    let release!: () => void;
    const secondLooked = new Promise<void>((resolve) => (looked = resolve));
    const firstSaved = new Promise<void>((resolve) => (release = resolve));
    let held = false;
    const lookingTooEarly = database.db().$extends({
      query: {
        referral: {
          async findUnique({ args, query }) {
            const found = await query(args);
            if (!held) {
              held = true;
              looked();
              await firstSaved;
            }
            return found;
          },
        },
      },
    }) as unknown as Database;
    const second = post({ ...deps, db: lookingTooEarly }, journey, token, idempotencyKey);
    await secondLooked;
    const first = await post(deps, journey, token, idempotencyKey);
    release();
    expect("redirect" in first && first.reference).toBeTruthy();
    expect(await second).toEqual(first);
  });

  it("marks the referral urgent, with its flags, when the person might act on thoughts of suicide soon", async () => {
    const reference = await sendJourney(deps, "professional", {
      risk: { selfHarmThoughts: "yes" },
      "risk-soon": { mayActSoon: "yes" },
    });
    expect(await database.db().referral.findUniqueOrThrow({ where: { reference } })).toMatchObject({
      urgent: true,
      flagSelfHarmThoughts: true,
      flagMayActSoon: true,
      flagBeingHurt: false,
      flagSafeguarding: false,
    });
  });

  it("keeps thoughts without a plan to act soon routine but flagged, and never suggests the prevention group", async () => {
    const reference = await sendJourney(deps, "young-person", {
      risk: { selfHarmThoughts: "not-sure" },
      "risk-soon": { mayActSoon: "no" },
    });
    const row = await database.db().referral.findUniqueOrThrow({ where: { reference } });
    expect(row).toMatchObject({ urgent: false, flagSelfHarmThoughts: true, flagMayActSoon: false });
    expect(row.programme).not.toBe("ipt-ast");
  });

  it.each([
    ["yes", true],
    ["not-sure", true],
    ["prefer-not", false],
  ])("someone hurting them (%s) makes the referral urgent: %s", async (beingHurt, urgent) => {
    const reference = await sendJourney(deps, "parent-carer", { safety: { beingHurt } });
    expect(await database.db().referral.findUniqueOrThrow({ where: { reference } })).toMatchObject({
      urgent,
      flagBeingHurt: urgent,
    });
  });

  it("flags a professional's safeguarding concern", async () => {
    const reference = await sendJourney(deps, "professional", {
      consent: { personConsented: "yes", safeguarding: "yes", safeguardingDetails: "Social worker involved" },
    });
    expect(await database.db().referral.findUniqueOrThrow({ where: { reference } })).toMatchObject({
      flagSafeguarding: true,
    });
  });

  it("sends someone outside every programme's ages on, with no programme, rather than refusing them", async () => {
    const reference = await sendJourney(deps, "parent-carer", {
      about: {
        givenName: "Kim",
        familyName: "Young",
        "dateOfBirth.day": "1",
        "dateOfBirth.month": "1",
        "dateOfBirth.year": String(new Date().getUTCFullYear() - 6),
        interpreter: "no",
      },
    });
    expect((await database.db().referral.findUniqueOrThrow({ where: { reference } })).programme).toBeNull();
  });

  it("stores HTML and scripts exactly as typed", async () => {
    const typed = `<script>alert("x")</script><b>bold</b> & "quotes"`;
    const reference = await sendJourney(deps, "adult", {
      concerns: { whatIsHappening: typed, relationships: [] },
    });
    const row = await database.db().referral.findUniqueOrThrow({ where: { reference } });
    expect((row.answers as { concerns: { whatIsHappening: string } }).concerns.whatIsHappening).toBe(typed);
  });
});

describe("refusing bots and tampering", () => {
  it("refuses a form whose hidden honeypot field was filled in", async () => {
    const journey = getJourney("adult")!;
    const drafts = await database.db().referralDraft.count();
    const outcome = await submitStep(
      {
        journey,
        stepId: "risk",
        form: toFormData({ selfHarmThoughts: "no", website: "http://spam.example" }),
        draftToken: undefined,
        client: "x",
        returnToCheck: false,
      },
      deps,
    );
    expect(outcome).toMatchObject({ status: "refused" });
    expect(await database.db().referralDraft.count()).toBe(drafts);
  });

  it("refuses fields the page does not have", async () => {
    const journey = getJourney("adult")!;
    const outcome = await submitStep(
      {
        journey,
        stepId: "risk",
        form: toFormData({ selfHarmThoughts: "no", isAdmin: "true" }),
        draftToken: undefined,
        client: "x",
        returnToCheck: false,
      },
      deps,
    );
    expect(outcome).toMatchObject({ status: "refused" });
  });

  it("asks a journey finished faster than the minimum time to send again, and saves nothing", async () => {
    const slow = { ...deps, minSeconds: 3600 };
    const { journey, token, idempotencyKey } = await fillJourney(slow, "adult");
    const outcome = await post(slow, journey, token, idempotencyKey);
    expect(outcome).toMatchObject({ status: "refused", message: expect.stringContaining("send them again") });
    expect(await database.db().referral.count({ where: { idempotencyKey } })).toBe(0);
  });

  it("limits submissions per address in Postgres, shared by every app instance, holding the refused one for staff", async () => {
    const limits = { submission: 2, form: 1000 };
    // Two limiters, as two app instances would have: they share the count.
    const instanceA = { ...deps, limiter: createLimiter(database.url, limits) };
    const instanceB = { ...deps, limiter: createLimiter(database.url, limits) };
    const results = [];
    for (const instance of [instanceA, instanceB, instanceA]) {
      const { journey, token, idempotencyKey } = await fillJourney(instance, "question");
      results.push(await post(instance, journey, token, idempotencyKey));
    }
    expect(results.map((r) => ("redirect" in r ? "sent" : r.status))).toEqual(["sent", "sent", "held"]);
    const stored = await database.db().rateLimit.findMany();
    expect(stored.some((r) => r.key.startsWith("submission") && r.points === 3)).toBe(true);
    // Never silently dropped: the refused answers wait in the held queue, and the draft is gone.
    const held = await database.db().heldSubmission.findMany({ where: { reason: "rate-limited" } });
    expect(held).toHaveLength(1);
    expect(held[0]).toMatchObject({
      journey: "GENERAL_QUESTION",
      answers: expect.objectContaining({ question: expect.anything() }),
    });
    expect(await database.db().referralDraft.count({ where: { idempotencyKey: held[0]!.idempotencyKey } })).toBe(0);
  });

  it("says the answers were deleted, deletes the draft and saves nothing when the draft timed out", async () => {
    const { journey, token, idempotencyKey } = await fillJourney(deps, "adult");
    await database
      .db()
      .referralDraft.updateMany({ where: { idempotencyKey }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await post(deps, journey, token, idempotencyKey)).toEqual({
      redirect: "/refer/adult/answers-deleted?reason=timeout",
      forgetDraft: true,
    });
    expect(await database.db().referralDraft.count({ where: { idempotencyKey } })).toBe(0);
    expect(await database.db().referral.count({ where: { idempotencyKey } })).toBe(0);
  });
});
