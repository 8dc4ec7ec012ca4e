import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { installJobs } from "../../lib/jobs/boss";
import { createReferral, type NewReferral } from "../../lib/referrals/create-referral";
import { loadDraft } from "../../lib/referrals/drafts";
import { referralData } from "../helpers/referral-factory";
import { fillJourney, testDeps } from "../helpers/submit-journey";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

// createReferral called directly, so that its retry on a unique violation and its handling of
// every other error can be seen: through submitJourney both end as the same "try again" page.

let database: TestDatabase;
let deps: Awaited<ReturnType<typeof testDeps>>;
beforeAll(async () => {
  database = await createTestDatabase();
  await installJobs(database.url);
  deps = await testDeps(database.db(), database.url);
  // A real unique violation raised by Postgres inside the transaction, for keys starting "clash-N-":
  // the first N inserts fail. Keys starting "refuse-" always fail with another error. The count
  // of attempts is a sequence, so a rolled-back attempt still counts.
  await database.db().$executeRawUnsafe(`CREATE SEQUENCE test_clash_attempts`);
  await database.db().$executeRawUnsafe(`
    CREATE FUNCTION test_clash() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF NEW.idempotency_key LIKE 'clash-%'
         AND nextval('test_clash_attempts') <= split_part(NEW.idempotency_key, '-', 2)::int THEN
        RAISE EXCEPTION USING ERRCODE = 'unique_violation',
          MESSAGE = 'duplicate key value violates unique constraint "referral_reference_key"';
      END IF;
      -- "late-": three unique violations, the third after a pause in which the test saves the
      -- same key itself, as a parallel request that won the race would.
      IF NEW.idempotency_key LIKE 'late-%' AND current_setting('application_name') <> 'winner' THEN
        IF nextval('test_clash_attempts') = 3 THEN
          PERFORM pg_sleep(2);
        END IF;
        RAISE EXCEPTION USING ERRCODE = 'unique_violation',
          MESSAGE = 'duplicate key value violates unique constraint "referral_reference_key"';
      END IF;
      IF NEW.idempotency_key LIKE 'refuse-%' AND nextval('test_clash_attempts') > 0 THEN
        RAISE EXCEPTION USING ERRCODE = 'check_violation', MESSAGE = 'refused by a check in the database';
      END IF;
      RETURN NEW;
    END $$`);
  await database
    .db()
    .$executeRawUnsafe(
      `CREATE TRIGGER test_clash BEFORE INSERT ON referral FOR EACH ROW EXECUTE FUNCTION test_clash()`,
    );
});
beforeEach(async () => {
  await database.db().$executeRawUnsafe(`ALTER SEQUENCE test_clash_attempts RESTART`);
});
afterAll(async () => {
  await deps.boss.stop({ graceful: false });
  await database.drop();
});

/** A filled-in adult journey as submitJourney hands it to createReferral, with the given key. */
async function newReferral(idempotencyKey: string): Promise<NewReferral> {
  const { journey, token } = await fillJourney(deps, "adult");
  const draft = (await loadDraft(token, journey, deps.db))!;
  return {
    journey,
    answers: journey.schema.parse(draft.answers),
    programme: null,
    urgent: false,
    idempotencyKey,
    draftId: draft.id,
  };
}

const attemptsMade = async () =>
  Number(
    (
      await database
        .db()
        .$queryRawUnsafe<{ n: bigint }[]>(
          `SELECT CASE WHEN is_called THEN last_value ELSE 0 END AS n FROM test_clash_attempts`,
        )
    )[0]!.n,
  );

describe("saving a referral", () => {
  it("says it created a new referral, and that a repeat with the same key created nothing", async () => {
    const input = await newReferral(randomUUID());
    const first = await createReferral(input, deps.db, deps.boss);
    const again = await createReferral(input, deps.db, deps.boss);
    expect(first).toMatchObject({ created: true, urgent: false });
    expect(again).toEqual({ ...first, created: false });
  });

  it("retries a unique violation inside the transaction and saves the referral once, with its draft deleted", async () => {
    const input = await newReferral(`clash-1-${randomUUID()}`);
    const saved = await createReferral(input, deps.db, deps.boss);
    expect(saved).toMatchObject({ created: true });
    expect(await attemptsMade()).toBe(2);
    expect(await database.db().referral.count({ where: { idempotencyKey: input.idempotencyKey } })).toBe(1);
    expect(await database.db().referralDraft.count({ where: { id: input.draftId! } })).toBe(0);
  });

  it("gives up after three unique violations, saving nothing and keeping the draft", async () => {
    const input = await newReferral(`clash-9-${randomUUID()}`);
    await expect(createReferral(input, deps.db, deps.boss)).rejects.toThrow(
      "Could not save the referral after 3 attempts",
    );
    expect(await attemptsMade()).toBe(3);
    expect(await database.db().referral.count({ where: { idempotencyKey: input.idempotencyKey } })).toBe(0);
    expect(await database.db().referralDraft.count({ where: { id: input.draftId! } })).toBe(1);
  });

  it("returns the referral a parallel request saved during its last attempt, instead of failing", async () => {
    const input = await newReferral(`late-${randomUUID()}`);
    const saving = createReferral(input, deps.db, deps.boss);
    await expect.poll(attemptsMade, { timeout: 10_000, interval: 50 }).toBe(3);
    const winner = await database.db().$transaction(async (tx) => {
      await tx.$executeRawUnsafe(`SET LOCAL application_name = 'winner'`);
      return tx.referral.create({ data: referralData({ idempotencyKey: input.idempotencyKey, urgent: true }) });
    });
    expect(await saving).toEqual({ id: winner.id, reference: winner.reference, urgent: true, created: false });
    expect(await database.db().referral.count({ where: { idempotencyKey: input.idempotencyKey } })).toBe(1);
  });

  it("passes on an error that is not a unique violation at once, without retrying", async () => {
    const input = await newReferral(`refuse-${randomUUID()}`);
    await expect(createReferral(input, deps.db, deps.boss)).rejects.toThrow("refused by a check in the database");
    expect(await attemptsMade()).toBe(1);
    expect(await database.db().referralDraft.count({ where: { id: input.draftId! } })).toBe(1);
  });
});
