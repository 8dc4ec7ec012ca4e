import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StaffContext } from "../../lib/auth/guard";
import { loadDraft } from "../../lib/referrals/drafts";
import { getJourney } from "../../lib/referrals/journeys/registry";
import { submitStep } from "../../lib/referrals/submit-step";
import { viewReferral } from "../../lib/triage/referral";
import { toFormData, validAnswers } from "../helpers/journey-answers";
import { startNotificationRig, type NotificationRig } from "../helpers/notification-rig";
import { fillJourney, post } from "../helpers/submit-journey";

// A child's referral keeps who has parental responsibility, who agreed and the young person's
// own words, and staff see them together; the team's email names the flag only (H11, H18).

let rig: NotificationRig;
beforeAll(async () => {
  rig = await startNotificationRig();
  await rig.startWorker();
});
afterAll(() => rig.stop());

const staff = { staff: { id: "consent-test-staff", role: "TRIAGER" }, ip: "127.0.0.1" } as unknown as StaffContext;
const thisYear = new Date().getUTCFullYear();
const bornYearsAgo = (years: number) => ({
  givenName: "Alex",
  familyName: "Testperson",
  "dateOfBirth.day": "1",
  "dateOfBirth.month": "1",
  "dateOfBirth.year": String(thisYear - years),
  interpreter: "no",
});
const agreement = (youngPersonAgrees: string) => ({
  youngPersonAgrees,
  contactFirst: "young-person",
  childPhone: "07700 900555",
  childEmail: "",
});
const teamMail = (reference: string) => rig.sink.messages.find((m) => m.subject === `New referral ${reference}`);

async function send(slug: "parent-carer" | "professional", change: Parameters<typeof fillJourney>[2]) {
  const { journey, token, idempotencyKey } = await fillJourney(rig.deps, slug, change);
  const outcome = await post(rig.deps, journey, token, idempotencyKey);
  if (!("redirect" in outcome) || !outcome.reference) throw new Error(JSON.stringify(outcome));
  return rig.database.db().referral.findUniqueOrThrow({ where: { reference: outcome.reference } });
}

describe("consent answers in a child's referral", () => {
  it("stores a parent's answers about parental responsibility, the young person's agreement and their own words, and shows them to staff", async () => {
    const row = await send("parent-carer", {
      about: bornYearsAgo(16),
      "parental-responsibility": {
        youHavePR: "not-sure",
        whoHasPR: "Me and their father",
        othersShouldKnow: "no",
        care: ["social-worker"],
        familyDetails: "Contact with their father is not safe",
      },
      agreement: agreement("yes"),
      "own-words": { ownWords: "I want to stop feeling like this" },
    });
    expect(row.answers).toMatchObject({
      "parental-responsibility": { youHavePR: "not-sure", whoHasPR: "Me and their father", care: ["social-worker"] },
      agreement: { youngPersonAgrees: "yes", contactFirst: "young-person" },
      "own-words": { ownWords: "I want to stop feeling like this" },
    });
    expect(row.flagNoParentalResponsibility).toBe(true);

    const detail = (await viewReferral(rig.database.db(), staff, row.id))!;
    expect(detail.flags).toContain("noParentalResponsibility");
    expect(detail.consent).toEqual([
      { label: "Who has parental responsibility", value: "Me and their father" },
      { label: "The parent or carer referring has parental responsibility", value: "I'm not sure" },
      { label: "Others with parental responsibility should know", value: "No" },
      { label: "Care and social work", value: "A social worker is involved with them or their family" },
      { label: "About the family", value: "Contact with their father is not safe" },
      { label: "The young person agrees", value: "Yes" },
      { label: "Contact first", value: "The young person: 07700 900555" },
      { label: "In their own words", value: "I want to stop feeling like this" },
    ]);

    await expect.poll(() => teamMail(row.reference), { timeout: 30_000 }).toBeDefined();
    const mail = teamMail(row.reference)!;
    expect(mail.text).toContain("Flags: No parental responsibility confirmed");
    for (const personal of ["stop feeling", "their father", "07700 900555"]) {
      expect(`${mail.text}\n${mail.html}`).not.toContain(personal);
    }
  });

  it("shows staff a parent's referral of a 10-year-old: who has parental responsibility, the child's own words, no agreement question under 12, and each contact with how it may be used", async () => {
    const contact = { ...validAnswers["parent-carer"].contact, email: "parent-of-ten@example.net", mayVoicemail: "no" };
    const row = await send("parent-carer", { contact });
    expect(row.suggestedProgramme).toBe("fb-ipt");
    const detail = (await viewReferral(rig.database.db(), staff, row.id))!;
    expect(detail.consent).toEqual([
      { label: "Who has parental responsibility", value: "Me and their father, Jo Testparent" },
      { label: "The parent or carer referring has parental responsibility", value: "Yes" },
      { label: "Others with parental responsibility should know", value: "Yes" },
      { label: "In their own words", value: "I just feel sad all the time" },
    ]);
    const rows = detail.answerPages.flatMap((p) => p.rows);
    const value = (label: string) => rows.find((r) => r.label === label)?.value;
    expect(value("Can we call this number?")).toBe("Yes");
    expect(value("Can we leave a voicemail?")).toBe("No");
    expect(value("Can we email this address?")).toBe("Yes");
    expect(detail.contactRestrictions).toContain("Do not leave voicemail");
  });

  it("stores a GP's parent or carer details and who agreed for a 10-year-old, and shows them to staff", async () => {
    const row = await send("professional", { about: bornYearsAgo(10), "who-agreed": { whoAgreed: "parent" } });
    expect(row.flagNoParentalResponsibility).toBe(false);
    const detail = (await viewReferral(rig.database.db(), staff, row.id))!;
    expect(detail.consent).toEqual([
      { label: "Who has parental responsibility", value: "Their mother, Sam Testparent" },
      {
        label: "Parent or carer",
        value: "Sam Testparent (Mother), 07700 900123 (call: yes, voicemail: no, text: yes, own phone: yes)",
      },
      { label: "That parent or carer has parental responsibility", value: "Yes" },
      { label: "Others with parental responsibility should know", value: "No one else has parental responsibility" },
      { label: "Care and social work", value: "A social worker is involved with them or their family" },
      { label: "Who agreed", value: "Their parent or carer" },
      { label: "In their own words", value: "Not given" },
    ]);
    // The parent's contact permissions sit in the risk and contact box like the person's own (issue 11).
    expect(detail.contactRestrictions).toContain("Parent or carer: Do not leave voicemail");
  });

  it("keeps a parent's answers when their 16-year-old has not agreed, sends nothing, and sends once they agree", async () => {
    const parent = getJourney("parent-carer")!;
    const { token, idempotencyKey } = await fillJourney(rig.deps, "parent-carer", {
      about: bornYearsAgo(16),
      agreement: agreement("no"),
    });
    const notAgreed = await submitStep(
      {
        journey: parent,
        stepId: "agreement",
        form: toFormData(agreement("no")),
        draftToken: token,
        client: "127.0.0.1",
        returnToCheck: false,
      },
      rig.deps,
    );
    expect(notAgreed).toMatchObject({ redirect: "/refer/parent-carer/agreement-needed" });
    expect(await post(rig.deps, parent, token, idempotencyKey)).toEqual({
      redirect: "/refer/parent-carer/agreement",
    });
    expect(await rig.database.db().referral.count({ where: { idempotencyKey } })).toBe(0);
    expect((await loadDraft(token, parent, rig.deps.db))!.answers).toMatchObject({
      you: { yourName: "Sam Testparent" },
      agreement: { youngPersonAgrees: "no" },
    });

    const agreed = await submitStep(
      {
        journey: parent,
        stepId: "agreement",
        form: toFormData(agreement("yes")),
        draftToken: token,
        client: "127.0.0.1",
        returnToCheck: true,
      },
      rig.deps,
    );
    expect(agreed).toMatchObject({ redirect: "/refer/parent-carer/check" });
    expect(await post(rig.deps, parent, token, idempotencyKey)).toMatchObject({
      redirect: "/refer/parent-carer/confirmation",
    });
  });
});
