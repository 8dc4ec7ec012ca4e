import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { installJobs } from "../../lib/jobs/boss";
import { ACKNOWLEDGE_QUEUE, DEAD_LETTER_QUEUE, NOTIFY_QUEUE } from "../../lib/jobs/queues";
import { readMetrics } from "../../lib/metrics";
import { insertReferral } from "../helpers/referral-factory";
import { parsePrometheus, sample } from "../helpers/prometheus-text";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";
import { testQueueClient } from "../helpers/queue-client";

const TOKEN = "metrics-token-for-tests-0123456789abcdef";
let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
  await installJobs(database.url);
});
afterAll(() => database.drop());

const scrape = async () => {
  const answer = await readMetrics(database.db(), TOKEN, `Bearer ${TOKEN}`);
  if (answer.status !== 200) throw new Error(`status ${answer.status}`);
  return { answer, families: parsePrometheus(answer.body) };
};

describe("/api/metrics access", () => {
  it("answers 404 while no token is configured, even with one sent", async () => {
    expect(await readMetrics(database.db(), undefined, `Bearer ${TOKEN}`)).toEqual({ status: 404 });
  });

  it.each([
    ["no Authorization header", null],
    ["a wrong token", "Bearer metrics-token-for-tests-0123456789abcdeX"],
    ["the token without the Bearer scheme", TOKEN],
    ["a prefix of the token", `Bearer ${TOKEN.slice(0, 20)}`],
    ["Basic credentials", `Basic ${Buffer.from(`x:${TOKEN}`).toString("base64")}`],
  ])("answers 401 to %s", async (_, authorization) => {
    expect(await readMetrics(database.db(), TOKEN, authorization)).toEqual({ status: 401 });
  });
});

describe("/api/metrics output", () => {
  it("reports each email queue's depth, oldest job, failing sends and the dead letter, parsed by a Prometheus text parser", async () => {
    const db = database.db();
    const boss = testQueueClient(database.url);
    await boss.start();
    try {
      await boss.send(NOTIFY_QUEUE, { referralId: "a" }, { singletonKey: "a" });
      await boss.send(NOTIFY_QUEUE, { referralId: "b" }, { singletonKey: "b" });
      await boss.send(ACKNOWLEDGE_QUEUE, { referralId: "c" }, { singletonKey: "c" });
      await boss.send(DEAD_LETTER_QUEUE, { referralId: "d", queue: NOTIFY_QUEUE });
    } finally {
      await boss.stop({ graceful: false });
    }
    // One notification waited ten minutes and its last send failed.
    await db.$executeRawUnsafe(
      `UPDATE pgboss.job SET state = 'retry', created_on = now() - interval '10 minutes'
        WHERE name = $1 AND singleton_key = 'a'`,
      NOTIFY_QUEUE,
    );

    const { answer, families } = await scrape();
    expect(answer.contentType).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(sample(families, "ipt_email_queue_depth", { queue: NOTIFY_QUEUE })).toBe(2);
    expect(sample(families, "ipt_email_queue_depth", { queue: ACKNOWLEDGE_QUEUE })).toBe(1);
    expect(sample(families, "ipt_email_queue_depth", { queue: "young-person-invitation" })).toBe(0);
    const oldest = sample(families, "ipt_email_queue_oldest_job_age_seconds", { queue: NOTIFY_QUEUE });
    expect(oldest).toBeGreaterThanOrEqual(600);
    expect(oldest).toBeLessThan(660);
    expect(sample(families, "ipt_email_queue_oldest_job_age_seconds", { queue: "young-person-invitation" })).toBe(0);
    expect(sample(families, "ipt_email_send_failures", { queue: NOTIFY_QUEUE })).toBe(1);
    expect(sample(families, "ipt_email_send_failures", { queue: ACKNOWLEDGE_QUEUE })).toBe(0);
    expect(sample(families, "ipt_email_dead_letter_jobs")).toBe(1);
    expect(families.find((f) => f.name === "ipt_email_queue_depth")?.type).toBe("GAUGE");
  });

  it("reports how many urgent referrals are untriaged and how long the oldest has waited", async () => {
    const db = database.db();
    const hours = (n: number) => new Date(Date.now() - n * 3600_000);
    await insertReferral(db, { urgent: true, createdAt: hours(3) });
    await insertReferral(db, { urgent: true, createdAt: hours(1) });
    await insertReferral(db, { urgent: true, createdAt: hours(30), status: "IN_REVIEW" });
    await insertReferral(db, { urgent: false, createdAt: hours(50) });

    const { families } = await scrape();
    expect(sample(families, "ipt_urgent_untriaged_referrals")).toBe(2);
    const oldest = sample(families, "ipt_urgent_untriaged_oldest_age_seconds");
    expect(oldest).toBeGreaterThanOrEqual(3 * 3600);
    expect(oldest).toBeLessThan(3 * 3600 + 60);
  });

  it("includes the request counter", async () => {
    const { answer } = await scrape();
    expect(answer.body).toContain("# TYPE ipt_http_requests_total counter");
  });
});
