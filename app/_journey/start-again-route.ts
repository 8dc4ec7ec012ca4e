import { NextResponse, type NextRequest } from "next/server";
import { firstStepPath } from "@/lib/referrals/flow";
import { getJourney } from "@/lib/referrals/journeys/registry";
import { startAgain } from "./request";

/**
 * "Start again" and "Start a new form": forgets this journey's draft and sent-form reference,
 * then opens the first question, empty. Reached by a plain link.
 */
export function startAgainRoute(area: "refer" | "enquire") {
  return async (request: NextRequest, { params }: { params: Promise<{ journey: string }> }) => {
    const journey = getJourney((await params).journey, area);
    if (!journey) return new NextResponse("Not found", { status: 404 });
    try {
      await startAgain(journey);
    } catch {
      // The database is down: the cookies are gone all the same, and the row times out by itself.
    }
    return NextResponse.redirect(new URL(firstStepPath(journey), request.url), 303);
  };
}
