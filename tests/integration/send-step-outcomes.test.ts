import { randomUUID } from "node:crypto";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi, type MockInstance } from "vitest";
import { firstStepPath, stepPath } from "../../lib/referrals/flow";
import { getJourney } from "../../lib/referrals/journeys/registry";
import {
  type TestDeps,
  closeSubmissionDatabase,
  fillJourney,
  openSubmissionDatabase,
  post,
} from "../helpers/submit-journey";
import type { TestDatabase } from "../helpers/test-database";

// Where the send step (check your answers) takes a person, what it tells the confirmation page,
// and what it logs, for the cases the guards in send-step-guards.test.ts do not reach.

let database: TestDatabase;
let deps: TestDeps;
beforeAll(async () => ({ database, deps } = await openSubmissionDatabase()));
afterAll(() => closeSubmissionDatabase(database, deps));

const adult = getJourney("adult")!;
const referralsWithKey = (idempotencyKey: string) => database.db().referral.count({ where: { idempotencyKey } });

/** Changes a saved draft's answers behind the person's back, as a bug or an old draft would leave them. */
async function spoilDraft(idempotencyKey: string, spoil: (answers: Record<string, unknown>) => void) {
  const draft = await database.db().referralDraft.findFirstOrThrow({ where: { idempotencyKey } });
  const answers = structuredClone(draft.answers) as Record<string, unknown>;
  spoil(answers);
  await database.db().referralDraft.update({ where: { id: draft.id }, data: { answers: answers as object } });
}

describe("where the send step takes a person", () => {
  it("sends a person with no draft and no cookie to the first question, saving nothing", async () => {
    const idempotencyKey = randomUUID();
    expect(await post(deps, adult, undefined, idempotencyKey)).toEqual({ redirect: firstStepPath(adult) });
    expect(await referralsWithKey(idempotencyKey)).toBe(0);
  });

  it("sends a draft that no longer fits its journey back to the page with the problem, saving nothing", async () => {
    const { token, idempotencyKey } = await fillJourney(deps, "adult");
    await spoilDraft(idempotencyKey, (answers) => {
      (answers.about as Record<string, unknown>).givenName = "x".repeat(10_000);
    });
    expect(await post(deps, adult, token, idempotencyKey)).toEqual({ redirect: stepPath(adult, "about") });
    expect(await referralsWithKey(idempotencyKey)).toBe(0);
  });

  it("sends a draft holding answers for a page the journey does not have back to the first question", async () => {
    const { token, idempotencyKey } = await fillJourney(deps, "adult");
    await spoilDraft(idempotencyKey, (answers) => {
      answers["not-a-page"] = { anything: "at all" };
    });
    expect(await post(deps, adult, token, idempotencyKey)).toEqual({ redirect: firstStepPath(adult) });
    expect(await referralsWithKey(idempotencyKey)).toBe(0);
  });

  it("sends a draft with an old page's answers and a missing page to that missing page, not the first question", async () => {
    // zod reports the unknown page (no page to go to) before the journey-wide check's missing page,
    // so the person must be sent past the first problem to the first one a page can fix.
    const { journey, token, idempotencyKey } = await fillJourney(deps, "young-person");
    await spoilDraft(idempotencyKey, (answers) => {
      answers["not-a-page"] = { anything: "at all" };
      delete answers.consent;
    });
    expect(await post(deps, journey, token, idempotencyKey)).toEqual({ redirect: stepPath(journey, "consent") });
    expect(await referralsWithKey(idempotencyKey)).toBe(0);
  });
});

describe("what the confirmation page is told", () => {
  it("says an urgent referral was urgent and at risk, on the first post and on a repeat", async () => {
    const { journey, token, idempotencyKey } = await fillJourney(deps, "professional", {
      risk: { selfHarmThoughts: "yes" },
      "risk-soon": { mayActSoon: "yes" },
    });
    const first = await post(deps, journey, token, idempotencyKey);
    expect(first).toMatchObject({ redirect: "/refer/professional/confirmation", sent: { urgent: true, atRisk: true } });
    expect(await post(deps, journey, undefined, idempotencyKey)).toEqual(first);
  });

  it("says a routine referral with thoughts of self-harm was at risk, on the first post and on a repeat", async () => {
    const { journey, token, idempotencyKey } = await fillJourney(deps, "young-person", {
      risk: { selfHarmThoughts: "not-sure" },
      "risk-soon": { mayActSoon: "no" },
    });
    const first = await post(deps, journey, token, idempotencyKey);
    expect(first).toMatchObject({
      redirect: "/refer/young-person/confirmation",
      sent: { urgent: false, atRisk: true },
    });
    expect(await post(deps, journey, undefined, idempotencyKey)).toEqual(first);
  });

  it("says a referral with no risk answered yes was neither urgent nor at risk", async () => {
    const { journey, token, idempotencyKey } = await fillJourney(deps, "adult");
    expect(await post(deps, journey, token, idempotencyKey)).toMatchObject({
      redirect: "/refer/adult/confirmation",
      sent: { urgent: false, atRisk: false },
    });
  });
});

describe("what the send step logs", () => {
  let write: MockInstance;
  beforeEach(() => {
    write = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
  });
  afterEach(() => write.mockRestore());
  const received = () =>
    write.mock.calls
      .map((call) => String(call[0]))
      .filter((line) => line.includes('"kind":"received"'))
      .map((line) => JSON.parse(line) as { reference: string; journey: string; urgent: boolean; msg: string });

  it("logs an urgent referral once as received and URGENT, and nothing more for a repeat", async () => {
    const { journey, token, idempotencyKey } = await fillJourney(deps, "professional", {
      risk: { selfHarmThoughts: "yes" },
      "risk-soon": { mayActSoon: "yes" },
    });
    const sent = await post(deps, journey, token, idempotencyKey);
    await post(deps, journey, undefined, idempotencyKey);
    const reference = "redirect" in sent ? sent.reference : undefined;
    expect(received()).toEqual([
      expect.objectContaining({
        reference,
        journey: journey.kind,
        urgent: true,
        msg: `[referrals] received ${reference} (${journey.kind}, URGENT)`,
      }),
    ]);
  });

  it("logs the same form posted many times at once as received once", async () => {
    const { journey, token, idempotencyKey } = await fillJourney(deps, "adult");
    const outcomes = await Promise.all(Array.from({ length: 12 }, () => post(deps, journey, token, idempotencyKey)));
    const references = new Set(outcomes.flatMap((o) => ("redirect" in o && o.reference ? [o.reference] : [])));
    expect(references.size).toBe(1);
    expect(received().map((line) => line.reference)).toEqual([...references]);
  });

  it("logs a failed send as the form that failed and the kind of error, without what was typed", async () => {
    const { journey, token, idempotencyKey } = await fillJourney(deps, "adult");
    const failingQueue = async () => {
      throw Object.assign(new Error("insert failed for Alex Testperson"), { code: "E_QUEUE" });
    };
    expect(await post({ ...deps, queue: failingQueue }, journey, token, idempotencyKey)).toEqual({
      status: "unavailable",
      values: {},
    });
    const lines = write.mock.calls.map((call) => String(call[0]));
    const failures = lines.filter((line) => line.includes('"kind":"failure"')).map((line) => JSON.parse(line));
    expect(failures).toEqual([
      expect.objectContaining({
        where: "submitting adult",
        error: "Error E_QUEUE",
        msg: "[referrals] submitting adult failed: Error E_QUEUE",
      }),
    ]);
    expect(lines.join("\n")).not.toContain("Alex");
  });

  it("logs a routine referral as received without the word URGENT", async () => {
    const { journey, token, idempotencyKey } = await fillJourney(deps, "adult");
    const sent = await post(deps, journey, token, idempotencyKey);
    const reference = "redirect" in sent ? sent.reference : undefined;
    expect(received()).toEqual([
      expect.objectContaining({ reference, urgent: false, msg: `[referrals] received ${reference} (${journey.kind})` }),
    ]);
  });
});
