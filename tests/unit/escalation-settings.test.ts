import { describe, expect, it } from "vitest";
import { ConfigError, parseEnv } from "@/lib/config";
import { durationInWords } from "@/lib/escalation/duration";
import { digestCron } from "@/lib/escalation/handlers";
import { escalationSettings } from "@/lib/escalation/settings";

describe("escalation settings", () => {
  it("sends duty alerts to the clinical support address unless DUTY_EMAIL is set, after 2 working hours, hourly", () => {
    expect(escalationSettings(parseEnv({}))).toMatchObject({
      to: "clinical-support@example.org",
      urgentAfterWorkingMinutes: 120,
      repeatMinutes: 60,
    });
    expect(escalationSettings(parseEnv({ DUTY_EMAIL: "duty@nhs.net" })).to).toBe("duty@nhs.net");
  });

  it.each([
    ["DIGEST_TIME", "8am", /DIGEST_TIME: expected a 24-hour time/],
    ["DIGEST_TIME", "24:00", /DIGEST_TIME: expected a 24-hour time/],
    ["ESCALATION_REPEAT_MINUTES", "1", /ESCALATION_REPEAT_MINUTES:/],
    ["ESCALATE_URGENT_AFTER_WORKING_MINUTES", "0", /ESCALATE_URGENT_AFTER_WORKING_MINUTES:/],
    ["DUTY_EMAIL", "duty", /DUTY_EMAIL: expected an email address/],
  ])("rejects a malformed %s (%s)", (name, value, message) => {
    expect(() => parseEnv({ [name]: value })).toThrow(message);
  });

  it("never echoes a malformed METRICS_TOKEN back in the error", () => {
    const attempt = () => parseEnv({ METRICS_TOKEN: "short-secret-value" });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/METRICS_TOKEN: expected at least 32 characters/);
    expect(attempt).not.toThrow(/short-secret-value/);
  });

  it.each([
    ["08:00", "0 8 * * *"],
    ["07:30", "30 7 * * *"],
    ["23:05", "5 23 * * *"],
  ])("runs the digest at %s as the cron expression %s", (time, cron) => {
    expect(digestCron(time)).toBe(cron);
  });

  it.each([
    [0, "0 minutes"],
    [1, "1 minute"],
    [45, "45 minutes"],
    [60, "1 hour"],
    [125, "2 hours 5 minutes"],
    [24 * 60 + 60, "1 day 1 hour"],
    [3 * 24 * 60 + 7, "3 days"],
  ])("says %i minutes as %s", (minutes, words) => {
    expect(durationInWords(minutes)).toBe(words);
  });
});
