import { describe, expect, it } from "vitest";
import { classifySendError } from "../../lib/mail/smtp-errors";

const error = (fields: Record<string, unknown>) => Object.assign(new Error("x"), fields);

describe("classifySendError", () => {
  it("treats a 5xx reply as permanent and nothing accepted", () => {
    expect(classifySendError(error({ code: "EENVELOPE", responseCode: 550 }))).toEqual({
      permanent: true,
      smtpCode: 550,
      errorCode: "EENVELOPE",
      accepted: "no",
    });
  });

  it("treats a 4xx reply as temporary and nothing accepted", () => {
    expect(classifySendError(error({ code: "EPROTOCOL", responseCode: 421 }))).toMatchObject({
      permanent: false,
      accepted: "no",
    });
  });

  it("knows nothing was sent when the server was never reached or never greeted", () => {
    expect(classifySendError(error({ code: "ETIMEDOUT", timeoutType: "GREETING_TIMEOUT" })).accepted).toBe("no");
    expect(classifySendError(error({ code: "ESOCKET", syscall: "connect" })).accepted).toBe("no");
  });

  it("cannot know after a socket timeout or a dropped connection mid-conversation", () => {
    expect(classifySendError(error({ code: "ETIMEDOUT", timeoutType: "SOCKET_TIMEOUT" }))).toMatchObject({
      permanent: false,
      accepted: "unknown",
    });
    expect(classifySendError(error({ code: "ECONNECTION" })).accepted).toBe("unknown");
    expect(classifySendError(undefined)).toMatchObject({ permanent: false, smtpCode: null, accepted: "unknown" });
  });
});
