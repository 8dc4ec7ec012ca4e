import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { PgBoss } from "pg-boss";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Database } from "../../lib/db/client";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "../../lib/db/embedded";
import { migrate } from "../../lib/db/migrate";
import { installJobs } from "../../lib/jobs/boss";
import { getJourney } from "../../lib/referrals/journeys/registry";
import { submitStep } from "../../lib/referrals/submit-step";
import { toFormData } from "../helpers/journey-answers";
import { fillJourney, post, testDeps } from "../helpers/submit-journey";

// A Postgres of its own, so this file can stop it in the middle of a submission.
let dir: string;
let server: EmbeddedDatabase;
let port: number;
let db: Database;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "ipt-db-down-"));
  server = await startEmbeddedPostgres({ dataDir: dir, database: "ipt" });
  port = server.port;
  await migrate(server.url);
  await installJobs(server.url);
  db = createPrismaClient(server.url);
});
afterAll(async () => {
  await db.$disconnect();
  await server.stop();
  await rm(dir, { recursive: true, force: true });
});

describe("when the database stops during a submission", () => {
  it("tells the person clearly, writes nothing, and keeps their answers for a retry", async () => {
    const deps = await testDeps(db, server.url);
    const { journey, token, idempotencyKey } = await fillJourney(deps, "adult");
    // Stop Postgres after the referral row is inserted but before its job is queued and committed.
    const realBoss = deps.boss;
    const stoppingBoss = new Proxy(realBoss, {
      get(target, prop, receiver) {
        if (prop !== "send") return Reflect.get(target, prop, receiver);
        return async (...args: Parameters<PgBoss["send"]>) => {
          await server.stop();
          return (target.send as (...a: unknown[]) => Promise<unknown>)(...args);
        };
      },
    });
    const outcome = await post({ ...deps, queue: async () => stoppingBoss }, journey, token, idempotencyKey);
    expect(outcome).toEqual({ status: "unavailable", values: {} });

    // A page posted while the database is down keeps what was typed.
    const typed = {
      givenName: "Alex",
      familyName: "Person",
      "dateOfBirth.day": "1",
      "dateOfBirth.month": "2",
      "dateOfBirth.year": "1990",
      interpreter: "no",
    };
    const page = await submitStep(
      {
        journey: getJourney("adult")!,
        stepId: "about",
        form: toFormData(typed),
        draftToken: token,
        client: "x",
        returnToCheck: false,
      },
      deps,
    );
    expect(page).toMatchObject({
      status: "unavailable",
      values: { givenName: "Alex", dateOfBirth: { day: "1", month: "2", year: "1990" } },
    });

    server = await startEmbeddedPostgres({ dataDir: dir, database: "ipt", port });
    expect(await db.referral.count()).toBe(0);
    const jobs = await db.$queryRawUnsafe<{ n: bigint }[]>(
      `SELECT count(*) AS n FROM pgboss.job WHERE name LIKE 'referral-%'`,
    );
    expect(Number(jobs[0]!.n)).toBe(0);
    expect(await db.referralDraft.count({ where: { idempotencyKey } })).toBe(1);

    // Sending again once the database is back works, once.
    await realBoss.stop({ graceful: false });
    const fresh = await testDeps(db, server.url);
    const retry = await post(fresh, journey, token, idempotencyKey);
    expect(retry).toMatchObject({ redirect: "/refer/adult/confirmation" });
    expect(await db.referral.count()).toBe(1);
    await fresh.boss.stop({ graceful: false });
  });
});
