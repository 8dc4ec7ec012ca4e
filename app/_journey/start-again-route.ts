import { NextResponse } from "next/server";
import { firstStepPath } from "@/lib/referrals/flow";
import { getJourney } from "@/lib/referrals/journeys/registry";
import { startAgain } from "./request";

/**
 * "Start again" and "Start a new form": forgets this journey's draft and sent-form reference,
 * then opens the first question, empty. Reached by a plain link.
 */
export function startAgainRoute(area: "refer" | "enquire") {
  return async (_request: Request, { params }: { params: Promise<{ journey: string }> }) => {
    const journey = getJourney((await params).journey, area);
    if (!journey) return new NextResponse("Not found", { status: 404 });
    try {
      await startAgain(journey);
    } catch {
      // The database is down: the cookies are gone all the same, and the row times out by itself.
    }
    // A relative Location: the request's own URL can name the server's internal host (localhost)
    // rather than the one the person used, which would send them to an address that fails.
    return new Response(null, { status: 303, headers: { Location: firstStepPath(journey) } });
  };
}
