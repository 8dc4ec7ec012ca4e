import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sendDigest } from "../../lib/escalation/digest";
import { dutySettings, startEscalationRig, type EscalationRig } from "../helpers/escalation-rig";
import { insertReferral } from "../helpers/referral-factory";
import { withoutRandomIds } from "../helpers/without-random-ids";

let rig: EscalationRig;
beforeAll(async () => {
  rig = await startEscalationRig();
});
afterAll(() => rig.stop());

// Monday 7 December 2026, 8am.
const now = new Date("2026-12-07T08:00:00Z");
const people = [
  {
    givenName: "Philippa",
    familyName: "Oyelaran-Smythe",
    dateOfBirth: new Date("2009-05-23"),
    nhsNumber: "9434765870",
    email: "philippa.os@example.com",
    phone: "07700 900811",
    postcode: "EX4 7QP",
  },
  {
    givenName: "Bartholomew",
    familyName: "Kingsolver",
    dateOfBirth: new Date("1987-11-02"),
    nhsNumber: "4010232137",
    email: "bart.k@example.net",
    phone: "01632 960552",
    postcode: "EX2 3LT",
  },
  {
    givenName: "Ngozi",
    familyName: "Adebayo-Finch",
    dateOfBirth: new Date("2012-08-14"),
    nhsNumber: "9876543210",
    email: "ngozi.af@example.org",
    phone: "07700 900977",
    postcode: "EX7 1DD",
  },
];

describe("the daily digest", () => {
  it("gives counts and references of untriaged, urgent and overdue referrals and nothing about the people", async () => {
    const db = rig.database.db();
    const urgent = await insertReferral(db, {
      ...people[0],
      urgent: true,
      createdAt: new Date("2026-12-04T15:00:00Z"),
    });
    const overdue = await insertReferral(db, {
      ...people[1],
      createdAt: new Date("2026-11-20T10:00:00Z"),
      status: "IN_REVIEW",
    });
    const fresh = await insertReferral(db, { ...people[2], createdAt: new Date("2026-12-06T20:00:00Z") });
    await insertReferral(db, { createdAt: new Date("2026-11-01T10:00:00Z"), status: "CLOSED", urgent: true });

    const digest = await sendDigest(db, rig.mailer, dutySettings, now);
    expect(digest).toEqual({ untriaged: 2, urgent: [urgent.reference], overdue: [overdue.reference] });

    const [mail] = await rig.sink.waitForMessages(1);
    expect(mail!.subject).toBe("Daily summary for Monday 7 December 2026: 2 untriaged, 1 urgent, 1 overdue");
    expect(mail!.text).toContain(urgent.reference);
    expect(mail!.text).toContain(overdue.reference);
    expect(mail!.text).not.toContain(fresh.reference);

    const everything = withoutRandomIds(
      [mail!.subject, mail!.text, mail!.html, JSON.stringify(mail!.headerLines)].join("\n"),
    );
    for (const person of people) {
      const dob = person.dateOfBirth.toISOString().slice(0, 10);
      const dobInWords = person.dateOfBirth.toLocaleDateString("en-GB", { dateStyle: "long", timeZone: "UTC" });
      for (const personal of [
        person.givenName,
        person.familyName,
        dob,
        dobInWords,
        person.nhsNumber,
        person.email,
        person.phone,
        person.phone.replace(/ /g, ""),
        person.postcode,
      ])
        expect(everything).not.toContain(personal);
    }
  });
});
