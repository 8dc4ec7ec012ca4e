import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { PgBoss } from "pg-boss";
import { getDb } from "@/lib/db";
import { installJobs } from "@/lib/jobs/boss";
import { OUTCOME_QUEUE } from "@/lib/jobs/queues";
import { startWorker, type RunningWorker } from "@/lib/jobs/worker";
import { createMailer, type Mailer } from "@/lib/mail/transport";
import { createWorkerHandlers } from "@/lib/jobs/worker-handlers";
import { outcomeHandler } from "@/lib/referrals/outcome-job";
import type { OutcomeEmailSettings } from "@/lib/referrals/outcome-email";
import { generateReference } from "@/lib/referrals/reference";
import { changeStatus } from "@/lib/triage/changes";
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

let database: TestDatabase;
let sink: SmtpSink;
let mailer: Mailer;
let boss: PgBoss;
let worker: RunningWorker;
const plain: OutcomeEmailSettings = { domain: "example.org", includeDetails: false, secureDomains: ["nhs.net"] };

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
  worker = await startWorker(
    database.url,
    createWorkerHandlers(getDb(), mailer, testWorkerSettings({ secureDomains: plain.secureDomains })),
    { pollingIntervalSeconds: 0.5 },
  );
  await signInAs(await createTestStaff("TRIAGER"));
});
afterAll(async () => {
  await worker.stop();
  await boss.stop({ graceful: false });
  mailer.close();
  await sink.stop();
  await database.drop();
});

// A GP's referral as the professional journey stores it: the work email is where the outcome goes.
const gpReferral = (workEmail: string) =>
  insertReferral(getDb(), {
    reference: generateReference(),
    journey: "PROFESSIONAL",
    status: "IN_REVIEW",
    programme: "ipt-a",
    givenName: "Robin",
    familyName: "Hartley",
    dateOfBirth: new Date("2010-02-14"),
    nhsNumber: "9434765919",
    answers: { referrer: { name: "Dr Jones", workEmail }, whatIsHappening: "Withdrawn at school since the summer." },
  });

const decide = async (id: string, to: "ACCEPTED" | "SIGNPOSTED" | "DECLINED", choice?: string) =>
  changeStatus(
    getDb(),
    await contextFor("referral:update"),
    id,
    {
      from: "IN_REVIEW",
      to,
      reason: "Clinical reason for the team only",
      outcomeWords: choice,
      sharedText: "We have written to the family with next steps.",
      shareWithPerson: true,
    },
    async () => boss,
  );

const jobsFor = (referralId: string) => jobsForReferral(database.db(), OUTCOME_QUEUE, referralId);

const PERSONAL = ["Robin", "Hartley", "943 476 5919", "9434765919", "2010", "Withdrawn at school", "Clinical reason"];

describe("the outcome email to the professional who referred", () => {
  it.each([
    ["ACCEPTED", undefined, "We have contacted you", "Accepted into IPT for young people (IPT-A)"],
    ["SIGNPOSTED", "SIGNPOSTED:0", "Closed", "Signposted to your GP practice"],
    ["DECLINED", "DECLINED:2", "Closed", "The person is outside the ages we see"],
  ] as const)(
    "for %s says the reference, the stage and the words only, and the referral page says it was sent",
    async (to, choice, stage, words) => {
      const to_ = `gp.${to.toLowerCase()}@example.net`;
      const referral = await gpReferral(to_);
      const before = sink.messages.length;
      expect(await decide(referral.id, to, choice)).toEqual({ ok: true });
      const [mail] = (await sink.waitForMessages(before + 1, 20_000)).filter((m) =>
        m.subject?.includes(referral.reference),
      );
      expect(mail!.to).toMatchObject({ value: [{ address: to_ }] });
      expect(mail!.subject).toBe(`Outcome of referral ${referral.reference}`);
      expect(mail!.text).toContain(`Reference: ${referral.reference}`);
      expect(mail!.text).toContain(`Stage: ${stage}`);
      expect(mail!.text).toContain(`Outcome: ${words}`);
      for (const personal of [...PERSONAL, "written to the family"]) {
        expect(withoutRandomIds(`${mail!.text}${mail!.html}`)).not.toContain(personal);
      }
      await vi.waitFor(
        async () =>
          expect(
            (await getDb().referral.findUniqueOrThrow({ where: { id: referral.id } })).outcomeEmailedAt,
          ).not.toBeNull(),
        { timeout: 10_000 },
      );
      // The referral page's timeline says it was sent, and what the person sees.
      const shown = await viewReferral(getDb(), await contextFor("referral:view"), referral.id);
      expect(shown!.timeline.map((e) => e.what)).toEqual(
        expect.arrayContaining([
          expect.stringContaining(`The person sees: “${words}”`),
          "Outcome email sent to the professional who referred",
        ]),
      );
    },
  );

  it.each(["ACCEPTED", "SIGNPOSTED", "DECLINED"] as const)(
    "for %s with MAIL_INCLUDE_DETAILS and an NHSmail address, is a letter with the person's details and the shared words",
    async (to) => {
      const referral = await gpReferral(`gp.${to.toLowerCase()}@nhs.net`);
      await getDb().statusChange.create({
        data: {
          referralId: referral.id,
          from: "IN_REVIEW",
          to,
          outcomeWords: `Words for ${to}`,
          sharedText: "We have written to the family with next steps.",
          sharedWithPerson: true,
          authorId: "staff",
        },
      });
      await getDb().referral.update({ where: { id: referral.id }, data: { status: to } });
      const before = sink.messages.length;
      await outcomeHandler(getDb(), mailer, { ...plain, includeDetails: true })(
        { referralId: referral.id },
        { queue: OUTCOME_QUEUE, retryCount: 0 },
      );
      const mail = (await sink.waitForMessages(before + 1)).at(-1)!;
      expect(mail.text).toContain("Dear colleague");
      expect(mail.text).toContain("Robin Hartley, born 14 February 2010, NHS number 943 476 5919");
      expect(mail.text).toContain(`Outcome: Words for ${to}.`);
      expect(mail.text).toContain("We have written to the family with next steps.");
      expect(mail.text).not.toContain("Withdrawn at school");
    },
  );

  it("keeps details out with MAIL_INCLUDE_DETAILS when the address is not on a secure domain", async () => {
    const referral = await gpReferral("gp@example.net");
    await getDb().statusChange.create({
      data: {
        referralId: referral.id,
        from: "IN_REVIEW",
        to: "DECLINED",
        outcomeWords: "Declined words",
        authorId: "x",
      },
    });
    await getDb().referral.update({ where: { id: referral.id }, data: { status: "DECLINED" } });
    const before = sink.messages.length;
    await outcomeHandler(getDb(), mailer, { ...plain, includeDetails: true })(
      { referralId: referral.id },
      { queue: OUTCOME_QUEUE, retryCount: 0 },
    );
    const mail = (await sink.waitForMessages(before + 1)).at(-1)!;
    expect(mail.text).toContain("Outcome: Declined words");
    for (const personal of PERSONAL) expect(withoutRandomIds(`${mail.text}${mail.html}`)).not.toContain(personal);
  });

  it("is not queued for a parent's referral", async () => {
    const referral = await insertReferral(getDb(), { reference: generateReference(), status: "IN_REVIEW" });
    expect(await decide(referral.id, "DECLINED", "DECLINED:0")).toEqual({ ok: true });
    expect(await jobsFor(referral.id)).toBe(0);
  });

  it("is queued in the same transaction as the change: a failure after the change leaves no job", async () => {
    const referral = await gpReferral("gp.rollback@example.net");
    // A real failure inside the transaction, after the job is queued: the audit write is refused.
    await database.db().$executeRawUnsafe(`
      CREATE FUNCTION refuse_status_audit() RETURNS trigger AS $$
      BEGIN RAISE EXCEPTION 'audit refused for the test'; END $$ LANGUAGE plpgsql;
      CREATE TRIGGER refuse_status_audit BEFORE INSERT ON audit_event FOR EACH ROW
        WHEN (NEW.action = 'referral.status_changed') EXECUTE FUNCTION refuse_status_audit();`);
    await expect(decide(referral.id, "DECLINED", "DECLINED:0")).rejects.toThrow(/audit refused/);
    expect(await jobsFor(referral.id)).toBe(0);
    const stored = await getDb().referral.findUniqueOrThrow({
      where: { id: referral.id },
      include: { statusChanges: true },
    });
    expect([stored.status, stored.statusChanges.length]).toEqual(["IN_REVIEW", 0]);
    await database.db().$executeRawUnsafe(`DROP TRIGGER refuse_status_audit ON audit_event`);
    expect(await decide(referral.id, "DECLINED", "DECLINED:0")).toEqual({ ok: true });
    expect(await jobsFor(referral.id)).toBe(1);
  });

  it("when the mail server refuses it, marks only the outcome email, waits for staff as an outcome email not sent, and goes when sent again", async () => {
    const referral = await gpReferral("gp.refused@example.net");
    // The team's own email went long ago; only the outcome email is waiting.
    await getDb().referral.update({ where: { id: referral.id }, data: { notifiedAt: new Date() } });
    sink.setMode("reject550");
    try {
      expect(await decide(referral.id, "DECLINED", "DECLINED:0")).toEqual({ ok: true });
      await vi.waitFor(
        async () =>
          expect((await listEmailsNotSent(getDb())).find((r) => r.referralId === referral.id)).toMatchObject({
            unsent: ["outcome"],
            inDeadLetter: true,
          }),
        { timeout: 20_000, interval: 250 },
      );
    } finally {
      sink.setMode("accept");
    }
    // The refusal is the outcome email's own: the shared mark the team's and the person's emails are
    // judged by (the overdue sweep, the referral page's "email refused") stays clear.
    const marks = await getDb().referral.findUniqueOrThrow({ where: { id: referral.id } });
    expect([marks.emailRefusedAt, marks.outcomeRefusedAt !== null]).toEqual([null, true]);
    const shown = await viewReferral(getDb(), await contextFor("referral:view"), referral.id);
    const said = shown!.timeline.map((e) => e.what);
    expect(said).toContain("The outcome email to the professional was refused by the mail server");
    expect(said).not.toContain("An email about this referral was refused by the mail server");
    const before = sink.messages.length;
    expect(await resendEmails(getDb(), boss, await contextFor("referral:update"), referral.id)).toEqual({ queued: 1 });
    const mails = await sink.waitForMessages(before + 1, 20_000);
    expect(mails.some((m) => m.subject === `Outcome of referral ${referral.reference}`)).toBe(true);
  });
});
