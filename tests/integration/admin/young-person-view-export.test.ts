import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db";
import { anonymiseExpiredReferrals } from "@/lib/triage/retention";
import { exportedInbox } from "../../helpers/inbox-export";
import { insertReferral } from "../../helpers/referral-factory";
import { createTestStaff, signInAs } from "../../helpers/staff";
import { setUpStaffDatabase } from "../../helpers/staff-test-env";
import type { TestDatabase } from "../../helpers/test-database";

// Issue 11: the young person's own view is in the staff CSV export, beside the referral it belongs
// to, and (as the privacy notice's retention table says) goes when the referral's details go.

vi.mock("next/headers", () => import("../../helpers/next-headers-mock"));

let database: TestDatabase;
beforeAll(async () => {
  database = await setUpStaffDatabase();
  await signInAs(await createTestStaff("ADMIN"));
});
afterAll(() => database.drop());

const now = new Date("2026-12-06T14:05:00Z");
const daysFromNow = (days: number) => new Date(now.getTime() + days * 86_400_000);

const view = (referralId: string, extra: Record<string, unknown>) =>
  getDb().youngPersonView.create({
    data: {
      referralId,
      nonce: randomBytes(32).toString("base64url"),
      email: "young.person@example.net",
      expiresAt: daysFromNow(14),
      invitedAt: daysFromNow(-1),
      ...extra,
    },
  });

const exportFor = async (q: string) => (await exportedInbox(q, now)).rows;

describe("the young person's own view in the CSV export", () => {
  it("is in the row of the referral it belongs to, in the young person's words and the page's labels", async () => {
    const referral = await insertReferral(getDb(), { familyName: "Viewadded" });
    await view(referral.id, {
      answeredAt: daysFromNow(-1),
      answers: {
        ownView: "I feel left out at school, =not a formula",
        agrees: "yes",
        helpWith: "Friends",
        contactWho: "me",
        contactHow: ["text", "email"],
        selfHarmThoughts: "no",
      },
    });
    const [row] = await exportFor("Viewadded");
    expect(row).toMatchObject({
      Reference: referral.reference,
      "Young person's view": "Added 05/12/2026 14:05",
      // Through the same guard as every cell: a spreadsheet never runs what a young person typed.
      "Young person: In their own words": "'I feel left out at school, =not a formula",
      "Young person: Happy for us to help": "Yes",
      "Young person: Would like help with": "Friends",
      "Young person: Who to talk to first": "Me",
      "Young person: How to get in touch": "Text message, Email",
      "Young person: Thoughts of ending their life or hurting themselves": "No",
      "Young person: Might act on them in the next day or two": "Not answered",
    });
    // The link's address is for sending the link, not for the team's spreadsheet.
    expect(Object.values(row!)).not.toContain("young.person@example.net");
  });

  it("says whether a link was sent and not used, and is empty where no link was offered", async () => {
    const waiting = await insertReferral(getDb(), { familyName: "Viewstates", givenName: "Waiting" });
    const expired = await insertReferral(getDb(), { familyName: "Viewstates", givenName: "Expired" });
    const none = await insertReferral(getDb(), { familyName: "Viewstates", givenName: "None" });
    await view(waiting.id, {});
    await view(expired.id, { expiresAt: daysFromNow(-1), invitedAt: daysFromNow(-15) });
    const rows = new Map((await exportFor("Viewstates")).map((r) => [r.Reference, r]));
    expect(rows.get(waiting.reference)!["Young person's view"]).toBe("Invited, not answered");
    expect(rows.get(expired.reference)!["Young person's view"]).toBe("Link expired unused");
    expect(rows.get(none.reference)!["Young person's view"]).toBe("");
    for (const r of rows.values()) expect(r["Young person: In their own words"]).toBe("");
  });

  it("is gone from the export once retention removes the referral's personal details", async () => {
    const referral = await insertReferral(getDb(), {
      familyName: "Viewretained",
      status: "CLOSED",
      closedAt: new Date(Date.now() - 40 * 86_400_000),
    });
    await view(referral.id, { answeredAt: daysFromNow(-50), answers: { ownView: "Please help", agrees: "yes" } });
    expect((await exportFor("Viewretained"))[0]!["Young person: In their own words"]).toBe("Please help");

    expect(await anonymiseExpiredReferrals(getDb(), 30)).toBeGreaterThanOrEqual(1);
    const after = (await exportFor(referral.reference)).find((r) => r.Reference === referral.reference);
    expect(after).toBeDefined();
    expect(after!["Young person's view"]).toBe("");
    expect(after!["Young person: In their own words"]).toBe("");
  });
});
