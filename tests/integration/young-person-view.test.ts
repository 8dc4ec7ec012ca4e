import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anonymiseExpiredReferrals } from "../../lib/triage/retention";
import { expireUnusedLinks, freshLinkForStaff, linkState, offerLink, submitView } from "../../lib/young-person/links";
import type { YoungPersonAnswers } from "../../lib/young-person/view-form";
import { startNotificationRig, type NotificationRig } from "../helpers/notification-rig";
import { insertReferral } from "../helpers/referral-factory";

const SECRET = "young-person-link-test-secret-0123456789";
const DAY = 86_400_000;
let rig: NotificationRig;

beforeAll(async () => {
  rig = await startNotificationRig({ secret: SECRET });
  await rig.startWorker();
});
afterAll(async () => {
  await rig.stop();
});

const calm: YoungPersonAnswers = {
  ownView: "I feel rubbish most days and I want someone to talk to who is not my mum.",
  agrees: "yes",
  helpWith: "Sleeping and school",
  contactWho: "me",
  contactHow: ["text"],
  selfHarmThoughts: "no",
};

const invitationTo = async (address: string) => {
  await expect
    .poll(() => rig.sink.messages.filter((m) => JSON.stringify(m.to).includes(address)).length, { timeout: 30_000 })
    .toBe(1);
  return rig.sink.messages.find((m) => JSON.stringify(m.to).includes(address))!;
};
const tokenIn = (text: string | undefined) => /\/your-view\/([A-Za-z0-9_-]{43})/.exec(text ?? "")?.[1] ?? "";

describe("the young person's private link", () => {
  it("adds the young person's view to the referral it was made for, and to no other, once", async () => {
    const db = rig.database.db();
    const mine = await insertReferral(db);
    const other = await insertReferral(db);
    expect(await offerLink(db, rig.deps.boss, mine.id, { email: "sam.own@example.net" })).toBe("sent");
    const token = tokenIn((await invitationTo("sam.own@example.net")).text);
    expect(token).toHaveLength(43);
    expect(await linkState(db, token)).toBe("open");

    const first = await submitView(db, rig.deps.boss, token, calm);
    expect(first).toMatchObject({ ok: true, reference: mine.reference });
    const saved = await db.youngPersonView.findUniqueOrThrow({ where: { referralId: mine.id } });
    expect(saved.answers).toEqual(calm);
    expect(saved.answeredAt).not.toBeNull();
    expect(await db.youngPersonView.findUnique({ where: { referralId: other.id } })).toBeNull();
    const stored = JSON.stringify(await db.youngPersonView.findMany());
    expect(stored, "the database keeps only the token's hash").not.toContain(token);
  });

  it("refuses a second use of the same link and keeps the first answers", async () => {
    const db = rig.database.db();
    const referral = await insertReferral(db);
    await offerLink(db, rig.deps.boss, referral.id, { email: "twice@example.net" });
    const token = tokenIn((await invitationTo("twice@example.net")).text);
    expect((await submitView(db, rig.deps.boss, token, calm)).ok).toBe(true);
    const second = await submitView(db, rig.deps.boss, token, { ...calm, ownView: "Someone else typing" });
    expect(second.ok).toBe(false);
    expect(await linkState(db, token)).toBe("used");
    const saved = await db.youngPersonView.findUniqueOrThrow({ where: { referralId: referral.id } });
    expect((saved.answers as YoungPersonAnswers).ownView).toBe(calm.ownView);
    expect(await offerLink(db, rig.deps.boss, referral.id, { email: "again@example.net" })).toBe("already-answered");
  });

  it("stops working 14 days after it was made, and the sweep ends it for good", async () => {
    const db = rig.database.db();
    const referral = await insertReferral(db);
    const made = new Date(Date.now() - 14 * DAY - 60_000);
    await offerLink(db, rig.deps.boss, referral.id, { phone: "07700 900456" }, made);
    const link = await freshLinkForStaff(db, SECRET, "https://ipt.example.org", referral.id, "staff-1", made);
    const token = tokenIn(link!.url);
    expect(await linkState(db, token, new Date(made.getTime() + 13 * DAY))).toBe("open");
    expect(await linkState(db, token)).toBe("expired");
    expect((await submitView(db, rig.deps.boss, token, calm)).ok).toBe(false);
    expect(await expireUnusedLinks(db)).toBeGreaterThanOrEqual(1);
    expect(await linkState(db, token)).toBe("unknown");
    const row = await db.youngPersonView.findUniqueOrThrow({ where: { referralId: referral.id } });
    expect(row.answeredAt).toBeNull();
    expect(row.tokenHash).toBeNull();
  });

  it("a new link from staff replaces the unused one, and showing it is audited", async () => {
    const db = rig.database.db();
    const referral = await insertReferral(db);
    await offerLink(db, rig.deps.boss, referral.id, { phone: "07700 900789" });
    const first = tokenIn((await freshLinkForStaff(db, SECRET, "https://x.example", referral.id, "staff-1"))!.url);
    const second = tokenIn((await freshLinkForStaff(db, SECRET, "https://x.example", referral.id, "staff-1"))!.url);
    expect(second).not.toBe(first);
    expect(await linkState(db, first)).toBe("unknown");
    expect(await linkState(db, second)).toBe("open");
    const shown = await db.auditEvent.count({
      where: { action: "young_person.link_shown_to_staff", target: referral.id, actorId: "staff-1" },
    });
    expect(shown).toBe(2);
  });

  it("a risk answer raises the referral's flags and urgency, audited, and the team is told with flags only", async () => {
    const db = rig.database.db();
    const referral = await insertReferral(db, { urgent: false });
    await offerLink(db, rig.deps.boss, referral.id, { email: "risk@example.net" });
    const token = tokenIn((await invitationTo("risk@example.net")).text);
    const result = await submitView(db, rig.deps.boss, token, {
      ...calm,
      ownView: "Some nights I think about not being here",
      selfHarmThoughts: "yes",
      mayActSoon: "not-sure",
    });
    expect(result).toMatchObject({ ok: true, urgent: true, flags: ["selfHarmThoughts", "mayActSoon"] });
    const row = await db.referral.findUniqueOrThrow({ where: { id: referral.id } });
    expect(row).toMatchObject({ urgent: true, flagSelfHarmThoughts: true, flagMayActSoon: true, flagBeingHurt: false });
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { action: "young_person.view_added", target: referral.id },
    });
    expect(audit.detail).toMatchObject({ flagsRaised: ["selfHarmThoughts", "mayActSoon"], urgent: true });

    const subject = `URGENT: The young person added their view to ${referral.reference}`;
    await expect.poll(() => rig.sink.messages.filter((m) => m.subject === subject).length, { timeout: 30_000 }).toBe(1);
    const note = rig.sink.messages.find((m) => m.subject === subject)!;
    expect(note.text).toContain("Thoughts of self-harm or suicide; May act on them soon");
    expect(JSON.stringify(note.to)).toContain("clinical-support@example.org");
    for (const personal of ["not being here", "Sleeping and school", "Sam", "Taylor", "risk@example.net"])
      expect(`${note.subject}\n${note.text}\n${note.html}`).not.toContain(personal);
  });

  it("a calm answer leaves the referral's flags and urgency as they were", async () => {
    const db = rig.database.db();
    const referral = await insertReferral(db, { urgent: false, flagSafeguarding: true });
    await offerLink(db, rig.deps.boss, referral.id, { email: "calm@example.net" });
    const token = tokenIn((await invitationTo("calm@example.net")).text);
    expect(await submitView(db, rig.deps.boss, token, calm)).toMatchObject({ ok: true, urgent: false, flags: [] });
    const row = await db.referral.findUniqueOrThrow({ where: { id: referral.id } });
    expect(row).toMatchObject({ urgent: false, flagSelfHarmThoughts: false, flagSafeguarding: true });
  });

  it("the invitation's sender and subject say nothing about health, therapy or a referral, and the body none of the parent's answers", async () => {
    const db = rig.database.db();
    const referral = await insertReferral(db);
    await offerLink(db, rig.deps.boss, referral.id, { email: "neutral@example.net" });
    const mail = await invitationTo("neutral@example.net");
    expect(mail.subject).toBe("You are invited to share your view");
    expect(mail.from?.value[0]?.name).toBe("Your view");
    for (const word of [/mental/i, /health/i, /therap/i, /referr/i, /IPT/, /psych/i, /counsel/i])
      expect(`${mail.subject} ${mail.from?.value[0]?.name}`).not.toMatch(word);
    expect(mail.text).toContain("The person who asked us will not see it.");
    expect(mail.text).toMatch(/\/your-view\/[A-Za-z0-9_-]{43}/);
    for (const personal of ["Sam", "Taylor", "low for months", "Mother", referral.reference])
      expect(`${mail.text}\n${mail.html}`).not.toContain(personal);
  });

  it("the young person's view is deleted when the referral's personal data is removed at the end of retention", async () => {
    const db = rig.database.db();
    const referral = await insertReferral(db, { status: "CLOSED", closedAt: new Date(Date.now() - 800 * DAY) });
    await offerLink(db, rig.deps.boss, referral.id, { phone: "07700 900321" });
    expect(await anonymiseExpiredReferrals(db, 730)).toBeGreaterThanOrEqual(1);
    expect(await db.youngPersonView.findUnique({ where: { referralId: referral.id } })).toBeNull();
  });
});
