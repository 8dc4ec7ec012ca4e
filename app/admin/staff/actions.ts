"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { staffAction } from "@/lib/auth";
import { staffAccounts } from "@/lib/staff";

const staffId = z.string().min(1).max(64);

export const setActiveAction = staffAction(
  "staff:manage",
  z.object({ staffId, active: z.enum(["true", "false"]) }),
  async (input, context) => {
    if (input.staffId === context.staff.id) return { message: "You cannot deactivate your own account." };
    await staffAccounts.setActive(context, input.staffId, input.active === "true");
    redirect("/admin/staff?done=1");
  },
);

export const revokeSessionsAction = staffAction("staff:manage", z.object({ staffId }), async (input, context) => {
  await staffAccounts.revokeSessions(context, input.staffId);
  redirect("/admin/staff?done=1");
});
