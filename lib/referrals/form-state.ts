// What a form page shows after a post that did not move on: shared by server actions and the page.

export type FormState =
  | { status: "idle" }
  | { status: "invalid"; errors: Record<string, string[]>; values: Record<string, unknown> }
  | { status: "unavailable"; values: Record<string, unknown> }
  | { status: "rate-limited"; values: Record<string, unknown> }
  /** A limit refused the submission, so its answers were put in the held queue for staff. */
  | { status: "held"; values: Record<string, unknown> }
  | { status: "rejected"; message: string; values: Record<string, unknown> };

export const idleState: FormState = { status: "idle" };
