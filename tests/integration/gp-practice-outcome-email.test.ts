import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { PgBoss } from "pg-boss";
import { getDb } from "@/lib/db";
import { installJobs } from "@/lib/jobs/boss";
import { GP_OUTCOME_QUEUE } from "@/lib/jobs/queues";
import { startWorker, type RunningWorker } from "@/lib/jobs/worker";
import { createMailer, type Mailer } from "@/lib/mail/transport";
import { createWorkerHandlers } from "@/lib/jobs/worker-handlers";
import { generateReference } from "@/lib/referrals/reference";
import { addNote, changeStatus } from "@/lib/triage/changes";
import { listEmailsNotSent, resendEmails } from "@/lib/triage/emails-not-sent";
import { viewReferral } from "@/lib/triage/referral";
import { testWorkerSettings } from "../helpers/notification-rig";
import { insertReferral } from "../helpers/referral-factory";
import { startSmtpSink, type SmtpSink } from "../helpers/smtp-sink";
import { contextFor, createTestStaff, signInAs } from "../helpers/staff";
import { setUpStaffDatabase } from "../helpers/staff-test-env";
import type { TestDatabase } from "../helpers/test-database";
import { jobsForReferral } from "../helpers/queued-jobs";
import { testQueueClient } from "../helpers/queue-client";
import { withoutRandomIds } from "../helpers/without-random-ids";

vi.mock("next/headers", () => import("../helpers/next-headers-mock"));

// Issue 17: "the professional (and, if the person agreed to it, their GP practice's address) gets an
// email". The professional journey's "where" page asks both; the copy goes only after a "Yes".
let database: TestDatabase;
let sink: SmtpSink;
let mailer: Mailer;
let boss: PgBoss;
let worker: RunningWorker;

beforeAll(async () => {
  database = await setUpStaffDatabase();
  await installJobs(database.url, { delaySeconds: 1, maxDelaySeconds: 2, limit: 50 });
  sink = await startSmtpSink();
  mailer = createMailer({
    SMTP_URL: sink.url,
    MAIL_FROM: "IPT referrals <referrals@example.org>",
    DATA_DIR: ".data/test",
    SMTP_TIMEOUT_SECONDS: 1,
    SMTP_REPLY_TIMEOUT_SECONDS: 1,
    SMTP_ALLOW_PLAINTEXT: true,
  });
  boss = testQueueClient(database.url);
  await boss.start();
  worker = await startWorker(database.url, createWorkerHandlers(getDb(), mailer, testWorkerSettings()), {
    pollingIntervalSeconds: 0.5,
  });
  await signInAs(await createTestStaff("TRIAGER"));
});
afterAll(async () => {
  await worker.stop();
  await boss.stop({ graceful: false });
  mailer.close();
  await sink.stop();
  await database.drop();
});

const NOTE = "Spoke to the school nurse about sleep";
const PERSONAL = [
  "Robin",
  "Hartley",
  "943 476 5919",
  "9434765919",
  "2010",
  "Withdrawn at school",
  "Example Street Surgery",
  "Clinical reason",
  "written to the family",
  NOTE,
];

// A GP's referral as the professional journey stores it, with the where page's two new answers.
const referral = (where: Record<string, unknown>) =>
  insertReferral(getDb(), {
    reference: generateReference(),
    journey: "PROFESSIONAL",
    status: "IN_REVIEW",
    programme: "ipt-a",
    givenName: "Robin",
    familyName: "Hartley",
    dateOfBirth: new Date("2010-02-14"),
    nhsNumber: "9434765919",
    answers: {
      referrer: { name: "Dr Jones", workEmail: `referrer.${generateReference()}@example.net` },
      where: { gpPractice: "Example Street Surgery", noFixedAddress: [], ...where },
      concerns: { whatIsHappening: "Withdrawn at school since the summer.", relationships: [] },
    },
  });

const decide = async (id: string) =>
  changeStatus(
    getDb(),
    await contextFor("referral:update"),
    id,
    {
      from: "IN_REVIEW",
      to: "ACCEPTED",
      reason: "Clinical reason for the team only",
      sharedText: "We have written to the family with next steps.",
      shareWithPerson: true,
    },
    async () => boss,
  );

const gpJobs = (referralId: string) => jobsForReferral(database.db(), GP_OUTCOME_QUEUE, referralId);

const mailTo = (address: string) => sink.messages.filter((m) => JSON.stringify(m.to).includes(address));
const stored = (id: string) => getDb().referral.findUniqueOrThrow({ where: { id } });

describe("the outcome email's copy to the person's GP practice", () => {
  it("goes to the practice when the person agreed, with the reference, stage and outcome words only, and the referral page says it was sent", async () => {
    const practice = "practice.agreed@nhs.net";
    const r = await referral({ gpMayHearOutcome: "yes", gpPracticeEmail: practice });
    expect(await addNote(getDb(), await contextFor("referral:update"), r.id, NOTE)).toEqual({ ok: true });
    expect(await decide(r.id)).toEqual({ ok: true });
    await expect.poll(() => mailTo(practice).length, { timeout: 20_000 }).toBe(1);
    const mail = mailTo(practice)[0]!;
    expect(mail.subject).toBe(`Outcome of referral ${r.reference}`);
    expect(mail.text).toContain(`Reference: ${r.reference}`);
    expect(mail.text).toContain("Stage: We have contacted you");
    expect(mail.text).toContain("Outcome: Accepted into IPT for young people (IPT-A)");
    for (const personal of PERSONAL) expect(withoutRandomIds(`${mail.text}${mail.html}`)).not.toContain(personal);
    // The professional's own email goes too, separately, and shows no name, answer or note either.
    await expect.poll(async () => (await stored(r.id)).outcomeEmailedAt, { timeout: 20_000 }).not.toBeNull();
    const both = sink.messages.filter((m) => m.subject === `Outcome of referral ${r.reference}`);
    expect(both).toHaveLength(2);
    for (const m of both)
      for (const personal of PERSONAL) expect(withoutRandomIds(`${m.text}${m.html}`)).not.toContain(personal);
    await expect.poll(async () => (await stored(r.id)).gpOutcomeEmailedAt, { timeout: 10_000 }).not.toBeNull();
    const shown = await viewReferral(getDb(), await contextFor("referral:view"), r.id);
    expect(shown!.timeline.map((e) => e.what)).toEqual(
      expect.arrayContaining([
        "Outcome email sent to the professional who referred",
        "Outcome email sent to the GP practice",
      ]),
    );
    // Staff see both answers on the referral page, with the labels of check answers.
    expect(shown!.answerPages.flatMap((page) => page.rows).map((row) => [row.label, row.value])).toEqual(
      expect.arrayContaining([
        ["Does the person agree to us telling their GP practice the outcome?", "Yes, they agree"],
        ["GP practice email address", practice],
      ]),
    );
    const audit = await getDb().auditEvent.findFirstOrThrow({
      where: { action: "referral.status_changed", target: r.id },
    });
    expect(audit.detail).toMatchObject({ emailQueued: true, gpEmailQueued: true });
    expect(JSON.stringify(audit.detail)).not.toContain(practice);
  });

  it.each([
    ["the person did not agree", { gpMayHearOutcome: "no", gpPracticeEmail: "practice.no@nhs.net" }],
    ["the question was not answered", { gpPracticeEmail: "practice.unanswered@nhs.net" }],
    ["no address was given", { gpMayHearOutcome: "yes", gpPracticeEmail: "" }],
  ])("is not queued or sent when %s; the professional's email still goes", async (_, where) => {
    const r = await referral(where);
    expect(await decide(r.id)).toEqual({ ok: true });
    await expect.poll(async () => (await stored(r.id)).outcomeEmailedAt, { timeout: 20_000 }).not.toBeNull();
    expect(await gpJobs(r.id)).toBe(0);
    const typed = (where as { gpPracticeEmail?: string }).gpPracticeEmail;
    if (typed) expect(mailTo(typed)).toHaveLength(0);
    expect((await stored(r.id)).gpOutcomeEmailedAt).toBeNull();
  });

  it("is queued in the same transaction as the change: a failure after the change leaves no job", async () => {
    const r = await referral({ gpMayHearOutcome: "yes", gpPracticeEmail: "practice.rollback@nhs.net" });
    await database.db().$executeRawUnsafe(`
      CREATE FUNCTION refuse_gp_audit() RETURNS trigger AS $$
      BEGIN RAISE EXCEPTION 'audit refused for the test'; END $$ LANGUAGE plpgsql;
      CREATE TRIGGER refuse_gp_audit BEFORE INSERT ON audit_event FOR EACH ROW
        WHEN (NEW.action = 'referral.status_changed') EXECUTE FUNCTION refuse_gp_audit();`);
    try {
      await expect(decide(r.id)).rejects.toThrow(/audit refused/);
      expect(await gpJobs(r.id)).toBe(0);
    } finally {
      await database.db().$executeRawUnsafe(`DROP TRIGGER refuse_gp_audit ON audit_event`);
    }
    expect(await decide(r.id)).toEqual({ ok: true });
    expect(await gpJobs(r.id)).toBe(1);
  });

  it("when refused by the mail server, marks only the outcome emails, waits for staff, and goes when sent again", async () => {
    const practice = "practice.refused@nhs.net";
    const r = await referral({ gpMayHearOutcome: "yes", gpPracticeEmail: practice });
    await getDb().referral.update({ where: { id: r.id }, data: { notifiedAt: new Date() } });
    sink.setMode("reject550");
    try {
      expect(await decide(r.id)).toEqual({ ok: true });
      await vi.waitFor(
        async () =>
          expect((await listEmailsNotSent(getDb())).find((row) => row.referralId === r.id)).toMatchObject({
            unsent: ["outcome", "gpOutcome"],
            inDeadLetter: true,
            refusedAt: expect.any(Date),
          }),
        { timeout: 20_000, interval: 250 },
      );
    } finally {
      sink.setMode("accept");
    }
    const marks = await stored(r.id);
    expect(marks.gpOutcomeRefusedAt).not.toBeNull();
    expect(marks.outcomeRefusedAt).not.toBeNull();
    expect(marks.emailRefusedAt, "the team's and the person's emails are not refused").toBeNull();
    expect(await resendEmails(getDb(), boss, await contextFor("referral:update"), r.id)).toEqual({ queued: 2 });
    await expect.poll(() => mailTo(practice).length, { timeout: 20_000 }).toBe(1);
    await expect.poll(async () => (await stored(r.id)).gpOutcomeRefusedAt, { timeout: 10_000 }).toBeNull();
  });
});
