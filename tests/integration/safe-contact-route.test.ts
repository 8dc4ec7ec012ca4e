import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db";
import { installJobs } from "@/lib/jobs/boss";
import { viewReferral } from "@/lib/triage/referral";
import { contextFor, createTestStaff, signInAs } from "../helpers/staff";
import { setUpStaffDatabase } from "../helpers/staff-test-env";
import { sendJourney, testDeps } from "../helpers/submit-journey";
import type { TestDatabase } from "../helpers/test-database";

// H17: the second, safe way to reach someone, kept with the referral and shown to staff in the
// risk and contact box beside the ways the person ruled out, never lower down the page.

vi.mock("next/headers", () => import("../helpers/next-headers-mock"));

let database: TestDatabase;
beforeAll(async () => {
  database = await setUpStaffDatabase();
  await installJobs(database.url);
  await signInAs(await createTestStaff("TRIAGER"));
});
afterAll(() => database.drop());

const sharedPhone = {
  phone: "07700 900982",
  mayCall: "yes",
  mayVoicemail: "no",
  mayText: "no",
  phoneOwn: "shared",
  email: "",
  bestTimes: "",
};

describe("a second, safe way to reach the person", () => {
  it("is stored and shown to staff in the risk and contact box beside what not to do, not repeated below", async () => {
    const deps = await testDeps(getDb(), database.url);
    const reference = await sendJourney(deps, "adult", {
      contact: sharedPhone,
      "safe-contact": { safeRoute: "My sister Jo on 07700 900111", doNotSay: "Do not say it is about therapy" },
    });
    const saved = await getDb().referral.findUniqueOrThrow({ where: { reference } });
    expect(saved.answers).toMatchObject({
      "safe-contact": { safeRoute: "My sister Jo on 07700 900111", doNotSay: "Do not say it is about therapy" },
    });
    const detail = (await viewReferral(getDb(), await contextFor("referral:view"), saved.id))!;
    expect(detail.contactRestrictions).toEqual([
      "Do not leave voicemail",
      "Do not text",
      "Phone is shared with other people",
    ]);
    expect(detail.riskAnswers).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ label: "Another safe way to reach you", value: "My sister Jo on 07700 900111" }),
        expect.objectContaining({
          label: "If someone else answers or reads a message, what should we not say?",
          value: "Do not say it is about therapy",
        }),
      ]),
    );
    expect(detail.answerPages.map((p) => p.title)).not.toContain("A safe way to reach you");
    expect(detail.answers).toEqual([]);
    await deps.boss.stop({ graceful: false });
  });

  it("says 'Not given' to staff when the person was asked and left it blank", async () => {
    const deps = await testDeps(getDb(), database.url);
    const reference = await sendJourney(deps, "adult", { contact: sharedPhone });
    const saved = await getDb().referral.findUniqueOrThrow({ where: { reference } });
    const detail = (await viewReferral(getDb(), await contextFor("referral:view"), saved.id))!;
    expect(detail.riskAnswers).toEqual(
      expect.arrayContaining([expect.objectContaining({ label: "Another safe way to reach you", value: "Not given" })]),
    );
    await deps.boss.stop({ graceful: false });
  });

  it("is not asked, and not shown, when every way of reaching the person is allowed", async () => {
    const deps = await testDeps(getDb(), database.url);
    const reference = await sendJourney(deps, "adult");
    const saved = await getDb().referral.findUniqueOrThrow({ where: { reference } });
    expect(saved.answers).not.toHaveProperty("safe-contact");
    const detail = (await viewReferral(getDb(), await contextFor("referral:view"), saved.id))!;
    expect(detail.riskAnswers.map((r) => r.label)).not.toContain("Another safe way to reach you");
    await deps.boss.stop({ graceful: false });
  });
});
