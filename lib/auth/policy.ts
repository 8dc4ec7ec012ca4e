/** Session and sign-in limits, in one place so tests and pages quote the same numbers. */
export const SESSION_IDLE_TIMEOUT_MS = 30 * 60 * 1000;
export const SESSION_ABSOLUTE_LIFETIME_S = 12 * 60 * 60;
/** How often the last-activity time is written, so every request is not a database write. */
export const ACTIVITY_WRITE_INTERVAL_MS = 60 * 1000;

export const LOCKOUT_WINDOW_MS = 15 * 60 * 1000;
/** Failed sign-ins for one email address within the window before it is locked. */
export const MAX_FAILURES_PER_ACCOUNT = 5;
/** Failed sign-ins from one IP address within the window before it is locked. */
export const MAX_FAILURES_PER_IP = 20;

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 128;
