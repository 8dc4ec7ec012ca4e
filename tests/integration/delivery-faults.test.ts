import type { ParsedMail } from "mailparser";
import { afterAll, beforeAll, describe, expect, it, onTestFinished, vi } from "vitest";
import type { SinkMode } from "../helpers/smtp-sink";
import { startNotificationRig, type NotificationRig } from "../helpers/notification-rig";
import { sendJourney } from "../helpers/submit-journey";

// Each fault runs against a real SMTP server (smtp-server) and the real worker, and the outcome is
// counted from what the server received. The client waits up to 4 s for the reply after the message
// body (the production default is RFC 5321's 10 minutes), so a relay answering after 2.5 s is "slow",
// not "dead", and receives exactly one copy.
const REPLY_TIMEOUT_SECONDS = 4;
const PER_FAULT = 3;

let rig: NotificationRig;
beforeAll(async () => {
  rig = await startNotificationRig({ replyTimeoutSeconds: REPLY_TIMEOUT_SECONDS });
});
afterAll(async () => {
  console.table(table);
  await rig.stop();
});

interface Row {
  fault: string;
  submitted: number;
  saved: number;
  /** Referrals whose notification the server answered with 250. */
  emailed: number;
  /** Copies of one Message-ID beyond the first that do not say "(repeat)": must be 0. */
  unmarkedDuplicates: number;
  /** Answered copies that say "(repeat)" in the subject (same Message-ID as the first). */
  markedRepeats: number;
  /** Whole messages the server took but never answered: a relay might deliver them. */
  abandonedCopies: number;
  refused: number;
}
const table: Row[] = [];

const db = () => rig.database.db();
const ofReferences = (mails: ParsedMail[], references: string[]) =>
  mails.filter((m) => references.some((r) => m.messageId?.includes(`-${r}@`)));

function count(fault: string, references: string[], savedCount: number, refused: number): Row {
  const answered = ofReferences(rig.sink.messages, references);
  const abandoned = ofReferences(rig.sink.abandoned, references);
  const isRepeat = (m: ParsedMail) => Boolean(m.subject?.startsWith("(repeat) "));
  // Every copy the server took in full, answered or not, grouped by Message-ID: more than one copy
  // without "(repeat)" is a duplicate a person could not tell apart.
  const unmarkedById = new Map<string, number>();
  for (const mail of [...answered, ...abandoned].filter((m) => !isRepeat(m)))
    unmarkedById.set(mail.messageId!, (unmarkedById.get(mail.messageId!) ?? 0) + 1);
  const unmarkedDuplicates = [...unmarkedById.values()].reduce((sum, n) => sum + Math.max(0, n - 1), 0);
  const emailed = references.filter((r) => answered.some((m) => m.messageId?.startsWith(`<referral-${r}@`))).length;
  return {
    fault,
    submitted: references.length,
    saved: savedCount,
    emailed,
    unmarkedDuplicates,
    markedRepeats: answered.filter(isRepeat).length,
    abandonedCopies: abandoned.length,
    refused,
  };
}

async function submitDuring(mode: SinkMode, slowMs?: number) {
  rig.sink.setMode(mode, { slowMs });
  const references: string[] = [];
  for (let i = 0; i < PER_FAULT; i++) references.push(await sendJourney(rig.deps, "adult"));
  const saved = await db().referral.count({ where: { reference: { in: references } } });
  return { references, saved };
}

const allNotified = async (references: string[]) =>
  (await db().referral.count({
    where: { reference: { in: references }, notifiedAt: { not: null }, acknowledgedAt: { not: null } },
  })) === references.length;

/** Submits during the fault, lets the worker try for a while, then lets the server recover. */
async function faultThenRecovery(fault: string, mode: SinkMode, attemptsBeforeRecovery: number) {
  const before = rig.sink.attempts;
  const worker = await rig.startWorker();
  const { references, saved } = await submitDuring(mode);
  await rig.sink.waitForAttempts(before + attemptsBeforeRecovery, 60_000);
  rig.sink.setMode("accept");
  await expect.poll(() => allNotified(references), { timeout: 60_000 }).toBe(true);
  await worker.stop();
  const row = count(fault, references, saved, 0);
  table.push(row);
  return row;
}

describe("delivery under mail-server faults (measured)", () => {
  it("421 refusals: every referral saved, one email each after recovery, one log line per failed attempt", async () => {
    const lines: string[] = [];
    const spy = vi
      .spyOn(process.stdout, "write")
      .mockImplementation((chunk: string | Uint8Array) => (lines.push(String(chunk)), true));
    let row: Row;
    try {
      row = await faultThenRecovery("SMTP 421 on connect", "refuse", PER_FAULT * 2);
    } finally {
      spy.mockRestore();
    }
    expect(row).toMatchObject({
      submitted: PER_FAULT,
      saved: PER_FAULT,
      emailed: PER_FAULT,
      unmarkedDuplicates: 0,
      markedRepeats: 0,
      abandonedCopies: 0,
    });
    const failed = lines.filter((l) => l.includes('"outcome":"failed"'));
    expect(failed.length).toBeGreaterThanOrEqual(PER_FAULT);
    for (const line of failed)
      expect(JSON.parse(line)).toMatchObject({
        event: "email",
        smtpCode: 421,
        accepted: "no",
        reference: expect.any(String),
        attempt: expect.any(Number),
      });
    // Each email's failed attempts are numbered from 1, as whoever reads the log counts them.
    const attempts = new Map<string, number[]>();
    for (const { reference, kind, attempt } of failed.map((l) => JSON.parse(l)))
      attempts.set(`${reference} ${kind}`, [...(attempts.get(`${reference} ${kind}`) ?? []), attempt]);
    for (const numbers of attempts.values()) expect(numbers).toEqual(numbers.map((_, i) => i + 1));
  });

  it("no greeting: the greeting timeout ends each attempt, nothing was sent, so no repeat is marked", async () => {
    const row = await faultThenRecovery("server silent on connect", "no-greeting", PER_FAULT);
    expect(row).toMatchObject({
      saved: PER_FAULT,
      emailed: PER_FAULT,
      unmarkedDuplicates: 0,
      markedRepeats: 0,
      abandonedCopies: 0,
    });
  });

  it("silent after the message body: the retry is a marked (repeat) with the same Message-ID, never a silent copy", async () => {
    const row = await faultThenRecovery("server silent after DATA", "hang", PER_FAULT);
    expect(row).toMatchObject({ saved: PER_FAULT, emailed: PER_FAULT, unmarkedDuplicates: 0 });
    expect(row.abandonedCopies).toBeGreaterThanOrEqual(1);
    expect(row.markedRepeats).toBe(row.abandonedCopies);
    // Every answered copy of a message the server had already taken in full says it is a repeat.
    const repeated = rig.sink.messages.filter((m) => m.subject?.startsWith("(repeat) "));
    expect(repeated.length).toBeGreaterThanOrEqual(1);
    for (const mail of repeated) expect(rig.sink.abandoned.some((a) => a.messageId === mail.messageId)).toBe(true);
  });

  it("a slow relay (250 after 2.5 s) gets exactly one copy of each email: the reply timeout outlasts it", async () => {
    const worker = await rig.startWorker();
    const { references, saved } = await submitDuring("slow", 2_500);
    await expect.poll(() => allNotified(references), { timeout: 60_000 }).toBe(true);
    await worker.stop();
    const row = count("relay answers after 2.5 s", references, saved, 0);
    table.push(row);
    expect(row).toMatchObject({
      saved: PER_FAULT,
      emailed: PER_FAULT,
      unmarkedDuplicates: 0,
      markedRepeats: 0,
      abandonedCopies: 0,
    });
    rig.sink.setMode("accept");
  });

  it("550 permanent refusal: not retried, referral marked email refused at once, job in the dead-letter queue", async () => {
    const lines: string[] = [];
    const spy = vi
      .spyOn(process.stdout, "write")
      .mockImplementation((chunk: string | Uint8Array) => (lines.push(String(chunk)), true));
    onTestFinished(() => spy.mockRestore());
    const worker = await rig.startWorker();
    const before = rig.sink.attempts;
    const { references, saved } = await submitDuring("reject550");
    const refused = () =>
      db().referral.count({ where: { reference: { in: references }, emailRefusedAt: { not: null } } });
    await expect.poll(refused, { timeout: 30_000 }).toBe(PER_FAULT);
    const ids = (await db().referral.findMany({ where: { reference: { in: references } }, select: { id: true } })).map(
      (r) => r.id,
    );
    const deadLetters = async () =>
      Number(
        (
          await db().$queryRawUnsafe<{ n: bigint }[]>(
            `SELECT count(*) AS n FROM pgboss.job WHERE name = 'email-dead-letter' AND data->>'referralId' = ANY($1::text[])`,
            ids,
          )
        )[0]!.n,
      );
    // Notification and acknowledgement each refused once, each moved to the dead letter.
    await expect.poll(deadLetters, { timeout: 30_000 }).toBe(PER_FAULT * 2);
    spy.mockRestore();
    // Staff's list of emails not sent shows which email and the mail server's code; the log says why.
    const letters = await db().$queryRawUnsafe<{ data: Record<string, unknown> }[]>(
      `SELECT data FROM pgboss.job WHERE name = 'email-dead-letter' AND data->>'referralId' = ANY($1::text[])`,
      ids,
    );
    for (const { data } of letters)
      expect(data).toEqual({
        referralId: expect.any(String),
        queue: expect.stringMatching(/^referral-(notification|acknowledgement)$/),
        smtpCode: 550,
      });
    const refusals = lines
      .filter((l) => l.includes('"event":"email"'))
      .map((l) => JSON.parse(l))
      .filter((line) => references.includes(line.reference));
    expect(refusals).toHaveLength(PER_FAULT * 2);
    for (const line of refusals) expect(line).toMatchObject({ outcome: "refused", smtpCode: 550, attempt: 1 });
    const deadLettered = lines.filter((l) => l.includes('"event":"job.dead-letter"')).map((l) => JSON.parse(l));
    expect(deadLettered).toHaveLength(PER_FAULT * 2);
    for (const line of deadLettered)
      expect(line).toMatchObject({ level: "error", reason: "the mail server refused the email permanently (550)" });
    const attemptsAfterRefusal = rig.sink.attempts;
    await new Promise((resolve) => setTimeout(resolve, 4_000)); // longer than the rig's retry delay
    expect(rig.sink.attempts).toBe(attemptsAfterRefusal);
    expect(attemptsAfterRefusal - before).toBe(PER_FAULT * 2);
    await worker.stop();
    const row = count("SMTP 550 on RCPT", references, saved, await refused());
    table.push(row);
    expect(row).toMatchObject({ saved: PER_FAULT, emailed: 0, unmarkedDuplicates: 0, refused: PER_FAULT });
    rig.sink.setMode("accept");
  });
});
