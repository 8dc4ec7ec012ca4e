import "server-only";
import { notFound, redirect } from "next/navigation";
import { currentRequest } from "./request";
import { roleAllows, type Permission } from "./roles";
import { readStaffSession, type Staff } from "./session";

export interface StaffContext {
  staff: Staff;
  ip: string | null;
  headers: Headers;
}

export const SIGN_IN_PATH = "/admin/sign-in";

const PENDING_STEP_PATHS: Record<NonNullable<Staff["pendingStep"]>, string> = {
  "change-password": "/admin/account/password",
  "set-up-two-factor": "/admin/account/two-factor",
};

export interface GuardOptions {
  /** For the pages that complete sign-in (password change, two-factor set-up) and sign-out. */
  allowPendingStep?: boolean;
}

export type Refusal = "anonymous" | "forbidden";

/**
 * Checks the session and the role, or says why not. The one place authorization is decided:
 * pages use requireStaff, actions staffAction, route handlers staffRoute, and all three call this.
 */
export async function authorize(
  permission: Permission,
  options: GuardOptions = {},
): Promise<{ context: StaffContext } | { refusal: Refusal; expired: boolean; pendingPath?: string }> {
  const { headers, ip } = await currentRequest();
  const result = await readStaffSession(headers, ip);
  if (!result.staff) return { refusal: "anonymous", expired: result.expired };
  const { staff } = result;
  if (staff.pendingStep && !options.allowPendingStep) {
    return { refusal: "anonymous", expired: false, pendingPath: PENDING_STEP_PATHS[staff.pendingStep] };
  }
  if (!roleAllows(staff.role, permission)) return { refusal: "forbidden", expired: false };
  return { context: { staff, ip, headers } };
}

/** For pages: the signed-in staff member allowed `permission`, or a redirect to sign in, or 404. */
export async function requireStaff(permission: Permission, options: GuardOptions = {}): Promise<StaffContext> {
  const outcome = await authorize(permission, options);
  if ("context" in outcome) return outcome.context;
  if (outcome.pendingPath) redirect(outcome.pendingPath);
  if (outcome.refusal === "forbidden") notFound();
  redirect(outcome.expired ? `${SIGN_IN_PATH}?expired=1` : SIGN_IN_PATH);
}

/** The signed-in staff member for showing navigation, or null. Never a substitute for requireStaff. */
export async function currentStaff(): Promise<Staff | null> {
  const { headers, ip } = await currentRequest();
  return (await readStaffSession(headers, ip)).staff;
}
