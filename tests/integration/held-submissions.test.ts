import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { PgBoss } from "pg-boss";
import { getDb } from "@/lib/db";
import { installJobs } from "@/lib/jobs/boss";
import {
  countHeldSubmissions,
  discardHeldSubmission,
  holdSubmission,
  listHeldSubmissions,
  releaseHeldSubmission,
} from "@/lib/referrals/held-submissions";
import { createReferral } from "@/lib/referrals/create-referral";
import { getJourney, journeys } from "@/lib/referrals/journeys/registry";
import { assessRisk, riskFlagNames } from "@/lib/referrals/risk-flags";
import { contextFor, createTestStaff, signInAs } from "../helpers/staff";
import { setUpStaffDatabase } from "../helpers/staff-test-env";
import type { TestDatabase } from "../helpers/test-database";
import { testQueueClient } from "../helpers/queue-client";

vi.mock("next/headers", () => import("../helpers/next-headers-mock"));

let database: TestDatabase;
let boss: PgBoss;
beforeAll(async () => {
  database = await setUpStaffDatabase();
  await installJobs(database.url);
  boss = testQueueClient(database.url);
  await boss.start();
  await signInAs(await createTestStaff("TRIAGER"));
});
afterAll(async () => {
  await boss.stop({ graceful: false });
  await database.drop();
});

const ctx = () => contextFor("referral:update");
const risk = assessRisk({ selfHarmThoughts: "yes", mayActSoon: "not-sure" });
const held = (idempotencyKey = randomUUID()) => ({
  journey: getJourney("parent-carer")!,
  answers: { about: { givenName: "Sam", familyName: "Held", dateOfBirth: { day: "1", month: "2", year: "2012" } } },
  programme: "ipt-a",
  urgent: risk.urgent,
  flags: risk.flags,
  idempotencyKey,
  draftId: null,
});

describe("submissions a limit refused are held, never dropped", () => {
  it("keeps the answers once, however often the same post is repeated, and lists urgent ones first", async () => {
    const key = randomUUID();
    await holdSubmission(getDb(), { ...held(), urgent: false, idempotencyKey: randomUUID() }, "rate-limited");
    await holdSubmission(getDb(), held(key), "rate-limited");
    await holdSubmission(getDb(), held(key), "rate-limited");
    expect(await getDb().heldSubmission.count({ where: { idempotencyKey: key } })).toBe(1);
    const waiting = await listHeldSubmissions(getDb());
    expect(waiting[0]).toMatchObject({ journey: "PARENT_CARER", urgent: true, reason: "rate-limited" });
  });

  it("releases a held submission into the inbox as a referral with its flags, and queues its notification", async () => {
    const key = randomUUID();
    await holdSubmission(getDb(), held(key), "rate-limited");
    const { id } = await getDb().heldSubmission.findUniqueOrThrow({ where: { idempotencyKey: key } });
    const result = await releaseHeldSubmission(getDb(), boss, await ctx(), id);
    expect(result).toMatchObject({ ok: true, reference: expect.stringMatching(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/) });
    const referral = await getDb().referral.findUniqueOrThrow({ where: { idempotencyKey: key } });
    expect(referral).toMatchObject({
      urgent: true,
      programme: "ipt-a",
      givenName: "Sam",
      flagSelfHarmThoughts: true,
      flagMayActSoon: true,
      flagBeingHurt: false,
    });
    const jobs = await getDb().$queryRawUnsafe<{ n: bigint }[]>(
      `SELECT count(*) AS n FROM pgboss.job WHERE data->>'referralId' = $1`,
      referral.id,
    );
    expect(Number(jobs[0]!.n)).toBeGreaterThanOrEqual(1);
    expect(await releaseHeldSubmission(getDb(), boss, await ctx(), id)).toMatchObject({ ok: false });
    expect(await getDb().referral.count({ where: { idempotencyKey: key } })).toBe(1);
    expect(await getDb().auditEvent.count({ where: { action: "held_submission.released", target: referral.id } })).toBe(
      1,
    );
    expect(JSON.stringify((await getDb().heldSubmission.findUniqueOrThrow({ where: { id } })).answers)).not.toContain(
      "Sam",
    );
  });

  it("keeps a submission it cannot release and says so, rather than failing the page", async () => {
    const key = randomUUID();
    // A row whose answers cannot be saved as a referral (no date of birth where the journey needs one).
    await holdSubmission(getDb(), { ...held(key), answers: { about: { givenName: "Sam" } } as never }, "rate-limited");
    const { id } = await getDb().heldSubmission.findUniqueOrThrow({ where: { idempotencyKey: key } });
    expect(await releaseHeldSubmission(getDb(), boss, await ctx(), id)).toMatchObject({
      ok: false,
      message: expect.stringContaining("still here"),
    });
    expect((await listHeldSubmissions(getDb())).map((h) => h.id)).toContain(id);
    expect(await getDb().referral.count({ where: { idempotencyKey: key } })).toBe(0);
  });

  it("logs a release it could not make as a failed release, without the held answers", async () => {
    const key = randomUUID();
    await holdSubmission(getDb(), { ...held(key), answers: { about: { givenName: "Sam" } } as never }, "rate-limited");
    const { id } = await getDb().heldSubmission.findUniqueOrThrow({ where: { idempotencyKey: key } });
    const write = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
    try {
      await releaseHeldSubmission(getDb(), boss, await ctx(), id);
      const lines = write.mock.calls.map((call) => String(call[0]));
      const failures = lines.filter((line) => line.includes('"kind":"failure"')).map((line) => JSON.parse(line));
      expect(failures).toEqual([expect.objectContaining({ where: "releasing a held submission" })]);
      expect(failures[0].msg).toMatch(/^\[referrals\] releasing a held submission failed: /);
      expect(lines.join("\n")).not.toContain("Sam");
    } finally {
      write.mockRestore();
    }
  });

  it("says a submission discarded while its release was being made was already dealt with, and records no release", async () => {
    const key = randomUUID();
    await holdSubmission(getDb(), held(key), "rate-limited");
    const { id } = await getDb().heldSubmission.findUniqueOrThrow({ where: { idempotencyKey: key } });
    // Another member of staff discards it after this release has read it as waiting, while the
    // referral is being made (its notification is queued inside the same transaction).
    const discardingBoss = new Proxy(boss, {
      get(target, prop, receiver) {
        if (prop !== "send") return Reflect.get(target, prop, receiver);
        return async (...args: Parameters<PgBoss["send"]>) => {
          await discardHeldSubmission(getDb(), await ctx(), id);
          return (target.send as (...a: unknown[]) => Promise<unknown>)(...args);
        };
      },
    });
    expect(await releaseHeldSubmission(getDb(), discardingBoss, await ctx(), id)).toEqual({
      ok: false,
      message: "This submission has already been released or discarded.",
    });
    expect(
      await getDb().auditEvent.count({
        where: { action: "held_submission.released", detail: { path: ["heldId"], equals: id } },
      }),
    ).toBe(0);
    expect(await getDb().heldSubmission.findUniqueOrThrow({ where: { id } })).toMatchObject({
      releasedAt: null,
      referralId: null,
    });
    // The referral and its claim on the held row commit together: spam discarded meanwhile never
    // reaches the inbox, and staff are not told "already dealt with" about a referral that was made.
    expect(await getDb().referral.count({ where: { idempotencyKey: key } })).toBe(0);
  });

  it("makes one referral and one release entry when two staff release the same submission at once", async () => {
    const key = randomUUID();
    await holdSubmission(getDb(), held(key), "rate-limited");
    const { id } = await getDb().heldSubmission.findUniqueOrThrow({ where: { idempotencyKey: key } });
    const results = await Promise.all([
      releaseHeldSubmission(getDb(), boss, await ctx(), id),
      releaseHeldSubmission(getDb(), boss, await ctx(), id),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([
      { ok: false, message: "This submission has already been released or discarded." },
    ]);
    const referral = await getDb().referral.findUniqueOrThrow({ where: { idempotencyKey: key } });
    expect(await getDb().auditEvent.count({ where: { action: "held_submission.released", target: referral.id } })).toBe(
      1,
    );
  });

  it("releases a submission whose person already sent it again themselves, into that one referral", async () => {
    const key = randomUUID();
    await holdSubmission(getDb(), held(key), "rate-limited");
    const { id } = await getDb().heldSubmission.findUniqueOrThrow({ where: { idempotencyKey: key } });
    // The limit lifted and the person's own retry (same idempotency key) made the referral first.
    const theirs = await createReferral(held(key), getDb(), boss);
    const context = await ctx();
    expect(await releaseHeldSubmission(getDb(), boss, context, id)).toEqual({ ok: true, reference: theirs.reference });
    expect(await getDb().referral.count({ where: { idempotencyKey: key } })).toBe(1);
    expect(await getDb().heldSubmission.findUniqueOrThrow({ where: { id } })).toMatchObject({
      releasedBy: context.staff.id,
      referralId: theirs.id,
      answers: {},
    });
    expect(await getDb().auditEvent.count({ where: { action: "held_submission.released", target: theirs.id } })).toBe(
      1,
    );
  });

  it("discards spam: its answers are deleted and it never reaches the inbox", async () => {
    const key = randomUUID();
    await holdSubmission(getDb(), held(key), "rate-limited");
    const { id } = await getDb().heldSubmission.findUniqueOrThrow({ where: { idempotencyKey: key } });
    expect(await discardHeldSubmission(getDb(), await ctx(), id)).toEqual({ ok: true });
    const row = await getDb().heldSubmission.findUniqueOrThrow({ where: { id } });
    expect(JSON.stringify(row.answers)).not.toContain("Sam");
    expect(await getDb().referral.count({ where: { idempotencyKey: key } })).toBe(0);
    expect((await listHeldSubmissions(getDb())).map((h) => h.id)).not.toContain(id);
  });

  it("lists waiting submissions urgent first and, among equally urgent ones, the oldest first", async () => {
    const routineOld = randomUUID();
    const urgentOld = randomUUID();
    const routineNew = randomUUID();
    const urgentNew = randomUUID();
    // The newer ones are held first and the older ones made older afterwards, so the table's own
    // order (newest first) is not the one asked for: only ordering by creation time gives it.
    for (const [key, urgent] of [
      [routineNew, false],
      [urgentNew, true],
      [routineOld, false],
      [urgentOld, true],
    ] as const) {
      await holdSubmission(getDb(), { ...held(key), urgent }, "rate-limited");
    }
    await getDb().heldSubmission.updateMany({
      where: { idempotencyKey: { in: [routineOld, urgentOld] } },
      data: { createdAt: new Date(Date.now() - 60 * 60 * 1000) },
    });
    const ids = await idsByKey([routineOld, urgentOld, routineNew, urgentNew]);
    const order = (await listHeldSubmissions(getDb())).map((h) => h.id).filter((id) => Object.values(ids).includes(id));
    expect(order).toEqual([ids[urgentOld], ids[urgentNew], ids[routineOld], ids[routineNew]]);
  });

  it("takes a released or discarded submission off the waiting list and out of the waiting count", async () => {
    const [toRelease, toDiscard, waiting] = [randomUUID(), randomUUID(), randomUUID()];
    for (const key of [toRelease, toDiscard, waiting]) await holdSubmission(getDb(), held(key), "rate-limited");
    const ids = await idsByKey([toRelease, toDiscard, waiting]);
    const before = await countHeldSubmissions(getDb());
    expect(before).toBe((await listHeldSubmissions(getDb())).length);
    expect(await releaseHeldSubmission(getDb(), boss, await ctx(), ids[toRelease]!)).toMatchObject({ ok: true });
    expect(await countHeldSubmissions(getDb())).toBe(before - 1);
    expect(await discardHeldSubmission(getDb(), await ctx(), ids[toDiscard]!)).toEqual({ ok: true });
    expect(await countHeldSubmissions(getDb())).toBe(before - 2);
    const listed = (await listHeldSubmissions(getDb())).map((h) => h.id);
    expect(listed).toContain(ids[waiting]);
    expect(listed).not.toContain(ids[toRelease]);
    expect(listed).not.toContain(ids[toDiscard]);
  });

  it("holds an enquiry, which asks no risk questions, with every risk flag recorded as no", async () => {
    const key = randomUUID();
    await holdSubmission(
      getDb(),
      { ...held(key), journey: getJourney("question")!, urgent: false, flags: undefined, programme: null },
      "rate-limited",
    );
    const row = await getDb().heldSubmission.findUniqueOrThrow({ where: { idempotencyKey: key } });
    expect(row).toMatchObject({ journey: "GENERAL_QUESTION", urgent: false, programme: null, reason: "rate-limited" });
    expect(row.flags).toEqual(Object.fromEntries(riskFlagNames.map((name) => [name, false])));
  });

  it("keeps the risk flags a submission was held with, for the referral it becomes", async () => {
    const key = randomUUID();
    await holdSubmission(getDb(), held(key), "rate-limited");
    const row = await getDb().heldSubmission.findUniqueOrThrow({ where: { idempotencyKey: key } });
    expect(row.flags).toEqual(risk.flags);
    expect(row.answers).toEqual(held(key).answers);
  });

  it("says a submission discarded twice was already dealt with, and records the discard once", async () => {
    const key = randomUUID();
    await holdSubmission(getDb(), held(key), "rate-limited");
    const { id } = await getDb().heldSubmission.findUniqueOrThrow({ where: { idempotencyKey: key } });
    expect(await discardHeldSubmission(getDb(), await ctx(), id)).toEqual({ ok: true });
    expect(await discardHeldSubmission(getDb(), await ctx(), id)).toEqual({
      ok: false,
      message: "This submission has already been released or discarded.",
    });
    const staff = (await ctx()).staff.id;
    expect(
      await getDb().auditEvent.findMany({
        where: { action: "held_submission.discarded", target: id },
        select: { actorId: true },
      }),
    ).toEqual([{ actorId: staff }]);
  });

  // A later release could retire a form while a submission from it is still waiting: staff are told,
  // and the answers stay held rather than being forced into another form's shape.
  it("says a held submission's form no longer exists once that form is taken out, and keeps it waiting", async () => {
    const key = randomUUID();
    await holdSubmission(getDb(), { ...held(key), journey: getJourney("question")!, programme: null }, "rate-limited");
    const { id } = await getDb().heldSubmission.findUniqueOrThrow({ where: { idempotencyKey: key } });
    const retired = journeys.question;
    delete (journeys as Partial<typeof journeys>).question;
    try {
      expect(await releaseHeldSubmission(getDb(), boss, await ctx(), id)).toEqual({
        ok: false,
        message: "This submission's form no longer exists.",
      });
    } finally {
      journeys.question = retired;
    }
    expect((await listHeldSubmissions(getDb())).map((h) => h.id)).toContain(id);
    expect(await getDb().referral.count({ where: { idempotencyKey: key } })).toBe(0);
  });

  it("will not release a discarded submission: no referral is made from spam", async () => {
    const key = randomUUID();
    await holdSubmission(getDb(), held(key), "rate-limited");
    const { id } = await getDb().heldSubmission.findUniqueOrThrow({ where: { idempotencyKey: key } });
    await discardHeldSubmission(getDb(), await ctx(), id);
    expect(await releaseHeldSubmission(getDb(), boss, await ctx(), id)).toEqual({
      ok: false,
      message: "This submission has already been released or discarded.",
    });
    expect(await getDb().referral.count({ where: { idempotencyKey: key } })).toBe(0);
  });

  it("releases into the form it was held from, and records who released it and from which held row", async () => {
    const key = randomUUID();
    await holdSubmission(getDb(), held(key), "rate-limited");
    const { id } = await getDb().heldSubmission.findUniqueOrThrow({ where: { idempotencyKey: key } });
    const context = await ctx();
    await releaseHeldSubmission(getDb(), boss, context, id);
    const referral = await getDb().referral.findUniqueOrThrow({ where: { idempotencyKey: key } });
    const row = await getDb().heldSubmission.findUniqueOrThrow({ where: { id } });
    expect(referral.journey).toBe("PARENT_CARER");
    expect(row).toMatchObject({ releasedBy: context.staff.id, referralId: referral.id, flags: {} });
    const event = await getDb().auditEvent.findFirstOrThrow({
      where: { action: "held_submission.released", target: referral.id },
    });
    expect(event).toMatchObject({ actorId: context.staff.id, detail: { heldId: id } });
  });
});

/** The held rows' ids, by idempotency key. */
async function idsByKey(keys: string[]): Promise<Record<string, string>> {
  const rows = await getDb().heldSubmission.findMany({
    where: { idempotencyKey: { in: keys } },
    select: { id: true, idempotencyKey: true },
  });
  return Object.fromEntries(rows.map((r) => [r.idempotencyKey, r.id]));
}
