import "server-only";
import { getDb } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record";
import { getAuth } from "./auth";
import type { StaffContext } from "./guard";
import { applySetCookies } from "./request";

/** Ends this session: the row goes from Postgres and the cookie is expired. */
export async function signOut(context: StaffContext): Promise<void> {
  const { headers } = await getAuth().api.signOut({ headers: context.headers, returnHeaders: true });
  await applySetCookies(headers);
  await recordAudit(getDb(), {
    actorId: context.staff.id,
    action: "auth.sign_out",
    target: context.staff.id,
    ip: context.ip,
  });
}

/** Ends every session of this person, on every device, including this one. */
export async function signOutEverywhere(context: StaffContext): Promise<number> {
  const db = getDb();
  const { count } = await db.session.deleteMany({ where: { userId: context.staff.id } });
  const { headers } = await getAuth().api.signOut({ headers: context.headers, returnHeaders: true });
  await applySetCookies(headers);
  await recordAudit(db, {
    actorId: context.staff.id,
    action: "auth.sign_out_everywhere",
    target: context.staff.id,
    ip: context.ip,
    detail: { sessions: count },
  });
  return count;
}
