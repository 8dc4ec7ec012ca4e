import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db";
import { ageOn } from "@/lib/referrals/age";
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

const riskPages = ["risk", "risk-soon", "safety", "consent"];

describe("a referral on the staff page", () => {
  it("reads like the form: check answers' page titles and labels, what is happening first, the risk and consent answers only in the box at the top", async () => {
    const deps = await testDeps(getDb(), database.url);
    const reference = await sendJourney(deps, "young-person");
    const saved = await getDb().referral.findUniqueOrThrow({ where: { reference } });
    const detail = (await viewReferral(getDb(), await contextFor("referral:view"), saved.id))!;

    const checkAnswers = summarise(getJourney("young-person")!, saved.answers as Answers).filter((s) => !s.missing);
    const below = checkAnswers.filter((s) => !riskPages.includes(s.stepId));
    const concerns = below.find((s) => s.stepId === "concerns")!;
    expect(detail.answerPages.map((p) => p.title)).toEqual([
      concerns.title,
      ...below.filter((s) => s !== concerns).map((s) => s.title),
    ]);
    const about = detail.answerPages.find((p) => p.title === checkAnswers.find((s) => s.stepId === "about")!.title)!;
    // The age is part of the date of birth, not a second row.
    expect(about.rows.map((r) => r.label)).toEqual(
      checkAnswers
        .find((s) => s.stepId === "about")!
        .rows.map((r) => r.key)
        .filter((key) => key !== "Age"),
    );
    const born = saved.dateOfBirth!;
    const age = ageOn(born, new Date());
    expect(about.rows.find((r) => r.label === "Date of birth")?.value).toBe(
      `14 March ${born.getUTCFullYear()} (age ${age})`,
    );
    // Risk answers in the box, labelled as the person saw the question; not repeated below.
    const riskQuestion = checkAnswers.find((s) => s.stepId === "risk")!.rows[0]!.key;
    const parentQuestion = checkAnswers.find((s) => s.stepId === "consent")!.rows[0]!.key;
    expect(detail.riskAnswers.map((r) => r.label)).toEqual(expect.arrayContaining([riskQuestion, parentQuestion]));
    const labelsBelow = detail.answerPages.flatMap((p) => p.rows).map((r) => r.label);
    expect(labelsBelow).not.toContain(riskQuestion);
    expect(labelsBelow).not.toContain(parentQuestion);
    // Nothing shown twice: the form's pages say who the person is, so there is no separate list.
    expect(detail.person).toEqual([]);
    expect(detail.consent).toEqual([]);
    // Nothing left over: every page the person answered is shown as a page.
    expect(detail.answers).toEqual([]);
    await deps.boss.stop({ graceful: false });
  });

  it("puts every flag and each contact restriction in the risk and safeguarding box", async () => {
    const deps = await testDeps(getDb(), database.url);
    const reference = await sendJourney(deps, "young-person", {
      risk: { selfHarmThoughts: "yes" },
      "risk-soon": { mayActSoon: "yes" },
      safety: { beingHurt: "yes" },
      consent: { parentKnows: "no", mayContactParent: "talk-first", parentName: "", parentPhone: "" },
      contact: {
        phone: "07700 900982",
        mayCall: "yes",
        mayVoicemail: "no",
        mayText: "no",
        phoneOwn: "shared",
        email: "kit@example.net",
        mayEmail: "yes",
        emailOwn: "own",
        emailReference: "yes",
        bestTimes: "",
      },
    });
    const saved = await getDb().referral.findUniqueOrThrow({ where: { reference } });
    const detail = (await viewReferral(getDb(), await contextFor("referral:view"), saved.id))!;
    expect(detail.urgent).toBe(true);
    expect(detail.flags).toEqual(["selfHarmThoughts", "mayActSoon", "beingHurt", "under16ParentUnaware"]);
    expect(detail.contactRestrictions).toEqual([
      "Do not leave voicemail",
      "Do not text",
      "Phone is shared with other people",
    ]);
    await deps.boss.stop({ graceful: false });
  });

  it("lists changes, notes and emails on the timeline, never views", async () => {
    const deps = await testDeps(getDb(), database.url);
    const reference = await sendJourney(deps, "adult");
    const saved = await getDb().referral.findUniqueOrThrow({ where: { reference } });
    await getDb().referral.update({ where: { id: saved.id }, data: { notifiedAt: new Date() } });
    const context = await contextFor("referral:view");
    await viewReferral(getDb(), context, saved.id);
    const detail = (await viewReferral(getDb(), context, saved.id))!;
    const kinds = detail.timeline.map((e) => e.kind);
    expect(kinds).toContain("email");
    expect(detail.timeline.map((e) => e.what)).not.toContain("Viewed");
    expect(await getDb().auditEvent.count({ where: { action: "referral.viewed", target: saved.id } })).toBe(2);
    await deps.boss.stop({ graceful: false });
  });
});
