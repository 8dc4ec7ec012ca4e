import { describe, expect, it } from "vitest";
import {
  draftExpiresAt,
  secondsLeft,
  timeLeftInWords,
  timeoutDelayMs,
  warningDelayMs,
  WARNING_BEFORE_SECONDS,
} from "@/lib/referrals/draft-timeout";
import { answersRevision } from "@/lib/referrals/draft-revision";
import { journeyPathOrNull } from "@/lib/referrals/privacy-paths";
import { getJourney } from "@/lib/referrals/journeys/registry";
import type { Answers } from "@/lib/referrals/journeys/types";
import { envSchema } from "@/lib/config/env-schema";

// Part-filled drafts, as the database holds them: not every page answered yet.
const asAnswers = (value: object) => value as Answers;
const at = (iso: string) => new Date(iso);

describe("the draft inactivity timeout", () => {
  it("ends a draft 30 minutes after its last saved page by default", () => {
    expect(envSchema.parse({}).DRAFT_IDLE_MINUTES).toBe(30);
    expect(draftExpiresAt(at("2026-12-06T10:00:00Z"), 30)).toEqual(at("2026-12-06T10:30:00Z"));
  });

  it("refuses an idle timeout shorter than 5 minutes or longer than 4 hours", () => {
    expect(envSchema.safeParse({ DRAFT_IDLE_MINUTES: "4" }).success).toBe(false);
    expect(envSchema.safeParse({ DRAFT_IDLE_MINUTES: "241" }).success).toBe(false);
    expect(envSchema.parse({ DRAFT_IDLE_MINUTES: "20" }).DRAFT_IDLE_MINUTES).toBe(20);
  });

  it("counts the seconds left, never below zero", () => {
    expect(secondsLeft(at("2026-12-06T10:30:00Z"), at("2026-12-06T10:29:00.500Z"))).toBe(59);
    expect(secondsLeft(at("2026-12-06T10:30:00Z"), at("2026-12-06T10:31:00Z"))).toBe(0);
  });

  it("warns two minutes before the timeout, or at once when less is left", () => {
    expect(WARNING_BEFORE_SECONDS).toBe(120);
    expect(warningDelayMs(30 * 60)).toBe(28 * 60 * 1000);
    expect(warningDelayMs(90)).toBe(0);
  });

  it("reloads the page a second after the timeout, so the server already sees the draft as expired", () => {
    expect(timeoutDelayMs(30 * 60)).toBe(30 * 60 * 1000 + 1000);
    expect(timeoutDelayMs(0)).toBe(1000);
  });

  it("says the time left in words", () => {
    expect(timeLeftInWords(120)).toBe("2 minutes");
    expect(timeLeftInWords(61)).toBe("2 minutes");
    expect(timeLeftInWords(60)).toBe("1 minute");
    expect(timeLeftInWords(45)).toBe("45 seconds");
    expect(timeLeftInWords(1)).toBe("1 second");
  });
});

describe("the answers' revision on the check page", () => {
  it("is the same for the same answers in any key order and differs when any answer changes", () => {
    const shown = asAnswers({ about: { givenName: "Alex", familyName: "Test" }, risk: { selfHarmThoughts: "no" } });
    const reordered = asAnswers({ risk: { selfHarmThoughts: "no" }, about: { familyName: "Test", givenName: "Alex" } });
    expect(answersRevision(reordered)).toBe(answersRevision(shown));
    expect(answersRevision(asAnswers({ ...shown, risk: { selfHarmThoughts: "yes" } }))).not.toBe(
      answersRevision(shown),
    );
  });
});

describe("going back from Delete my answers", () => {
  it("returns only to a page of the same form, never to another address", () => {
    const adult = getJourney("adult")!;
    expect(journeyPathOrNull(adult, "/refer/adult/contact")).toBe("/refer/adult/contact");
    expect(journeyPathOrNull(adult, "https://evil.example/refer/adult/x")).toBeNull();
    expect(journeyPathOrNull(adult, "/refer/adult//evil.example")).toBeNull();
    expect(journeyPathOrNull(adult, "/refer/parent-carer/contact")).toBeNull();
  });
});
