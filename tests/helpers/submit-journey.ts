import { randomUUID } from "node:crypto";
import type { PgBoss } from "pg-boss";
import type { Database } from "../../lib/db/client";
import { installJobs } from "../../lib/jobs/boss";
import { applicableSteps } from "../../lib/referrals/flow";
import { getJourney } from "../../lib/referrals/journeys/registry";
import type { Journey, JourneySlug } from "../../lib/referrals/journeys/types";
import { loadDraft } from "../../lib/referrals/drafts";
import { answersRevision, REVISION_FIELD } from "../../lib/referrals/draft-revision";
import type { SubmissionDeps } from "../../lib/referrals/submission-deps";
import type { Limiter } from "../../lib/referrals/rate-limit";
import { submitJourney } from "../../lib/referrals/submit-journey";
import { submitStep } from "../../lib/referrals/submit-step";
import { toFormData, validAnswers, type PageAnswers } from "./journey-answers";
import { createTestDatabase, type TestDatabase } from "./test-database";
import { testQueueClient } from "./queue-client";

export const unlimited: Limiter = { consume: async () => true };

/** Deps for the server entry points on a test database, with a started (non-supervising) pg-boss. */
export async function testDeps(
  db: Database,
  url: string,
  overrides: Partial<SubmissionDeps> = {},
): Promise<SubmissionDeps & { boss: PgBoss }> {
  const boss = testQueueClient(url);
  await boss.start();
  return { db, queue: async () => boss, limiter: unlimited, minSeconds: 0, ...overrides, boss };
}

export type TestDeps = Awaited<ReturnType<typeof testDeps>>;

/** A file's own test database with pg-boss installed, and the submission deps on it. */
export async function openSubmissionDatabase(): Promise<{ database: TestDatabase; deps: TestDeps }> {
  const database = await createTestDatabase();
  await installJobs(database.url);
  return { database, deps: await testDeps(database.db(), database.url) };
}

/** Stops the deps' pg-boss and drops the database openSubmissionDatabase made. */
export async function closeSubmissionDatabase(database: TestDatabase, deps: TestDeps): Promise<void> {
  await deps.boss.stop({ graceful: false });
  await database.drop();
}

/**
 * Posts every page of a journey through submitStep, as the browser would, and returns the
 * draft's cookie token and idempotency key, ready for submitJourney. Given a token, it carries
 * on with that draft, answering only the pages still unanswered.
 */
export async function fillJourney(
  deps: SubmissionDeps,
  slug: JourneySlug,
  change: Record<string, PageAnswers> = {},
  draftToken?: string,
) {
  const journey = getJourney(slug)!;
  const pages = { ...validAnswers[slug], ...change };
  // Each form its own address: the reference email goes at most once per address per day.
  if (!change.contact && pages.contact?.email) pages.contact = { ...pages.contact, email: nextAddress() };
  let token = draftToken;
  for (let guard = 0; guard < 20; guard++) {
    const answers = token ? ((await loadDraft(token, journey, deps.db))?.answers ?? {}) : {};
    const next = applicableSteps(journey, answers).find((s) => s.kind === "question" && !answers[s.id]);
    if (!next) break;
    const outcome = await submitStep(
      {
        journey,
        stepId: next.id,
        form: toFormData(pages[next.id] ?? {}),
        draftToken: token,
        client: "127.0.0.1",
        returnToCheck: false,
      },
      deps,
    );
    if (!("redirect" in outcome)) throw new Error(`${slug}/${next.id} was not accepted: ${JSON.stringify(outcome)}`);
    token = outcome.draftToken;
  }
  const draft = await loadDraft(token, journey, deps.db);
  return { journey, token: token!, idempotencyKey: draft!.idempotencyKey, revision: answersRevision(draft!.answers) };
}

let sent = 0;
const nextAddress = () => `alex+${++sent}@example.net`;

/** Fills and sends a whole journey; returns the reference. */
export async function sendJourney(
  deps: SubmissionDeps,
  slug: JourneySlug,
  change: Record<string, PageAnswers> = {},
): Promise<string> {
  const { journey, token, idempotencyKey } = await fillJourney(deps, slug, change);
  const outcome = await post(deps, journey, token, idempotencyKey);
  if (!("redirect" in outcome) || !outcome.reference)
    throw new Error(`sending ${slug} failed: ${JSON.stringify(outcome)}`);
  return outcome.reference;
}

/** Sends the check page as the browser would: the idempotency key and the revision of the answers it showed. */
export async function post(
  deps: SubmissionDeps,
  journey: Journey,
  token: string | undefined,
  idempotencyKey: string = randomUUID(),
  client = "127.0.0.1",
) {
  const draft = await loadDraft(token, journey, deps.db);
  const shown: Record<string, string> = draft ? { [REVISION_FIELD]: answersRevision(draft.answers) } : {};
  return submitJourney({ journey, form: toFormData({ idempotencyKey, ...shown }), draftToken: token, client }, deps);
}
