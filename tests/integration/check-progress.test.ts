import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db";
import { installJobs } from "@/lib/jobs/boss";
import { checkProgress, PROGRESS_LIMITS, type ProgressLimitKind } from "@/lib/progress/check";
import { readProgress } from "@/lib/progress/read";
import { createLimiter, type Limiter } from "@/lib/referrals/rate-limit";
import { generateReference } from "@/lib/referrals/reference";
import { changeStatus } from "@/lib/triage/changes";
import { eraseReferral } from "@/lib/triage/data-protection";
import { anonymiseExpiredReferrals } from "@/lib/triage/retention";
import { insertReferral } from "../helpers/referral-factory";
import { contextFor, createTestStaff, signInAs } from "../helpers/staff";
import { setUpStaffDatabase } from "../helpers/staff-test-env";
import type { TestDatabase } from "../helpers/test-database";

vi.mock("next/headers", () => import("../helpers/next-headers-mock"));

let database: TestDatabase;
let limiter: Limiter<ProgressLimitKind>;
beforeAll(async () => {
  database = await setUpStaffDatabase();
  // Erasure deletes the referral's jobs too (L-12), so the job queue's tables must exist.
  await installJobs(database.url);
  limiter = createLimiter(database.url, { ...PROGRESS_LIMITS });
  await signInAs(await createTestStaff("ADMIN"));
});
afterAll(() => database.drop());

const BORN = new Date("2011-04-03");
// Each test its own address, so one test's tries do not use up another's.
const address = () => `203.0.113.${Math.floor(Math.random() * 250) + 1}-${randomUUID().slice(0, 8)}`;
const newReferral = (overrides = {}) =>
  insertReferral(getDb(), { reference: generateReference(), dateOfBirth: BORN, ...overrides });
const check = (reference: string, dateOfBirth: Date, client = address()) =>
  checkProgress(getDb(), limiter, { reference, dateOfBirth, client });
const shown = async (reference: string) => {
  const result = await check(reference, BORN);
  return result.ok ? readProgress(getDb(), result.referralId) : null;
};

describe("checking progress by reference and date of birth", () => {
  it("matches the right pair, however the reference is typed, and nothing else", async () => {
    const referral = await newReferral();
    expect(await check(referral.reference, BORN)).toEqual({ ok: true, referralId: referral.id });
    expect(await check(` ${referral.reference.replace("-", "").toLowerCase()} `, BORN)).toMatchObject({ ok: true });
    expect(await check(referral.reference, new Date("2011-04-04"))).toEqual({ ok: false, reason: "no-match" });
    expect(await check(generateReference(), BORN)).toEqual({ ok: false, reason: "no-match" });
    expect(await check("not a reference", BORN)).toEqual({ ok: false, reason: "no-match" });
  });

  it("shows each stage as staff move the referral on, with the outcome's words and only shared text", async () => {
    const referral = await newReferral({ programme: "ipt-a" });
    const ctx = await contextFor("referral:update");
    expect(await shown(referral.reference)).toMatchObject({ stage: "Received", outcomeWords: null });
    await changeStatus(getDb(), ctx, referral.id, { from: "NEW", to: "IN_REVIEW" });
    expect(await shown(referral.reference)).toMatchObject({ stage: "Being reviewed", outcomeWords: null });
    await changeStatus(getDb(), ctx, referral.id, {
      from: "IN_REVIEW",
      to: "ACCEPTED",
      reason: "Low mood for months; meets criteria",
      sharedText: "We will phone you to book the first session.",
      shareWithPerson: false,
    });
    const accepted = await shown(referral.reference);
    expect(accepted).toMatchObject({
      stage: "We have contacted you",
      outcomeWords: "Accepted into IPT for young people (IPT-A)",
      sharedText: null,
    });
    expect(JSON.stringify(accepted)).not.toMatch(/Low mood|Sam|Taylor|phone you/);
    await changeStatus(getDb(), ctx, referral.id, { from: "ACCEPTED", to: "CLOSED" });
    expect(await shown(referral.reference)).toMatchObject({
      stage: "Closed",
      outcomeWords: "Accepted into IPT for young people (IPT-A)",
    });
  });

  it.each([
    ["SIGNPOSTED", "SIGNPOSTED:1", "Signposted to your local NHS Talking Therapies service"],
    ["DECLINED", "DECLINED:1", "The person lives outside the area we cover"],
  ] as const)("shows %s as closed with the chosen words, and text staff chose to share", async (to, choice, words) => {
    const referral = await newReferral({ status: "IN_REVIEW" });
    const before = new Date();
    const result = await changeStatus(getDb(), await contextFor("referral:update"), referral.id, {
      from: "IN_REVIEW",
      to,
      reason: "Internal reason",
      outcomeWords: choice,
      sharedText: "Their details are on the leaflet we posted.",
      shareWithPerson: true,
    });
    expect(result).toEqual({ ok: true });
    const progress = await shown(referral.reference);
    expect(progress).toMatchObject({
      stage: "Closed",
      outcomeWords: words,
      sharedText: "Their details are on the leaflet we posted.",
    });
    expect(progress!.lastChangedAt.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);
  });

  it("refuses an outcome without words, or with another outcome's words, and changes nothing", async () => {
    const referral = await newReferral({ status: "IN_REVIEW" });
    const ctx = await contextFor("referral:update");
    const change = { from: "IN_REVIEW", to: "DECLINED", reason: "Out of area" } as const;
    expect(await changeStatus(getDb(), ctx, referral.id, change)).toMatchObject({ ok: false, field: "outcomeWords" });
    expect(await changeStatus(getDb(), ctx, referral.id, { ...change, outcomeWords: "SIGNPOSTED:0" })).toMatchObject({
      ok: false,
      field: "outcomeWords",
    });
    expect(
      await changeStatus(getDb(), ctx, referral.id, { ...change, outcomeWords: "DECLINED:0", shareWithPerson: true }),
    ).toMatchObject({ ok: false, field: "sharedText" });
    expect((await getDb().referral.findUniqueOrThrow({ where: { id: referral.id } })).status).toBe("IN_REVIEW");
  });

  it("shows nothing once the referral is anonymised or erased", async () => {
    const old = await newReferral({ status: "DECLINED", closedAt: new Date(Date.now() - 800 * 86_400_000) });
    const erased = await newReferral();
    expect(await check(old.reference, BORN)).toMatchObject({ ok: true });
    const pass = await check(erased.reference, BORN);
    expect(pass).toMatchObject({ ok: true });
    await anonymiseExpiredReferrals(getDb(), 730);
    await eraseReferral(getDb(), await contextFor("referral:erase"), erased.id, { reason: "person-asked" });
    expect(await check(old.reference, BORN)).toEqual({ ok: false, reason: "no-match" });
    expect(await check(erased.reference, BORN)).toEqual({ ok: false, reason: "no-match" });
    // A results page opened before the erasure shows nothing after it.
    expect(await readProgress(getDb(), (pass as { referralId: string }).referralId)).toBeNull();
    expect(await readProgress(getDb(), old.id)).toBeNull();
  });
});

describe("guessing", () => {
  it("stops the sixth try at one reference within the hour, even with the right date, from any address", async () => {
    const referral = await newReferral();
    for (let year = 2001; year < 2001 + PROGRESS_LIMITS["progress-reference"]; year++) {
      expect(await check(referral.reference, new Date(`${year}-01-01`))).toEqual({ ok: false, reason: "no-match" });
    }
    expect(await check(referral.reference, BORN)).toEqual({ ok: false, reason: "limited" });
  });

  it("stops one address after its tries for the hour, whatever reference it tries next", async () => {
    const client = address();
    for (let i = 0; i < PROGRESS_LIMITS["progress-address"]; i++) {
      expect(await check(generateReference(), BORN, client)).toMatchObject({ ok: false, reason: "no-match" });
    }
    const referral = await newReferral();
    expect(await check(referral.reference, BORN, client)).toEqual({ ok: false, reason: "limited" });
    expect(await check(referral.reference, BORN)).toMatchObject({ ok: true });
  });

  it("audits every try with the address, and the referral only when it matched: never the date or the reference", async () => {
    const client = address().slice(0, 40);
    const referral = await newReferral();
    await check(referral.reference, new Date("2011-05-05"), client);
    await check(referral.reference, BORN, client);
    const events = await getDb().auditEvent.findMany({
      where: { action: "progress.checked", ip: client },
      orderBy: { id: "asc" },
    });
    expect(events.map((e) => [e.target, e.detail])).toEqual([
      [null, { matched: false }],
      [referral.id, { matched: true }],
    ]);
    const kept = JSON.stringify(
      events.map(({ actorId, action, target, ip, detail }) => [actorId, action, target, ip, detail]),
    );
    expect(kept).not.toMatch(/2011|05-05|04-03/);
    expect(kept).not.toContain(referral.reference);
  });
});
