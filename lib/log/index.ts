import pino from "pino";

/**
 * The service's structured log: one JSON line per event on stdout. Fields are references, queue
 * names, counts and codes — never names, addresses or anything a person typed.
 */
export const log = pino(
  {
    base: { service: "ipt-referrals" },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
  },
  // Through process.stdout (not pino's own file descriptor writer), so lines stay in order with
  // Next.js's output and tests can read them.
  process.stdout,
);

export type Logger = typeof log;
