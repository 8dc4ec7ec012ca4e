import type { StaffRole } from "@/lib/db/generated/enums";

export type { StaffRole };

/** What each staff role may do. Every page, route and action names one of these permissions. */
export const PERMISSIONS = {
  "referral:view": ["ADMIN", "TRIAGER"],
  "referral:update": ["ADMIN", "TRIAGER"],
  "referral:note": ["ADMIN", "TRIAGER"],
  "referral:export": ["ADMIN"],
  "referral:erase": ["ADMIN"],
  "audit:view": ["ADMIN"],
  "staff:manage": ["ADMIN"],
  /** Service reports: counts and times only, no one's details, but for managers (issue 15). */
  "report:view": ["ADMIN"],
  /** Own account: password, two-factor set-up, sign out. */
  "account:self": ["ADMIN", "TRIAGER"],
} as const satisfies Record<string, readonly StaffRole[]>;

export type Permission = keyof typeof PERMISSIONS;

export function roleAllows(role: StaffRole, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly StaffRole[]).includes(role);
}

export const ROLE_LABELS: Record<StaffRole, string> = { ADMIN: "Admin", TRIAGER: "Triager" };
