/** Session and sign-in limits, in one place so tests and pages quote the same numbers. */
export const SESSION_IDLE_TIMEOUT_MS = 30 * 60 * 1000;
export const SESSION_ABSOLUTE_LIFETIME_S = 12 * 60 * 60;
/** How often the last-activity time is written, so every request is not a database write. */
export const ACTIVITY_WRITE_INTERVAL_MS = 60 * 1000;

/** Tries are forgotten after this long without one (a pause, once begun, runs its course). */
export const LOCKOUT_WINDOW_MS = 15 * 60 * 1000;
/**
 * Tries at one account from one address before a pause. Low, because it is the one an attacker
 * with a single address meets; it does not stop the same person signing in from elsewhere.
 */
export const MAX_TRIES_PER_ACCOUNT_FROM_ADDRESS = 5;
/**
 * Tries at one account from all addresses together before a pause: the cap on a distributed
 * guess. Higher, so that one address cannot pause an account for everyone (M-8).
 */
export const MAX_TRIES_PER_ACCOUNT = 20;
/** Tries from one address at any accounts before a pause. */
export const MAX_TRIES_PER_ADDRESS = 20;
/** The first pause; each further pause before a successful sign-in is twice as long. */
export const FIRST_PAUSE_MS = 60 * 1000;
/** Pauses stop doubling here (2^10 minutes, about 17 hours). */
export const MAX_PAUSE_DOUBLINGS = 10;

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 128;

/** A generated one-time password must be used (and changed) within this time. */
export const ONE_TIME_PASSWORD_LIFETIME_MS = 72 * 60 * 60 * 1000;
