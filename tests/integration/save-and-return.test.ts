import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SENSITIVE_WORDS } from "../../lib/config/service-schema";
import { loadDraft } from "../../lib/referrals/drafts";
import { getJourney } from "../../lib/referrals/journeys/registry";
import { RETURN_LINK_SUBJECT } from "../../lib/referrals/return-link-email";
import { restoreDraft, returnLinkState, saveForLater } from "../../lib/referrals/return-links";
import { deleteExpiredDrafts } from "../../lib/referrals/drafts";
import { emailSettings, startNotificationRig, type NotificationRig } from "../helpers/notification-rig";
import { SAVE_FOR_LATER_FIELD } from "../../lib/forms/read-form";
import { resumePath } from "../../lib/referrals/resume-path";
import { submitStep } from "../../lib/referrals/submit-step";
import { toFormData } from "../helpers/journey-answers";
import { fillJourney } from "../helpers/submit-journey";

// "Save and come back later" (issue 17, H05): a single-use link, emailed through the queue, that
// restores exactly the saved answers on another device, once, for 7 days.
const SECRET = "save-and-return-test-secret-0123456789ab";
const DAY = 86_400_000;
let rig: NotificationRig;

beforeAll(async () => {
  rig = await startNotificationRig({ secret: SECRET });
  await rig.startWorker();
});
afterAll(async () => {
  await rig.stop();
});

const parent = getJourney("parent-carer")!;
const mailTo = async (address: string) => {
  await expect
    .poll(() => rig.sink.messages.filter((m) => JSON.stringify(m.to).includes(address)).length, { timeout: 30_000 })
    .toBeGreaterThanOrEqual(1);
  return rig.sink.messages.filter((m) => JSON.stringify(m.to).includes(address)).at(-1)!;
};
const tokenIn = (text: string | undefined) => /\/continue\/([A-Za-z0-9_-]{43})/.exec(text ?? "")?.[1] ?? "";
const savedDraft = async () => {
  const { token } = await fillJourney(rig.deps, "parent-carer");
  const draft = (await loadDraft(token, parent, rig.deps.db))!;
  return { token, draft };
};
const jobsFor = async (linkIds: string[]) => {
  const rows = await rig.database
    .db()
    .$queryRawUnsafe<{ n: bigint }[]>(
      `SELECT count(*) AS n FROM pgboss.job WHERE name = 'draft-return-link' AND data->>'linkId' = ANY($1::text[])`,
      linkIds,
    );
  return Number(rows[0]!.n);
};

describe("save and come back later", () => {
  it("the link restores exactly the saved answers on another device, once, and then fails", async () => {
    const db = rig.database.db();
    const { token, draft } = await savedDraft();
    const saved = await saveForLater(db, rig.deps.boss, token, parent, "carry.on@example.net");
    expect(saved.ok).toBe(true);
    const link = tokenIn((await mailTo("carry.on@example.net")).text);
    expect(link).toHaveLength(43);
    expect(await returnLinkState(db, link)).toMatchObject({ state: "open", journey: "PARENT_CARER" });
    expect(JSON.stringify(await db.draftReturnLink.findMany()), "only the token's hash is kept").not.toContain(link);

    const restored = await restoreDraft(db, link);
    expect(restored).toMatchObject({ journey: "PARENT_CARER" });
    const elsewhere = await loadDraft(restored!.draftToken, parent, db);
    expect(elsewhere?.answers).toEqual(draft.answers);
    expect(elsewhere?.idempotencyKey).toBe(draft.idempotencyKey);
    expect(await loadDraft(token, parent, db), "the device it was saved on no longer opens it").toBeNull();

    expect(await restoreDraft(db, link)).toBeNull();
    expect(await returnLinkState(db, link)).toEqual({ state: "used" });
    // The worker forgets the address just after the mail server's answer, which can come a moment
    // after the email reaches the test's mail server.
    const email = async () => (await db.draftReturnLink.findFirstOrThrow({ where: { draftId: draft.id } })).email;
    await expect.poll(email, { message: "the address is not kept once the email is sent" }).toBeNull();
  });

  it("brings a page saved half-typed to the other device exactly as typed, and opens it first", async () => {
    const db = rig.database.db();
    const { token } = await savedDraft();
    const typed = { whatIsHappening: "Not sleeping since", [SAVE_FOR_LATER_FIELD]: "1" };
    const step = { journey: parent, stepId: "concerns", draftToken: token, client: "127.0.0.1", returnToCheck: false };
    expect(await submitStep({ ...step, form: toFormData(typed) }, rig.deps)).toMatchObject({
      redirect: "/refer/parent-carer/save?from=%2Frefer%2Fparent-carer%2Fconcerns",
    });
    expect((await saveForLater(db, rig.deps.boss, token, parent, "half.typed@example.net")).ok).toBe(true);
    const restored = await restoreDraft(db, tokenIn((await mailTo("half.typed@example.net")).text));
    const elsewhere = (await loadDraft(restored!.draftToken, parent, db))!;
    expect(elsewhere.typedPage).toEqual({
      step: "concerns",
      values: { whatIsHappening: "Not sleeping since", relationships: [] },
    });
    expect(resumePath(parent, elsewhere.answers, elsewhere.typedPage?.step)).toBe("/refer/parent-carer/concerns");
  });

  it("keeps the saved draft for 7 days, not 30 minutes, and the link stops working after 7 days", async () => {
    const db = rig.database.db();
    const { token, draft } = await savedDraft();
    const now = new Date();
    await saveForLater(db, rig.deps.boss, token, parent, "seven.days@example.net", now);
    const link = tokenIn((await mailTo("seven.days@example.net")).text);
    const kept = await db.referralDraft.findUniqueOrThrow({ where: { id: draft.id } });
    expect(kept.expiresAt.getTime()).toBe(now.getTime() + 7 * DAY);

    const later = new Date(now.getTime() + 7 * DAY + 1000);
    expect(await returnLinkState(db, link, later)).toEqual({ state: "expired" });
    expect(await restoreDraft(db, link, later)).toBeNull();
    const justBefore = new Date(now.getTime() + 7 * DAY - 60_000);
    expect(await returnLinkState(db, link, justBefore)).toMatchObject({ state: "open" });
  });

  it("a new link makes the old one useless", async () => {
    const db = rig.database.db();
    const { token } = await savedDraft();
    await saveForLater(db, rig.deps.boss, token, parent, "first.link@example.net");
    const first = tokenIn((await mailTo("first.link@example.net")).text);
    await saveForLater(db, rig.deps.boss, token, parent, "second.link@example.net");
    const second = tokenIn((await mailTo("second.link@example.net")).text);
    expect(second).not.toBe(first);
    expect(await restoreDraft(db, first)).toBeNull();
    expect(await restoreDraft(db, second)).not.toBeNull();
  });

  it("queues the email in the same transaction as the link: a failure after saving leaves no link and no job", async () => {
    const db = rig.database.db();
    const { token, draft } = await savedDraft();
    const before = await db.referralDraft.findUniqueOrThrow({ where: { id: draft.id } });
    const queued: string[] = [];
    const failingAfterSend = {
      send: async (...args: Parameters<typeof rig.deps.boss.send>) => {
        const id = await rig.deps.boss.send(...args);
        queued.push((args[1] as { linkId: string }).linkId);
        expect(id).toBeTruthy();
        throw new Error("the transaction fails after the job was written");
      },
    } as unknown as typeof rig.deps.boss;
    await expect(saveForLater(db, failingAfterSend, token, parent, "rolled.back@example.net")).rejects.toThrow(
      /fails after/,
    );
    expect(queued).toHaveLength(1);
    expect(await jobsFor(queued)).toBe(0);
    expect(await db.draftReturnLink.count({ where: { draftId: draft.id } })).toBe(0);
    const after = await db.referralDraft.findUniqueOrThrow({ where: { id: draft.id } });
    expect(after.expiresAt).toEqual(before.expiresAt);

    const saved = await saveForLater(db, rig.deps.boss, token, parent, "rolled.back@example.net");
    expect(saved.ok).toBe(true);
    const link = await db.draftReturnLink.findFirstOrThrow({ where: { draftId: draft.id } });
    expect(await jobsFor([link.id])).toBe(1);
  });

  it("retries the email like the others for half as many attempts, then dead-letters it while the link still works", async () => {
    const queue = await rig.deps.boss.getQueue("draft-return-link");
    const notification = await rig.deps.boss.getQueue("referral-notification");
    expect(notification?.deadLetter).toBe("email-dead-letter");
    // Out of retries it is listed at /admin/emails with the refused links, not with referrals'
    // emails (tests/integration/admin/save-links-out-of-retries.test.ts).
    expect(queue).toMatchObject({
      retryLimit: Math.floor(notification!.retryLimit! / 2),
      retryBackoff: true,
      deadLetter: "email-dead-letter",
    });
  });

  it("the email names only the service's neutral name and the link: no answers, no health words", async () => {
    const db = rig.database.db();
    const { token, draft } = await savedDraft();
    await saveForLater(db, rig.deps.boss, token, parent, "shared.inbox@example.net");
    const mail = await mailTo("shared.inbox@example.net");
    expect(mail.subject).toBe(RETURN_LINK_SUBJECT);
    // The service's own web address is the deployer's choice; everything else is ours.
    const words = `${mail.subject} ${mail.from?.value[0]?.name}\n${mail.text}\n${mail.html}`.replaceAll(
      emailSettings.appUrl,
      "",
    );
    for (const word of [SENSITIVE_WORDS, /mental/i, /therap/i, /referr/i, /IPT/, /psych/i, /counsel/i])
      expect(words).not.toMatch(word);
    expect(mail.text).toMatch(/\/continue\/[A-Za-z0-9_-]{43}/);
    const typed = Object.values(draft.answers)
      .flatMap((page) => Object.values(page as Record<string, unknown>))
      .filter((v): v is string => typeof v === "string" && v.length > 3);
    expect(typed.length).toBeGreaterThan(3);
    for (const answer of typed) expect(`${mail.text}\n${mail.html}`).not.toContain(answer);
  });

  it("a saved draft and its link are deleted after 7 days", async () => {
    const db = rig.database.db();
    const { token, draft } = await savedDraft();
    await saveForLater(db, rig.deps.boss, token, parent, "deleted.later@example.net", new Date(Date.now() - 8 * DAY));
    expect(await deleteExpiredDrafts(db)).toBeGreaterThanOrEqual(1);
    expect(await db.referralDraft.findUnique({ where: { id: draft.id } })).toBeNull();
    expect(await db.draftReturnLink.count({ where: { draftId: draft.id } })).toBe(0);
  });

  it("refuses to save a draft that is gone or belongs to another form, and never throws on a bad link", async () => {
    const db = rig.database.db();
    const { token } = await savedDraft();
    expect(await saveForLater(db, rig.deps.boss, token, getJourney("adult")!, "x@example.net")).toEqual({ ok: false });
    expect(await saveForLater(db, rig.deps.boss, "not-a-token", parent, "x@example.net")).toEqual({ ok: false });
    for (const bad of [undefined, "", "a".repeat(43), "../../etc/passwd", 42])
      expect(await restoreDraft(db, bad)).toBeNull();
  });
});
