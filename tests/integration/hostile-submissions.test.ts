import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applicableSteps } from "../../lib/referrals/flow";
import { journeys } from "../../lib/referrals/journeys/registry";
import type { Journey, JourneySlug } from "../../lib/referrals/journeys/types";
import { loadDraft } from "../../lib/referrals/drafts";
import type { FormState } from "../../lib/forms/form-state";
import { submitStep, type StepMove } from "../../lib/referrals/submit-step";
import { answersRevision, REVISION_FIELD } from "../../lib/referrals/draft-revision";
import { submitJourney, type SendMove } from "../../lib/referrals/submit-journey";
import { fuzzRuns } from "../helpers/fuzz-runs";
import { validAnswers, type PageAnswers } from "../helpers/journey-answers";
import type { TestDatabase } from "../helpers/test-database";
import { type TestDeps, closeSubmissionDatabase, openSubmissionDatabase } from "../helpers/submit-journey";

// Thousands of random and hostile form posts against the server entry points (the functions
// the server actions call), on a real Postgres: every answer is a redirect or a 4xx with a
// message, nothing throws, and every referral saved still passes its journey's schema.

let database: TestDatabase;
let deps: TestDeps;
beforeAll(async () => ({ database, deps } = await openSubmissionDatabase()));
afterAll(() => closeSubmissionDatabase(database, deps));

const slugs = Object.keys(journeys) as JourneySlug[];
const hostileText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constantFrom(
    "",
    " ",
    "\u0000",
    "a\u0000b",
    "<script>alert(1)</script>",
    "' OR 1=1; --",
    "{{7*7}}",
    "${7*7}",
    "__proto__",
    "\u202Eevil",
    "😀".repeat(30),
    "yes",
    "no",
    "1",
    "31",
    "2",
    "2000",
    "99999",
  ),
  fc.string({ minLength: 2001, maxLength: 6000 }),
);
const value = fc.oneof(hostileText, fc.array(hostileText, { maxLength: 15 }));
const fieldNames = (journey: Journey) =>
  applicableSteps(journey, {})
    .concat(journey.steps)
    .flatMap((s) =>
      s.kind === "question"
        ? s.fields.flatMap((f) =>
            f.kind === "date" ? ["day", "month", "year"].map((p) => `${f.name}.${p}`) : [f.name],
          )
        : [],
    );
const anyKey = (journey: Journey) =>
  fc.oneof(
    { arbitrary: fc.constantFrom(...fieldNames(journey)), weight: 12 },
    { arbitrary: fc.constantFrom("website", "idempotencyKey", "__proto__", "constructor", "$ACTION_ID_x"), weight: 1 },
    { arbitrary: fc.string({ maxLength: 20 }), weight: 1 },
  );
const form = (journey: Journey) =>
  fc.array(fc.tuple(anyKey(journey), value), { maxLength: 12 }).map((pairs) => {
    const data = new FormData();
    for (const [k, v] of pairs) for (const item of Array.isArray(v) ? v : [v]) data.append(k, item);
    return data;
  });

function expectHandled(outcome: FormState | StepMove | SendMove) {
  if ("redirect" in outcome) {
    expect(outcome.redirect).toMatch(/^\/(refer|enquire)\/[a-z0-9-]+\/[a-z0-9-]+(\?[a-z]+=[a-z0-9]+)?$/);
    return;
  }
  // The person's input is refused with something to fix, never "unavailable" (a 500 in disguise).
  if (outcome.status === "invalid") expect(Object.values(outcome.errors).flat().length).toBeGreaterThan(0);
  else if (outcome.status === "refused") expect(outcome.message.length).toBeGreaterThan(0);
  else expect(outcome.status).toBe("rate-limited");
}

describe("hostile form posts", () => {
  it("answer every random post to any page with a redirect or a 4xx and a message", async () => {
    const journeyArb = fc.constantFrom(...slugs).map((slug) => journeys[slug]);
    const post = journeyArb.chain((journey) =>
      fc.record({
        journey: fc.constant(journey),
        stepId: fc.oneof(fc.constantFrom(...journey.steps.map((s) => s.id)), fc.string({ maxLength: 12 })),
        form: form(journey),
        token: fc.option(fc.string({ maxLength: 60 })),
      }),
    );
    await fc.assert(
      fc.asyncProperty(post, async ({ journey, stepId, form, token }) => {
        expectHandled(
          await submitStep(
            { journey, stepId, form, draftToken: token ?? undefined, client: "fuzz", returnToCheck: false },
            deps,
          ),
        );
      }),
      { numRuns: fuzzRuns(2000) },
    );
  });

  it("answer random posts to the send step with a redirect or a 4xx and a message", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...slugs),
        fc.array(fc.tuple(fc.constantFrom("idempotencyKey", "website", "x"), fc.oneof(hostileText, fc.uuid())), {
          maxLength: 4,
        }),
        async (slug, pairs) => {
          const data = new FormData();
          for (const [k, v] of pairs) data.append(k, v);
          expectHandled(
            await submitJourney({ journey: journeys[slug], form: data, draftToken: undefined, client: "fuzz" }, deps),
          );
        },
      ),
      { numRuns: fuzzRuns(500) },
    );
  });

  it("never save a referral that breaks its journey's schema, whatever each page was sent", async () => {
    // Valid answers with one or two answers replaced by something hostile, so most posts get far.
    const change = (slug: JourneySlug) =>
      fc
        .constantFrom(...Object.keys(validAnswers[slug]))
        .chain((page) =>
          fc.tuple(fc.constant(page), fc.constantFrom(...Object.keys(validAnswers[slug][page]!)), value),
        );
    const mutated = fc
      .constantFrom(...slugs)
      .chain((slug) => fc.record({ slug: fc.constant(slug), changes: fc.array(change(slug), { maxLength: 2 }) }));
    await fc.assert(
      fc.asyncProperty(mutated, async ({ slug, changes }) => {
        const journey = journeys[slug];
        const pages: Record<string, PageAnswers> = structuredClone(validAnswers[slug]);
        for (const [page, field, v] of changes) pages[page] = { ...pages[page], [field]: v };
        let token: string | undefined;
        for (const step of journey.steps) {
          if (step.kind !== "question") continue;
          const data = new FormData();
          for (const [k, v] of Object.entries(pages[step.id] ?? {}))
            for (const item of Array.isArray(v) ? v : [v]) data.append(k, item);
          const outcome = await submitStep(
            { journey, stepId: step.id, form: data, draftToken: token, client: "fuzz", returnToCheck: false },
            deps,
          );
          expectHandled(outcome);
          if ("redirect" in outcome) token = outcome.draftToken;
        }
        const draft = token ? await loadDraft(token, journey, deps.db) : null;
        const data = new FormData();
        data.append("idempotencyKey", draft?.idempotencyKey ?? crypto.randomUUID());
        if (draft) data.append(REVISION_FIELD, answersRevision(draft.answers));
        expectHandled(await submitJourney({ journey, form: data, draftToken: token, client: "fuzz" }, deps));
      }),
      { numRuns: fuzzRuns(300) },
    );
    const rows = await database.db().referral.findMany({ select: { journey: true, answers: true } });
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const journey = Object.values(journeys).find((j) => j.kind === row.journey)!;
      expect(journey.schema.safeParse(row.answers).success).toBe(true);
    }
    // With FUZZ_RUNS=full, 300 whole journeys, every page a real database write: about 45 to 60
    // seconds on a shared 2-core machine under load, so more than the default.
  }, 180_000);
});

describe("characters Postgres cannot store", () => {
  it("refuses a NUL character with a message instead of failing to save", async () => {
    const journey = journeys.adult;
    const data = new FormData();
    Object.entries({ ...validAnswers.adult.about, givenName: "Al\u0000ex" }).forEach(([k, v]) =>
      data.append(k, String(v)),
    );
    const outcome = await submitStep(
      { journey, stepId: "about", form: data, draftToken: undefined, client: "fuzz", returnToCheck: false },
      deps,
    );
    expect(outcome).toMatchObject({ status: "invalid", errors: { givenName: [expect.any(String)] } });
  });
});
