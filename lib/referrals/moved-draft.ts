import "server-only";
import type { Database } from "@/lib/db";
import { loadDraft } from "./drafts";
import { movedPageShows } from "./journey-moves";
import { getJourney } from "./journeys/registry";
import type { Journey } from "./journeys/types";

/**
 * The journey this person's draft is in now. After an under-18's adult draft was moved, a visit
 * or a post to the adult form (the browser's Back button) belongs in the young person's draft:
 * starting a fresh adult draft would throw away everything they typed.
 */
export async function journeyAfterMove(journey: Journey, token: string | undefined, db?: Database): Promise<Journey> {
  if (journey.kind !== "ADULT_SELF" || !token) return journey;
  const youngPerson = getJourney("young-person")!;
  if (await loadDraft(token, journey, db)) return journey;
  const moved = await loadDraft(token, youngPerson, db);
  return moved && movedPageShows(moved.answers) ? youngPerson : journey;
}
