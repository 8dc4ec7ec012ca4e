import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startNotificationRig, type NotificationRig } from "../helpers/notification-rig";
import { sendJourney } from "../helpers/submit-journey";
import { withoutRandomIds } from "../helpers/without-random-ids";

let rig: NotificationRig;
beforeAll(async () => {
  rig = await startNotificationRig();
  await rig.startWorker();
});
afterAll(() => rig.stop());

const byReference = (reference: string) => rig.sink.messages.filter((m) => m.subject?.includes(reference));

describe("the clinical support officer's email", () => {
  it("arrives for an ordinary referral with exactly the agreed content and no personal details", async () => {
    const reference = await sendJourney(rig.deps, "adult");
    const row = await rig.database.db().referral.findUniqueOrThrow({ where: { reference } });
    await expect
      .poll(() => byReference(reference).filter((m) => m.subject === `New referral ${reference}`).length, {
        timeout: 30_000,
      })
      .toBe(1);
    const [mail] = byReference(reference).filter((m) => m.subject === `New referral ${reference}`);
    expect(JSON.stringify(mail?.to)).toContain("clinical-support@example.org");
    expect(mail).toBeDefined();
    expect(mail!.subject).toBe(`New referral ${reference}`);
    expect(mail!.messageId).toBe(`<referral-${reference}@example.org>`);
    expect(mail!.from?.text).toBe('"IPT referrals" <referrals@example.org>');
    const received = row.createdAt.toLocaleString("en-GB", {
      timeZone: "Europe/London",
      dateStyle: "long",
      timeStyle: "short",
    });
    expect(mail!.text).toBe(
      [
        `New referral ${reference}`,
        "Open the dashboard to read the details.",
        [
          `Reference: ${reference}`,
          "Type: Adult, for themselves",
          "Suggested programme: IPT for adults",
          "Urgent: No",
          "Flags: None",
          `Received: ${received}`,
        ].join("\n"),
        `Open in the dashboard: https://ipt.example.org/admin/referrals/${row.id}`,
      ].join("\n\n") + "\n",
    );
    expect(mail!.html).toContain(
      `<a href="https://ipt.example.org/admin/referrals/${row.id}">Open in the dashboard</a>`,
    );
    const everything = withoutRandomIds(`${mail!.subject}\n${mail!.text}\n${mail!.html}`);
    for (const personal of [
      "Alex",
      "Testperson",
      "14 March",
      "1992",
      "943 476 5919",
      "9434765919",
      "EX1 1AA",
      "07700",
      "@example.net",
      "Feeling low",
      "Example Street Surgery",
    ]) {
      expect(everything, `the email must not contain "${personal}"`).not.toContain(personal);
    }
    await expect
      .poll(async () => (await rig.database.db().referral.findUniqueOrThrow({ where: { reference } })).notifiedAt)
      .not.toBeNull();
  });

  it("starts its subject with URGENT when the person is at risk now", async () => {
    const reference = await sendJourney(rig.deps, "parent-carer", {
      risk: { selfHarmThoughts: "yes" },
      "risk-soon": { mayActSoon: "yes" },
    });
    await expect
      .poll(() => byReference(reference).filter((m) => m.subject?.startsWith("URGENT")).length, { timeout: 30_000 })
      .toBe(1);
    const [mail] = byReference(reference).filter((m) => m.subject?.startsWith("URGENT"));
    expect(mail!.subject).toBe(`URGENT: New referral ${reference} – at risk now`);
    expect(mail!.text).toContain("Urgent: Yes: the person may be at risk of harm now");
    expect(mail!.text).toContain("Suggested programme: Family-based IPT (FB-IPT)");
    const row = await rig.database.db().referral.findUniqueOrThrow({ where: { reference } });
    expect(row.urgent).toBe(true);
  });

  it("sends the referrer an acknowledgement with the reference and no clinical details", async () => {
    const reference = await sendJourney(rig.deps, "professional");
    await expect.poll(() => byReference(reference).length, { timeout: 30_000 }).toBe(2);
    const ack = byReference(reference).find((m) => JSON.stringify(m.to).includes("jo.example@nhs.net"));
    expect(ack).toBeDefined();
    expect(ack!.subject).toBe(`Your reference ${reference}`);
    expect(ack!.messageId).toBe(`<ack-${reference}@example.org>`);
    expect(ack!.text).toContain("within 5 working days");
    expect(ack!.text).toContain("01632 960000");
    expect(ack!.html).toBeTruthy();
    // Read without the reference, which may hold "GP" by chance (K7GP-…): the check is for the GP's details.
    const readable = `${ack!.text}${ack!.html}`.replaceAll(reference, "<reference>");
    for (const personal of ["Alex", "Testperson", "Feeling low", "943 476 5919", "GP", "depression"]) {
      expect(readable).not.toContain(personal);
    }
  });

  it("sends no acknowledgement when nobody gave an email address", async () => {
    const reference = await sendJourney(rig.deps, "adult", {
      contact: {
        phone: "07700 900982",
        mayCall: "yes",
        mayVoicemail: "no",
        mayText: "no",
        phoneOwn: "own",
        email: "",
        bestTimes: "",
      },
    });
    await expect.poll(() => byReference(reference).length, { timeout: 30_000 }).toBe(1);
    const row = await rig.database.db().referral.findUniqueOrThrow({ where: { reference } });
    const jobs = await rig.database
      .db()
      .$queryRawUnsafe<{ name: string }[]>(`SELECT name FROM pgboss.job WHERE data->>'referralId' = $1`, row.id);
    expect(jobs.map((j) => j.name)).toEqual(["referral-notification"]);
  });
});
