import "server-only";
import type { Database } from "@/lib/db";
import { loadDraft } from "./drafts";
import { moveFrom } from "./journey-moves";
import { getJourney } from "./journeys/registry";
import type { Journey } from "./journeys/types";

/**
 * The journey this person's draft is in now. After a draft was moved (an under-18 from the adult
 * form to the young person's, or someone 18 or over the other way), a visit or a post to the old
 * form (the browser's Back button) belongs in the moved draft: starting a fresh draft there would
 * throw away everything they typed.
 */
export async function journeyAfterMove(journey: Journey, token: string | undefined, db?: Database): Promise<Journey> {
  const move = moveFrom(journey);
  if (!move || !token) return journey;
  const target = getJourney(move.to)!;
  if (await loadDraft(token, journey, db)) return journey;
  const moved = await loadDraft(token, target, db);
  return moved && move.belongs(moved.answers, new Date()) ? target : journey;
}
