import type { Env } from "./env-schema";
import type { ServiceConfig } from "./service-schema";
import { hasExampleWord, isDramaPhone, isExampleEmail } from "./example-values";
import { ConfigError } from "./env";
import { hazards as hazardLog } from "@/docs/safety/hazards";
import { rating, type Hazard } from "@/docs/safety/hazard-schema";
import { measureSources, measures, type MeasureId, type MeasureSource } from "@/lib/measures";

/**
 * Everything that makes a start in live mode unsafe, one plain line each. Empty means the
 * service may go live. These are the configuration controls for hazards H01, H06 and H16 in
 * docs/safety/hazard-log.md, and for H03 the questionnaires' facts still to be confirmed; any
 * hazard still rated 4 or more also blocks go-live.
 */
export function goLiveProblems(
  env: Env,
  service: ServiceConfig,
  hazards: readonly Hazard[] = hazardLog,
  sources: Record<MeasureId, MeasureSource> = measureSources,
): string[] {
  const problems: string[] = [...hazardsBlockingGoLive(hazards), ...unconfirmedMeasureFacts(sources)];
  for (const field of ["name", "organisation", "address", "catchment"] as const) {
    if (hasExampleWord(service[field]))
      problems.push(`content/service.json: ${field} is still an example ("${service[field]}")`);
  }
  if (isDramaPhone(service.phone))
    problems.push(`content/service.json: phone ${service.phone} is in Ofcom's drama range and reaches nobody`);
  if (isExampleEmail(service.email))
    problems.push(`content/service.json: email ${service.email} is an example address`);
  if (service.languageHelp.translationsCheckedBy === null) {
    problems.push(
      "content/service.json: languageHelp.translationsCheckedBy is null: have a qualified translator check each line first",
    );
  }
  // Routing suggests a programme from these bands (hazard H04): a band nobody has confirmed must not
  // decide where a real child is sent.
  for (const programme of service.programmes) {
    if (programme.offered && programme.agesToBeConfirmed) {
      problems.push(
        `content/service.json: programme ${programme.id}'s ages are still "to be confirmed": confirm fromBirthday and untilBirthday with the clinical lead, then remove agesToBeConfirmed`,
      );
    }
  }
  if (!env.SMTP_URL) problems.push("SMTP_URL is not set: e-mails would be written to files and never reach the team");
  if (isExampleEmail(env.CLINICAL_SUPPORT_EMAIL)) {
    problems.push(
      `CLINICAL_SUPPORT_EMAIL ${env.CLINICAL_SUPPORT_EMAIL} is an example address: referrals would be e-mailed nowhere`,
    );
  }
  if (env.DUTY_EMAIL && isExampleEmail(env.DUTY_EMAIL))
    problems.push(`DUTY_EMAIL ${env.DUTY_EMAIL} is an example address: urgent alerts would reach no one`);
  if (isExampleEmail(env.MAIL_FROM.replace(/^.*</, "").replace(/>.*$/, "")))
    problems.push("MAIL_FROM is still an example address");
  if (!env.AUTH_SECRET)
    problems.push("AUTH_SECRET is not set: staff sessions must not depend on a secret kept in a local file");
  if (env.MAIL_INCLUDE_DETAILS) {
    const domain = env.CLINICAL_SUPPORT_EMAIL.toLowerCase().split("@").pop() ?? "";
    if (!env.MAIL_SECURE_DOMAINS.includes(domain)) {
      problems.push(
        `MAIL_INCLUDE_DETAILS=true but ${domain} is not in MAIL_SECURE_DOMAINS (${env.MAIL_SECURE_DOMAINS.join(", ")})`,
      );
    }
    if (env.SMTP_URL && !usesTls(env.SMTP_URL)) {
      problems.push(
        "MAIL_INCLUDE_DETAILS=true but SMTP_URL does not use TLS (use smtps://, or smtp:// with ?requireTLS=true)",
      );
    }
  }
  return problems;
}

/** DCB0129: a residual rating of 4 or more needs further controls before release. */
export function hazardsBlockingGoLive(hazards: readonly Hazard[]): string[] {
  return hazards
    .filter((h) => rating(h.residual) >= 4)
    .map(
      (h) =>
        `hazard ${h.id} (${h.title}) is rated ${rating(h.residual)}: see docs/safety/hazard-log.md for the controls it still needs`,
    );
}

/**
 * The questionnaires people answer (issue 16, hazard H03): a licence or cut-off nobody has
 * confirmed must not reach real people or band a real child's score.
 */
export function unconfirmedMeasureFacts(sources: Record<MeasureId, MeasureSource>): string[] {
  return (Object.keys(sources) as MeasureId[]).flatMap((id) =>
    sources[id].toBeConfirmed.map(
      (fact) =>
        `lib/measures/sources.ts: ${measures[id].shortName} ${fact} (then remove the line and record who confirmed it in docs/measures.md)`,
    ),
  );
}

function usesTls(smtpUrl: string): boolean {
  const url = new URL(smtpUrl);
  return url.protocol === "smtps:" || url.searchParams.get("requireTLS") === "true";
}

/**
 * Called once at start-up. In trial mode it returns the line to log; in live mode it throws a
 * ConfigError listing every problem, so the service never serves real referrals half-configured.
 */
export function enforceServiceMode(env: Env, service: ServiceConfig): string {
  if (env.SERVICE_MODE === "trial") {
    return "Trial mode: every page says this is a trial, not for real referrals. Set SERVICE_MODE=live to go live (see the README's go-live checklist).";
  }
  const problems = goLiveProblems(env, service);
  if (problems.length > 0) {
    throw new ConfigError(`SERVICE_MODE=live refused:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  }
  return "Live mode: go-live checks passed.";
}
