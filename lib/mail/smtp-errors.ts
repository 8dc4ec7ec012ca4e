/** What a failed send tells the worker to do next. */
export interface SendFailure {
  /** 5xx: the server will say the same next time, so retrying only repeats the refusal. */
  permanent: boolean;
  /** The SMTP reply code, when the server gave one. */
  smtpCode: number | null;
  /** nodemailer's error code (ETIMEDOUT, ECONNECTION, EENVELOPE…); never the message text, which may quote an address. */
  errorCode: string | null;
  /**
   * "no" when the server answered with an error or was never reached, so nothing was accepted;
   * "unknown" when the connection failed mid-conversation (say no reply after the message body),
   * so the server may have the message and a retry must say it is a repeat.
   */
  accepted: "no" | "unknown";
}

/** Sorts a nodemailer error into temporary (4xx, timeouts, refused connections) or permanent (5xx). */
export function classifySendError(error: unknown): SendFailure {
  const e = (error ?? {}) as { responseCode?: unknown; code?: unknown; timeoutType?: unknown; syscall?: unknown };
  const smtpCode = typeof e.responseCode === "number" ? e.responseCode : null;
  const errorCode = typeof e.code === "string" ? e.code : null;
  // Failures before the conversation began. Anything else without a reply code (a socket timeout, a
  // dropped connection) may have come after the message body, so the outcome is unknown.
  const neverReached =
    errorCode === "EDNS" ||
    e.syscall === "connect" ||
    (typeof e.timeoutType === "string" &&
      ["CONNECT_TIMEOUT", "GREETING_TIMEOUT", "UPGRADE_TIMEOUT"].includes(e.timeoutType));
  return {
    permanent: smtpCode !== null && smtpCode >= 500 && smtpCode < 600,
    smtpCode,
    errorCode,
    accepted: smtpCode !== null || neverReached ? "no" : "unknown",
  };
}
