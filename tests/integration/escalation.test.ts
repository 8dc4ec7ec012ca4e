import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { runEscalation } from "../../lib/escalation/alert";
import { escalationBanner } from "../../lib/escalation/banner";
import { markOpened } from "../../lib/triage/opened";
import { dutySettings, startEscalationRig, type EscalationRig } from "../helpers/escalation-rig";
import { insertReferral } from "../helpers/referral-factory";
import { withoutRandomIds } from "../helpers/without-random-ids";

let rig: EscalationRig;
beforeAll(async () => {
  rig = await startEscalationRig();
});
afterAll(() => rig.stop());
beforeEach(async () => {
  await rig.database.db().$executeRawUnsafe(`DELETE FROM referral`);
  rig.sink.messages.length = 0;
});

// Monday 7 December 2026, GMT: office hours 09:00–17:00 UTC.
const monday = (time: string) => new Date(`2026-12-07T${time}:00Z`);
const run = (now: Date) => runEscalation(rig.database.db(), rig.mailer, dutySettings, now);

describe("the duty alert for an urgent referral not opened", () => {
  it("fires once per repeat interval after two working hours and stops when staff open it", async () => {
    const db = rig.database.db();
    const urgent = await insertReferral(db, { urgent: true, createdAt: monday("10:00") });
    await insertReferral(db, { urgent: false, createdAt: monday("10:00") });

    expect(await run(monday("11:30"))).toEqual([]); // 90 working minutes
    expect(await run(monday("12:00"))).toEqual([urgent.reference]);
    expect(await run(monday("12:05"))).toEqual([]);
    expect(await run(monday("12:59"))).toEqual([]);
    expect(await run(monday("13:00"))).toEqual([urgent.reference]);

    await markOpened(db, urgent.id, monday("13:10")); // what viewing the referral page does
    expect(await run(monday("14:00"))).toEqual([]);
    expect(await run(monday("16:00"))).toEqual([]);

    const alerts = await rig.sink.waitForMessages(2);
    expect(rig.sink.messages).toHaveLength(2);
    expect(alerts[0]!.to).toMatchObject({ text: dutySettings.to });
    expect(alerts[0]!.subject).toBe("Duty alert: 1 urgent referral not opened");
    expect(alerts[0]!.text).toContain(urgent.reference);
    expect(alerts[0]!.text).toContain("2 hours");
    expect(alerts[0]!.text).toContain(`https://ipt.example.org/admin/referrals/${urgent.id}`);
  });

  it("counts office hours only: sent late on Friday, it is escalated at 10:30 on Monday, not at the weekend", async () => {
    const db = rig.database.db();
    const urgent = await insertReferral(db, { urgent: true, createdAt: new Date("2026-12-04T16:30:00Z") });
    expect(await run(new Date("2026-12-05T12:00:00Z"))).toEqual([]);
    expect(await run(monday("10:29"))).toEqual([]);
    expect(await run(monday("10:30"))).toEqual([urgent.reference]);
  });

  it("does not move the referral's last-changed time", async () => {
    const db = rig.database.db();
    const urgent = await insertReferral(db, { urgent: true, createdAt: monday("09:00") });
    await run(monday("12:00"));
    const after = await db.referral.findUniqueOrThrow({ where: { id: urgent.id } });
    expect(after.escalatedAt).toEqual(monday("12:00"));
    expect(after.updatedAt).toEqual(urgent.updatedAt);
  });
});

describe("the duty alert for a referral past the response standard", () => {
  it("lists each once when it passes the standard, and again only alongside a newly overdue one", async () => {
    const db = rig.database.db();
    // Friday 27 November: six working days before Monday 7 December, past the 5-day standard;
    // Monday 30 November is five, still within it.
    const opened = await insertReferral(db, { createdAt: new Date("2026-11-27T10:00:00Z") });
    await markOpened(db, opened.id, new Date("2026-11-27T11:00:00Z"));
    const unopened = await insertReferral(db, { createdAt: new Date("2026-11-27T12:00:00Z") });
    const recent = await insertReferral(db, { createdAt: new Date("2026-11-30T10:00:00Z") });

    expect(await run(monday("09:00"))).toEqual([opened.reference, unopened.reference]);
    expect(await run(monday("10:00"))).toEqual([]);
    expect(await run(monday("16:00"))).toEqual([]);
    // Tuesday: the Monday referral passes the standard, and the alert lists all three.
    const tuesday = new Date("2026-12-08T09:00:00Z");
    expect(await runEscalation(db, rig.mailer, dutySettings, tuesday)).toEqual([
      opened.reference,
      unopened.reference,
      recent.reference,
    ]);

    const [first] = await rig.sink.waitForMessages(2);
    expect(rig.sink.messages).toHaveLength(2);
    expect(first!.subject).toBe("Duty alert: 2 referrals past the response standard");
    expect(first!.text).not.toContain(recent.reference);
  });

  it("stops once the referral is no longer waiting on the team", async () => {
    const db = rig.database.db();
    const old = await insertReferral(db, { createdAt: new Date("2026-11-27T10:00:00Z") });
    expect(await run(monday("09:00"))).toEqual([old.reference]);
    await db.referral.update({ where: { id: old.id }, data: { status: "ACCEPTED" } });
    expect(await run(monday("11:00"))).toEqual([]);
  });
});

describe("the duty alert's content", () => {
  it("names no one: no name, date of birth, NHS number, email, phone, postcode or anything typed", async () => {
    const db = rig.database.db();
    await insertReferral(db, {
      urgent: true,
      createdAt: monday("09:00"),
      givenName: "Zebedee",
      familyName: "Quartermaine",
      dateOfBirth: new Date("2010-02-17"),
      nhsNumber: "9434765870",
      email: "zebedee.q@example.com",
      phone: "07700 900456",
      postcode: "EX9 9ZZ",
    });
    await run(monday("12:00"));
    const [mail] = await rig.sink.waitForMessages(1);
    const everything = withoutRandomIds(
      [mail!.subject, mail!.text, mail!.html, JSON.stringify(mail!.headerLines)].join("\n"),
    );
    for (const personal of [
      "Zebedee",
      "Quartermaine",
      "2010",
      "17 February",
      "9434765870",
      "943 476 5870",
      "zebedee.q",
      "900456",
      "EX9 9ZZ",
    ])
      expect(everything).not.toContain(personal);
  });
});

describe("the dashboard banner's counts", () => {
  it("counts urgent referrals not opened and referrals past the standard, oldest first, until they are opened or done", async () => {
    const db = rig.database.db();
    const urgent = await insertReferral(db, { urgent: true, createdAt: monday("09:30") });
    const tooRecent = await insertReferral(db, { urgent: true, createdAt: monday("11:00") });
    const overdue = await insertReferral(db, { createdAt: new Date("2026-11-27T10:00:00Z") });

    const before = await escalationBanner(db, monday("12:00"), 120);
    expect(before.urgentUnopened).toEqual({ count: 1, oldest: [{ id: urgent.id, reference: urgent.reference }] });
    expect(before.overdue).toEqual({ count: 1, oldest: [{ id: overdue.id, reference: overdue.reference }] });
    expect(JSON.stringify(before)).not.toContain(tooRecent.reference);

    await markOpened(db, urgent.id, monday("12:01"));
    await db.referral.update({ where: { id: overdue.id }, data: { status: "DECLINED" } });
    const after = await escalationBanner(db, monday("12:02"), 120);
    expect(after.urgentUnopened.count).toBe(0);
    expect(after.overdue.count).toBe(0);
  });
});

describe("the duty alert with a backlog", () => {
  it("gives the full counts, lists the 50 oldest and marks every escalated referral as alerted", async () => {
    const db = rig.database.db();
    const created = [];
    for (let i = 0; i < 53; i++)
      created.push(await insertReferral(db, { createdAt: new Date(Date.parse("2026-11-20T10:00:00Z") + i * 60_000) }));
    const listed = await run(monday("09:00"));
    expect(listed).toEqual(created.slice(0, 50).map((r) => r.reference));
    const [mail] = await rig.sink.waitForMessages(1);
    expect(mail!.subject).toBe("Duty alert: 53 referrals past the response standard");
    expect(mail!.text).toContain("The 50 oldest are listed; 3 more are in the dashboard.");
    expect(await db.referral.count({ where: { escalatedAt: monday("09:00") } })).toBe(53);
  });
});
