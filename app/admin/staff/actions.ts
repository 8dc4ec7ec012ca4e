"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { staffAction } from "@/lib/auth";
import { revokeStaffSessions, setStaffActive } from "@/lib/auth/staff";
import { getDb } from "@/lib/db";

const staffId = z.string().min(1).max(64);

export const setActiveAction = staffAction("staff:manage", z.object({ staffId, active: z.enum(["true", "false"]) }), async (input, context) => {
  if (input.staffId === context.staff.id) return { message: "You cannot deactivate your own account." };
  await setStaffActive(getDb(), input.staffId, input.active === "true", context.staff.id, context.ip);
  redirect("/admin/staff?done=1");
});

export const revokeSessionsAction = staffAction("staff:manage", z.object({ staffId }), async (input, context) => {
  await revokeStaffSessions(getDb(), input.staffId, context.staff.id, context.ip);
  redirect("/admin/staff?done=1");
});
