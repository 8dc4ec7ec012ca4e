/** The results page's pass (lib/progress/pass.ts): HttpOnly, for /check-progress only, 10 minutes. */
export const PASS_COOKIE = "ipt_progress";
