import { describe, expect, it } from "vitest";
import { ConfigError, parseEnv, parseServiceConfig } from "@/lib/config";
import { enforceServiceMode, goLiveProblems } from "@/lib/config/go-live";
import { isDramaPhone, isExampleEmail } from "@/lib/config/example-values";
import type { Hazard } from "@/docs/safety/hazard-schema";
import { measureIds, measureSources } from "@/lib/measures";
import exampleService from "../fixtures/example-service.json";

// A team's real details: nothing from the example set.
const realService = parseServiceConfig({
  ...exampleService,
  name: "Northshire IPT Service",
  organisation: "Northshire Health NHS Trust",
  phone: "01234 567890",
  email: "ipt.team@nhs.net",
  address: "Riverside Clinic, 4 Mill Lane, Northtown, NT1 2AB",
  catchment: "people registered with a GP practice in Northshire",
  languageHelp: { ...exampleService.languageHelp, translationsCheckedBy: "A. Translator (ITI member), 2027-01-10" },
  programmes: exampleService.programmes.map((programme) => ({ ...programme, agesToBeConfirmed: false })),
});
// The configuration checks on their own; tests/unit/hazard-log.test.ts covers the hazard check.
const noHazards: Hazard[] = [];
// tests/unit/measure-facts-go-live.test.ts covers the questionnaires' facts still to be confirmed.
const allConfirmed = {} as typeof measureSources;
for (const id of measureIds) allConfirmed[id] = { ...measureSources[id], toBeConfirmed: [] };
const liveEnv = {
  SERVICE_MODE: "live",
  SMTP_URL: "smtps://relay.nhs.net:465",
  CLINICAL_SUPPORT_EMAIL: "ipt.referrals@nhs.net",
  MAIL_FROM: "IPT referrals <ipt.referrals@nhs.net>",
  AUTH_SECRET: "a".repeat(40),
};

describe("the go-live gate", () => {
  it("lets a fresh clone start as a trial and says so", () => {
    const line = enforceServiceMode(parseEnv({}), parseServiceConfig(exampleService));
    expect(line).toMatch(/^Trial mode/);
  });

  it("refuses live mode with the example details and names each problem on its own line", () => {
    const env = parseEnv({ SERVICE_MODE: "live" });
    const service = parseServiceConfig(exampleService);
    expect(() => enforceServiceMode(env, service)).toThrow(ConfigError);
    const problems = goLiveProblems(env, service);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining("name is still an example"),
        expect.stringContaining("Ofcom's drama range"),
        expect.stringContaining("email ipt-service@example.org is an example address"),
        expect.stringContaining("SMTP_URL is not set"),
        expect.stringContaining("CLINICAL_SUPPORT_EMAIL clinical-support@example.org"),
        expect.stringContaining("AUTH_SECRET is not set"),
        expect.stringContaining("languageHelp.translationsCheckedBy is null"),
        expect.stringContaining(`programme ipt-a's ages are still "to be confirmed"`),
      ]),
    );
    for (const problem of problems) expect(problem).not.toContain("\n");
  });

  it("allows live mode once every example value is replaced", () => {
    expect(goLiveProblems(parseEnv(liveEnv), realService, noHazards, allConfirmed)).toEqual([]);
  });

  it("refuses live mode while a programme the team offers still has ages to be confirmed, since routing uses them", () => {
    const programmes = realService.programmes.map((p) => (p.id === "ipt-ast" ? { ...p, agesToBeConfirmed: true } : p));
    expect(goLiveProblems(parseEnv(liveEnv), { ...realService, programmes }, noHazards, allConfirmed)).toEqual([
      expect.stringContaining(`programme ipt-ast's ages are still "to be confirmed"`),
    ]);
    const notOffered = programmes.map((p) => (p.id === "ipt-ast" ? { ...p, offered: false } : p));
    expect(
      goLiveProblems(parseEnv(liveEnv), { ...realService, programmes: notOffered }, noHazards, allConfirmed),
    ).toEqual([]);
  });

  it("refuses a duty address for escalation alerts that reaches no one", () => {
    const problems = goLiveProblems(
      parseEnv({ ...liveEnv, DUTY_EMAIL: "duty@example.org" }),
      realService,
      noHazards,
      allConfirmed,
    );
    expect(problems).toEqual([expect.stringContaining("DUTY_EMAIL duty@example.org is an example address")]);
    expect(
      goLiveProblems(parseEnv({ ...liveEnv, DUTY_EMAIL: "ipt.duty@nhs.net" }), realService, noHazards, allConfirmed),
    ).toEqual([]);
  });

  it("refuses full details in e-mail to a domain outside the secure list", () => {
    const env = parseEnv({
      ...liveEnv,
      MAIL_INCLUDE_DETAILS: "true",
      CLINICAL_SUPPORT_EMAIL: "ipt@northshire-health.co.uk",
    });
    expect(goLiveProblems(env, realService, noHazards, allConfirmed)).toEqual([
      expect.stringContaining("not in MAIL_SECURE_DOMAINS (nhs.net)"),
    ]);
  });

  it("refuses full details in e-mail over a mail connection without TLS", () => {
    const env = parseEnv({ ...liveEnv, MAIL_INCLUDE_DETAILS: "true", SMTP_URL: "smtp://relay.nhs.net:25" });
    expect(goLiveProblems(env, realService, noHazards, allConfirmed)).toEqual([
      expect.stringContaining("does not use TLS"),
    ]);
  });

  it("accepts full details in e-mail to a domain the team lists as secure, over TLS", () => {
    const env = parseEnv({
      ...liveEnv,
      MAIL_INCLUDE_DETAILS: "true",
      MAIL_SECURE_DOMAINS: "nhs.net, nhs.scot",
      CLINICAL_SUPPORT_EMAIL: "ipt@nhs.scot",
    });
    expect(goLiveProblems(env, realService, noHazards, allConfirmed)).toEqual([]);
  });

  it("recognises Ofcom drama numbers and documentation domains, and nothing else", () => {
    expect(isDramaPhone("01632 960000")).toBe(true);
    expect(isDramaPhone("+44 7700 900123")).toBe(true);
    expect(isDramaPhone("0113 496 0123")).toBe(true);
    expect(isDramaPhone("01234 567890")).toBe(false);
    expect(isExampleEmail("someone@example.org")).toBe(true);
    expect(isExampleEmail("someone@nhs.net")).toBe(false);
  });
});
