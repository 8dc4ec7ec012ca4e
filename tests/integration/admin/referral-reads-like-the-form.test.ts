import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db";
import { installJobs } from "@/lib/jobs/boss";
import { getJourney } from "@/lib/referrals/journeys/registry";
import { summarise } from "@/lib/referrals/summary";
import { viewReferral } from "@/lib/triage/referral";
import { contextFor, createTestStaff, signInAs } from "../../helpers/staff";
import { setUpStaffDatabase } from "../../helpers/staff-test-env";
import { sendJourney, testDeps } from "../../helpers/submit-journey";
import type { TestDatabase } from "../../helpers/test-database";
import type { Answers } from "@/lib/referrals/journeys/types";

vi.mock("next/headers", () => import("../../helpers/next-headers-mock"));

let database: TestDatabase;
beforeAll(async () => {
  database = await setUpStaffDatabase();
  await installJobs(database.url);
  await signInAs(await createTestStaff("TRIAGER"));
});
afterAll(() => database.drop());

describe("a referral on the staff page", () => {
  it("reads like the form: check answers' page titles, labels and order, the risk answers only in the box at the top", async () => {
    const deps = await testDeps(getDb(), database.url);
    const reference = await sendJourney(deps, "young-person");
    const saved = await getDb().referral.findUniqueOrThrow({ where: { reference } });
    const detail = (await viewReferral(getDb(), await contextFor("referral:view"), saved.id))!;

    const checkAnswers = summarise(getJourney("young-person")!, saved.answers as Answers).filter((s) => !s.missing);
    const riskPages = ["risk", "risk-soon", "safety"];
    expect(detail.answerPages.map((p) => p.title)).toEqual(
      checkAnswers.filter((s) => !riskPages.includes(s.stepId)).map((s) => s.title),
    );
    const about = detail.answerPages.find((p) => p.title === checkAnswers.find((s) => s.stepId === "about")!.title)!;
    expect(about.rows.map((r) => r.label)).toEqual(
      checkAnswers.find((s) => s.stepId === "about")!.rows.map((r) => r.key),
    );
    expect(about.rows.find((r) => r.label === "Age")?.value).toMatch(/^\d+$/);
    // Risk answers in the box, labelled as the person saw the question; not repeated below.
    const riskQuestion = checkAnswers.find((s) => s.stepId === "risk")!.rows[0]!.key;
    expect(detail.riskAnswers.map((r) => r.label)).toContain(riskQuestion);
    expect(detail.answerPages.flatMap((p) => p.rows).map((r) => r.label)).not.toContain(riskQuestion);
    // Nothing left over: every page the person answered is shown as a page.
    expect(detail.answers).toEqual([]);
    await deps.boss.stop({ graceful: false });
  });
});
