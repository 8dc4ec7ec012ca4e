import { checkDatabase } from "@/lib/db";

export const dynamic = "force-dynamic";

/** For load balancers and monitoring: 200 while the database answers, 503 when it does not. */
export async function GET() {
  const database = await checkDatabase();
  const up = database.status === "up";
  return Response.json(
    { status: up ? "ok" : "unavailable", database },
    { status: up ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
