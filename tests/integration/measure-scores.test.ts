import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getJourney } from "../../lib/referrals/journeys/registry";
import { submitStep } from "../../lib/referrals/submit-step";
import { anonymiseExpiredReferrals } from "../../lib/triage/retention";
import { measureScoresFor, severitiesFor } from "../../lib/triage/measures";
import { answerSections } from "../../lib/triage/answer-sections";
import { phq9, scoreMeasure } from "../../lib/measures";
import { measureScoreRows } from "../../lib/referrals/measure-scores";
import type { TestDatabase } from "../helpers/test-database";
import { toFormData } from "../helpers/journey-answers";
import {
  type TestDeps,
  closeSubmissionDatabase,
  fillJourney,
  openSubmissionDatabase,
  post,
  sendJourney,
} from "../helpers/submit-journey";

let database: TestDatabase;
let deps: TestDeps;
beforeAll(async () => ({ database, deps } = await openSubmissionDatabase()));
afterAll(() => closeSubmissionDatabase(database, deps));

const items = (...values: string[]) => Object.fromEntries(values.map((v, i) => [`item${i + 1}`, v]));
const scoresOf = async (reference: string) => {
  const referral = await database.db().referral.findUniqueOrThrow({ where: { reference } });
  const scores = await database.db().measureScore.findMany({ where: { referralId: referral.id } });
  return { referral, scores: Object.fromEntries(scores.map((s) => [s.measure, s])) };
};

describe("standard measures sent with a referral", () => {
  it("scores an adult's PHQ-9, GAD-7 and WSAS on the server; item 9 flags thoughts but not urgency", async () => {
    const reference = await sendJourney(deps, "adult", {
      measures: { answerMeasures: "yes" },
      phq9: items("2", "2", "1", "1", "1", "1", "1", "1", "1"),
      gad7: items("3", "3", "3", "3", "3", "3"),
      wsas: items("n/a", "4", "5", "6", "7"),
    });
    const { referral, scores } = await scoresOf(reference);
    expect(referral).toMatchObject({ urgent: false, flagSelfHarmThoughts: true, flagMayActSoon: false });
    expect(scores.PHQ9).toMatchObject({
      occasion: "BASELINE",
      status: "COMPLETE",
      total: 11,
      band: "Moderate",
      itemsAnswered: 9,
      riskItemPositive: true,
    });
    // Item 7 left blank: no prorating rule for the GAD-7, so no total.
    expect(scores.GAD7).toMatchObject({ status: "INCOMPLETE", total: null, band: null, itemsAnswered: 6 });
    expect(scores.WSAS).toMatchObject({ status: "PRORATED", total: 28, items: ["n/a", 4, 5, 6, 7] });
    expect(scores.SMFQ_CHILD).toBeUndefined();

    // Staff see each measure with its band, source and every item's answer; item 9 in the risk box.
    const views = await measureScoresFor(database.db(), referral.id);
    const phq = views.find((v) => v.measure === "PHQ9")!;
    expect(phq).toMatchObject({ total: 11, band: "Moderate", status: "Complete", riskItemPositive: true });
    expect(phq.source).toContain("Kroenke");
    expect(phq.items[8]).toEqual({
      label: "9. Thoughts that you would be better off dead or of hurting yourself in some way",
      value: "Several days (1)",
    });
    expect(views.find((v) => v.measure === "WSAS")!.items[0]!.value).toMatch(/^I'm retired/);
    expect(views.find((v) => v.measure === "GAD7")!.status).toMatch(/^Incomplete: 1 item missing/);
    expect((await severitiesFor(database.db(), [referral.id]))[referral.id]).toEqual([
      { shortName: "PHQ-9", total: 11, band: "Moderate", riskItemPositive: true },
      { shortName: "GAD-7", total: null, band: null, riskItemPositive: false },
      { shortName: "WSAS", total: 28, band: "Moderately severe or worse (above 20)", riskItemPositive: false },
    ]);
    expect(answerSections(referral.journey, referral.answers).risk.map((r) => r.key)).toContain("PHQ-9 item 9");
  });

  it("saves a young person's referral with no scores when they would rather not answer", async () => {
    const reference = await sendJourney(deps, "young-person", { measures: { answerMeasures: "no" } });
    const { referral, scores } = await scoresOf(reference);
    expect(referral.flagSelfHarmThoughts).toBe(false);
    expect(scores).toEqual({});
  });

  it("scores a young person's SMFQ against the child version's cut-off", async () => {
    const reference = await sendJourney(deps, "young-person", {
      measures: { answerMeasures: "yes" },
      smfq: items(...Array<string>(13).fill("1")),
    });
    expect((await scoresOf(reference)).scores.SMFQ_CHILD).toMatchObject({
      total: 13,
      band: "At or above the cut-off of 8",
      riskItemPositive: false,
    });
  });

  it("scores a parent's SMFQ parent version with a total and no band", async () => {
    const reference = await sendJourney(deps, "parent-carer", {
      measures: { answerMeasures: "yes" },
      "smfq-parent": items(...Array<string>(13).fill("2")),
    });
    expect((await scoresOf(reference)).scores.SMFQ_PARENT).toMatchObject({ total: 26, band: null, status: "COMPLETE" });
  });

  it("keeps a professional's typed totals as entered scores, banded, and skips blank ones", async () => {
    const reference = await sendJourney(deps, "professional", { scores: { phq9Total: "14", gad7Total: "" } });
    const { scores } = await scoresOf(reference);
    expect(scores.PHQ9).toMatchObject({ status: "ENTERED", total: 14, band: "Moderate", items: [] });
    expect(Object.keys(scores)).toEqual(["PHQ9"]);
  });

  it("keeps later scores beside the baseline for the same person, so change can be shown: staff see both, the inbox the latest", async () => {
    const reference = await sendJourney(deps, "adult", {
      measures: { answerMeasures: "yes" },
      phq9: items("3", "3", "2", "2", "2", "2", "2", "2", "0"),
    });
    const { referral } = await scoresOf(reference);
    const baseline = await database.db().measureScore.findFirstOrThrow({ where: { referralId: referral.id } });
    // A session score as therapy would record it (not collected yet): same measure, scored by lib.
    const later = scoreMeasure(phq9, [1, 1, 1, 1, 0, 0, 0, 0, 0])!;
    const [row] = measureScoreRows([later]);
    await database.db().measureScore.create({
      data: {
        ...row!,
        occasion: "SESSION",
        takenAt: new Date(baseline.takenAt.getTime() + 42 * 24 * 3600 * 1000),
        referralId: referral.id,
      },
    });

    const views = await measureScoresFor(database.db(), referral.id);
    expect(views.map((v) => [v.occasion, v.total, v.band])).toEqual([
      ["BASELINE", 18, "Moderately severe"],
      ["SESSION", 4, "None to minimal"],
    ]);
    expect((await severitiesFor(database.db(), [referral.id]))[referral.id]).toEqual([
      { shortName: "PHQ-9", total: 4, band: "None to minimal", riskItemPositive: false },
    ]);
  });

  it("scores nothing from pages the person did not see (answered, then chose not to)", async () => {
    const { journey, token, idempotencyKey } = await fillJourney(deps, "adult", {
      measures: { answerMeasures: "yes" },
      phq9: items(...Array<string>(9).fill("3")),
    });
    await submitStep(
      {
        journey,
        stepId: "measures",
        form: toFormData({ answerMeasures: "no" }),
        draftToken: token,
        client: "127.0.0.1",
        returnToCheck: true,
      },
      deps,
    );
    const outcome = await post(deps, journey, token, idempotencyKey);
    expect("redirect" in outcome && outcome.reference).toBeTruthy();
    const { referral, scores } = await scoresOf((outcome as { reference: string }).reference);
    expect(scores).toEqual({});
    expect(referral.flagSelfHarmThoughts).toBe(false);
  });

  it("refuses an answer the questionnaire does not offer, and a total out of range", async () => {
    const { token } = await fillJourney(deps, "adult", { measures: { answerMeasures: "yes" } });
    const adult = getJourney("adult")!;
    const refused = await submitStep(
      {
        journey: adult,
        stepId: "phq9",
        form: toFormData({ item1: "4" }),
        draftToken: token,
        client: "127.0.0.1",
        returnToCheck: false,
      },
      deps,
    );
    expect(refused).toMatchObject({ status: "invalid" });
    const professional = await fillJourney(deps, "professional");
    const tooHigh = await submitStep(
      {
        journey: getJourney("professional")!,
        stepId: "scores",
        form: toFormData({ phq9Total: "28" }),
        draftToken: professional.token,
        client: "127.0.0.1",
        returnToCheck: false,
      },
      deps,
    );
    expect(tooHigh).toMatchObject({ status: "invalid" });
  });

  it("deletes the scores when the referral is anonymised, and with the referral when it is erased", async () => {
    const reference = await sendJourney(deps, "adult", {
      measures: { answerMeasures: "yes" },
      phq9: items(...Array<string>(9).fill("0")),
    });
    const { referral } = await scoresOf(reference);
    const db = database.db();
    expect(await db.measureScore.count({ where: { referralId: referral.id } })).toBe(1);
    await db.referral.update({
      where: { id: referral.id },
      data: { status: "CLOSED", closedAt: new Date(Date.now() - 40 * 86_400_000) },
    });
    await anonymiseExpiredReferrals(db, 30);
    expect(await db.measureScore.count({ where: { referralId: referral.id } })).toBe(0);

    const erased = await scoresOf(
      await sendJourney(deps, "adult", {
        measures: { answerMeasures: "yes" },
        gad7: items("1", "1", "1", "1", "1", "1", "1"),
      }),
    );
    expect(Object.keys(erased.scores)).toEqual(["GAD7"]);
    await db.referral.delete({ where: { id: erased.referral.id } });
    expect(await db.measureScore.count({ where: { referralId: erased.referral.id } })).toBe(0);
  });
});
