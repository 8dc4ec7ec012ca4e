import type { ParsedMail } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startNotificationRig, type NotificationRig } from "../helpers/notification-rig";
import { sendJourney } from "../helpers/submit-journey";
import { validAnswers } from "../helpers/journey-answers";

// The email with the person's reference (H05): sent only when they ask for it and said we may email
// them, never otherwise, at most once per address per day, and it never says what it is about.

let rig: NotificationRig;
beforeAll(async () => {
  rig = await startNotificationRig();
  await rig.startWorker();
});
afterAll(() => rig.stop());

const SENSITIVE = /mental health|therap|referral|psych|depress/i;
let next = 0;
/** The adult's contact page with its own address; a field given as null is left out, as an unticked box is. */
const contactWith = (fields: Record<string, string | null>) => {
  next += 1;
  const contact: Record<string, string | string[]> = {
    ...validAnswers.adult.contact,
    email: `reference-${next}@example.net`,
  };
  for (const [name, value] of Object.entries(fields)) {
    if (value === null) delete contact[name];
    else contact[name] = value;
  }
  return { contact: { ...(contact as Record<string, string>), email: `reference-${next}@example.net` } };
};
const mailsFor = (reference: string) => rig.sink.messages.filter((m) => m.subject?.includes(reference));
const toAddress = (mail: ParsedMail, address: string) => JSON.stringify(mail.to).includes(address);

/** Waits for the team's email (always sent), then a little longer, and returns every email about the reference. */
async function settled(reference: string, expected: number) {
  await expect.poll(() => mailsFor(reference).length, { timeout: 30_000 }).toBeGreaterThanOrEqual(expected);
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  return mailsFor(reference);
}

describe("the email with the person's reference", () => {
  it("is sent when the person ticks Email me my reference and says we may email them, with a neutral sender, subject and text", async () => {
    const answers = contactWith({ emailReference: "yes", mayEmail: "yes" });
    const reference = await sendJourney(rig.deps, "adult", answers);
    const mails = await settled(reference, 2);
    const ack = mails.find((m) => toAddress(m, answers.contact.email));
    expect(ack).toBeDefined();
    expect(ack!.subject).toBe(`Your reference ${reference}`);
    expect(ack!.from?.value[0]?.name).toBe("Example Health Centre");
    expect(ack!.text).toContain(reference);
    for (const part of [ack!.subject ?? "", ack!.from?.value[0]?.name ?? "", ack!.text ?? "", String(ack!.html)]) {
      expect(part).not.toMatch(SENSITIVE);
    }
    for (const personal of ["Alex", "Testperson", "Feeling low", "943 476 5919", "EX1 1AA"]) {
      expect(`${ack!.text}${ack!.html}`).not.toContain(personal);
    }
  });

  it("is not sent when the person does not tick Email me my reference", async () => {
    const answers = contactWith({ emailReference: null, mayEmail: "yes" });
    const reference = await sendJourney(rig.deps, "adult", answers);
    const mails = await settled(reference, 1);
    expect(mails.filter((m) => toAddress(m, answers.contact.email))).toHaveLength(0);
  });

  it("is never sent when the person says we may not email them, even with the box ticked", async () => {
    const answers = contactWith({ emailReference: "yes", mayEmail: "no" });
    const reference = await sendJourney(rig.deps, "adult", answers);
    const mails = await settled(reference, 1);
    expect(mails.filter((m) => toAddress(m, answers.contact.email))).toHaveLength(0);
    const row = await rig.database.db().referral.findUniqueOrThrow({ where: { reference } });
    expect(row.acknowledgedAt).toBeNull();
  });

  it("is sent at most once per address per day, however many forms name it", async () => {
    const answers = contactWith({ emailReference: "yes", mayEmail: "yes" });
    const first = await sendJourney(rig.deps, "adult", answers);
    const second = await sendJourney(rig.deps, "parent-carer", {
      contact: { ...validAnswers["parent-carer"].contact, ...answers.contact, yourInterpreter: "no" },
    });
    await settled(first, 2);
    await settled(second, 1);
    const toThem = rig.sink.messages.filter((m) => toAddress(m, answers.contact.email));
    expect(toThem).toHaveLength(1);
    expect([`Your reference ${first}`, `Your reference ${second}`]).toContain(toThem[0]!.subject);
    const claims = await rig.database.db().acknowledgementSent.findMany();
    // Only a keyed hash of the address is kept, never the address itself.
    expect(JSON.stringify(claims)).not.toContain("example.net");
  });
});
