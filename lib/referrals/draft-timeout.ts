// The arithmetic of the draft inactivity timeout, shared by the server (expiry) and the browser
// (when to warn). No server-only imports: the timeout warning runs in the browser.

/** How long before the timeout the warning appears (GOV.UK's timeout warning uses about two minutes). */
export const WARNING_BEFORE_SECONDS = 2 * 60;

/** When a draft saved or renewed at `now` stops working. */
export function draftExpiresAt(now: Date, idleMinutes: number): Date {
  return new Date(now.getTime() + idleMinutes * 60_000);
}

/** Whole seconds a draft has left at `now`, never negative. */
export function secondsLeft(expiresAt: Date, now: Date): number {
  return Math.max(0, Math.floor((expiresAt.getTime() - now.getTime()) / 1000));
}

/** Milliseconds from now until the warning should show: at once when the draft is already that close. */
export function warningDelayMs(secondsLeftNow: number): number {
  return Math.max(0, secondsLeftNow - WARNING_BEFORE_SECONDS) * 1000;
}

/**
 * Milliseconds until the page should reload to find its answers gone. One second late on purpose,
 * so the server, which decides, sees the draft as expired.
 */
export function timeoutDelayMs(secondsLeftNow: number): number {
  return (secondsLeftNow + 1) * 1000;
}

/** "2 minutes", "1 minute", "45 seconds": how the warning says the time left. */
export function timeLeftInWords(seconds: number): string {
  if (seconds >= 60) {
    const minutes = Math.ceil(seconds / 60);
    return `${minutes} minute${minutes === 1 ? "" : "s"}`;
  }
  return `${seconds} second${seconds === 1 ? "" : "s"}`;
}
