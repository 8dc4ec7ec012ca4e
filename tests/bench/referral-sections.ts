// Sections 2–4 of `npm run bench` as table rows: submission, notification, inbox at scale.
import { createPrismaClient } from "../../lib/db/client";
import type { SmtpSink } from "../helpers/smtp-sink";
import { benchInbox, seedReferrals } from "./inbox-at-scale";
import { benchNotificationLatency, benchWorkerBurst, queuedEmails } from "./notification";
import { ms, percent, type Row } from "./report";
import { pauseWorker, type RunningService } from "./service";
import { benchSubmission } from "./submission";

const INBOX_ROWS = 100_000;

export async function notificationLatencyRows(
  service: RunningService,
  sink: SmtpSink,
  figures: Record<string, unknown>,
): Promise<Row[]> {
  const latency = await benchNotificationLatency(service, sink);
  figures.notificationLatency = latency;
  return [
    {
      section: "notification",
      measure: `submission → email accepted by SMTP, p50 / p95 (${latency.referrals} referrals, one at a time)`,
      value: `${ms(latency.p50)} / ${ms(latency.p95)}`,
      target: "p95 ≤ 5000 ms",
      met: latency.p95 <= 5000,
    },
  ];
}

/** Submission with the worker paused, then the worker resumed on the backlog the submissions left. */
export async function submissionAndBurstRows(
  service: RunningService,
  sink: SmtpSink,
  seconds: number,
  figures: Record<string, unknown>,
): Promise<Row[]> {
  pauseWorker(service, true);
  const s = await benchSubmission(service, seconds);
  figures.submission = s;
  const codes = (r: { statusCodes: Record<string, { count: number }> }) =>
    Object.entries(r.statusCodes)
      .map(([code, { count }]) => `${count} × ${code}`)
      .join(", ");
  const ranOut = s.app.variantsUsed > s.draftsSeeded;
  const rows: Row[] = [
    {
      section: "submission",
      measure: "app: POST check page (no JS) req/s (p50 / p99), 50 connections",
      value: `${Math.round(s.app.requestsPerSecond)} (${ms(s.app.p50)} / ${ms(s.app.p99)})`,
      target: "p99 ≤ 120 ms",
      met: s.app.p99 <= 120,
    },
    {
      section: "submission",
      measure: "bare node:http + zod + pg INSERT req/s (p50 / p99)",
      value: `${Math.round(s.bare.requestsPerSecond)} (${ms(s.bare.p50)} / ${ms(s.bare.p99)})`,
      target: "",
    },
    {
      section: "submission",
      measure: "server CPU per request, app / bare",
      value: `${s.app.cpuMsPerRequest.toFixed(2)} / ${s.bare.cpuMsPerRequest.toFixed(2)} ms`,
      target: "",
    },
    { section: "submission", measure: "app ÷ bare", value: percent(s.ratio), target: "≥ 20%", met: s.ratio >= 0.2 },
    {
      section: "submission",
      measure: "app responses",
      value: `${codes(s.app)}${s.app.errors ? `, ${s.app.errors} errors` : ""}`,
      target: "all 303",
      met: s.app.non2xx === (s.app.statusCodes["303"]?.count ?? -1) && s.app.errors === 0,
    },
    {
      section: "submission",
      measure: "app: referrals saved / notification jobs / acknowledgement jobs",
      value: `${s.rows} / ${s.notifyJobs} / ${s.acknowledgeJobs}${ranOut ? " (drafts ran out)" : ""}`,
      // Requests still in flight when the load stops are saved but not counted as responses.
      target: "one of each per 303",
      met:
        !ranOut &&
        s.rows >= (s.app.statusCodes["303"]?.count ?? 0) &&
        s.notifyJobs === s.rows &&
        s.acknowledgeJobs === s.rows,
    },
    {
      section: "submission",
      measure: "bare: rows inserted / responses",
      value: `${s.bareRows} / ${s.bare.requests}`,
      target: "",
    },
  ];
  const burst = await benchWorkerBurst(service, sink, await queuedEmails(service.databaseUrl), seconds);
  figures.burst = burst;
  rows.push({
    section: "notification",
    measure: `worker emails per second (burst: ${burst.backlog} queued, ${burst.sent} sent in ${burst.seconds.toFixed(1)} s)`,
    value: burst.emailsPerSecond.toFixed(1),
    target: "",
  });
  return rows;
}

/** 100,000 referrals seeded into the bench service's own database, then the inbox's queries timed. */
export async function inboxRows(service: RunningService, figures: Record<string, unknown>): Promise<Row[]> {
  // The seeded referrals were never notified: keep the worker's sweep from re-queuing 100,000 emails.
  pauseWorker(service, true);
  const db = createPrismaClient(service.databaseUrl);
  try {
    await seedReferrals(db, INBOX_ROWS);
    const timings = await benchInbox(db, service.databaseUrl);
    figures.inbox = timings;
    return timings.map((t) => ({
      section: "inbox at scale",
      measure: `${t.name}: p50 / p95, sequential scans`,
      value: `${t.p50} / ${t.p95} ms, ${t.sequentialScans}`,
      target: "p95 ≤ 100 ms, 0 scans",
      met: t.p95 <= 100 && t.sequentialScans === 0,
    }));
  } finally {
    await db.$disconnect();
  }
}
