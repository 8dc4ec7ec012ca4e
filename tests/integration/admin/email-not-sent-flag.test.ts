import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db";
import { flagOverdue } from "@/lib/referrals/notifications";
import { parseInboxFilter } from "@/lib/triage/filters";
import { listInbox } from "@/lib/triage/inbox";
import { viewReferral } from "@/lib/triage/referral";
import { insertReferral } from "../../helpers/referral-factory";
import { contextFor, createTestStaff, signInAs } from "../../helpers/staff";
import { setUpStaffDatabase } from "../../helpers/staff-test-env";
import type { TestDatabase } from "../../helpers/test-database";

vi.mock("next/headers", () => import("../../helpers/next-headers-mock"));

let database: TestDatabase;
beforeAll(async () => {
  database = await setUpStaffDatabase();
  await signInAs(await createTestStaff("TRIAGER"));
});
afterAll(() => database.drop());

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);
const inboxRow = async (id: string) => {
  const page = await listInbox(
    getDb(),
    await contextFor("referral:view"),
    parseInboxFilter({ q: "Unsent", status: "all" }).filter,
  );
  return page.rows.find((r) => r.id === id)!;
};
const detail = async (id: string) => (await viewReferral(getDb(), await contextFor("referral:view"), id))!;

describe("the email-to-team-not-sent flag", () => {
  it("shows in the inbox row and on the referral once the email is unsent after 30 minutes, even with no worker running", async () => {
    const stuck = await insertReferral(getDb(), { familyName: "Unsent", createdAt: minutesAgo(45) });
    const recent = await insertReferral(getDb(), { familyName: "Unsent", createdAt: minutesAgo(5) });
    // No worker has swept (nothing marked it overdue): the page works it out itself (issue 14).
    expect((await inboxRow(stuck.id)).emailToTeamNotSent).toBe(true);
    expect((await detail(stuck.id)).emailToTeamNotSent).toBe(true);

    await flagOverdue(getDb(), 30); // what the worker's sweep does

    expect((await inboxRow(stuck.id)).emailToTeamNotSent).toBe(true);
    expect((await detail(stuck.id)).emailToTeamNotSent).toBe(true);
    expect((await inboxRow(recent.id)).emailToTeamNotSent).toBe(false);
    expect((await detail(recent.id)).emailToTeamNotSent).toBe(false);
  });

  it("clears once the email has finally been sent", async () => {
    const late = await insertReferral(getDb(), { familyName: "Unsent", createdAt: minutesAgo(90) });
    await flagOverdue(getDb(), 30);
    expect((await detail(late.id)).emailToTeamNotSent).toBe(true);

    await getDb().referral.update({ where: { id: late.id }, data: { notifiedAt: new Date() } });

    expect((await inboxRow(late.id)).emailToTeamNotSent).toBe(false);
    expect((await detail(late.id)).emailToTeamNotSent).toBe(false);
  });

  it("is never shown for a referral whose email went out on time", async () => {
    const sent = await insertReferral(getDb(), {
      familyName: "Unsent",
      createdAt: minutesAgo(120),
      notifiedAt: minutesAgo(119),
    });
    await flagOverdue(getDb(), 30);
    expect((await inboxRow(sent.id)).emailToTeamNotSent).toBe(false);
  });
});
