// Drafts as people leave them on the "Check your answers" page, each with its own cookie token
// and idempotency key, so a load generator can send many real submissions over HTTP.
import { createHash, randomBytes, randomUUID } from "node:crypto";
import pg from "pg";
import type { Database } from "../../lib/db/client";
import { saveDraftStep } from "../../lib/referrals/drafts";
import { readForm } from "../../lib/forms/read-form";
import { getJourney, getQuestionStep } from "../../lib/referrals/journeys/registry";
import type { Answers, Journey, JourneySlug } from "../../lib/referrals/journeys/types";
import { stepApplies } from "../../lib/referrals/flow";
import { toFormData, validAnswers } from "../helpers/journey-answers";

export interface SeededDraft {
  /** The value of the draft cookie. */
  token: string;
  idempotencyKey: string;
}

/**
 * One draft made through lib/referrals page by page (each page's form read and checked by its
 * schema as the server action does), then copied `count` times with fresh tokens and keys.
 * The copies started 10 minutes ago, so the minimum completion time is met, not switched off.
 */
export async function seedDrafts(
  db: Database,
  databaseUrl: string,
  slug: JourneySlug,
  count: number,
): Promise<SeededDraft[]> {
  const journey = getJourney(slug)!;
  const { token } = await fillJourney(db, journey);
  const drafts = Array.from({ length: count }, () => ({
    token: randomBytes(32).toString("base64url"),
    idempotencyKey: randomUUID(),
  }));
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO referral_draft (id, token_hash, journey, answers, idempotency_key, created_at, updated_at, expires_at)
       SELECT gen_random_uuid(), t.hash, d.journey, d.answers, t.key, now() - interval '10 minutes', now(), d.expires_at
       FROM referral_draft d, unnest($1::text[], $2::text[]) AS t(hash, key)
       WHERE d.token_hash = $3`,
      [drafts.map((d) => sha256(d.token)), drafts.map((d) => d.idempotencyKey), sha256(token)],
    );
  } finally {
    await client.end();
  }
  return drafts;
}

/** The journey's answers as a complete draft, saved one page at a time. */
async function fillJourney(db: Database, journey: Journey): Promise<{ token: string }> {
  let token: string | undefined;
  const answers: Answers = {};
  for (const [stepId, fields] of Object.entries(validAnswers[journey.slug])) {
    const step = getQuestionStep(journey, stepId);
    if (!step || !stepApplies(journey, answers, stepId)) continue;
    const parsed = step.schema.parse(readForm(step, toFormData(fields)).values) as Record<string, unknown>;
    Object.assign(answers, { [stepId]: parsed });
    ({ token } = await saveDraftStep(token, journey, stepId, parsed, db));
  }
  return { token: token! };
}

/** The full answers of a seeded journey, as the bare ceiling receives them in its body. */
export async function draftAnswers(databaseUrl: string, token: string): Promise<Answers> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ answers: Answers }>(
      "SELECT answers FROM referral_draft WHERE token_hash = $1",
      [sha256(token)],
    );
    return rows[0]!.answers;
  } finally {
    await client.end();
  }
}

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
