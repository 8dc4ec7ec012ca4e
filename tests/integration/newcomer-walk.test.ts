import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { ReportSection } from "@/components/admin/reports/report-section";
import { getDb } from "@/lib/db";
import { installJobs } from "@/lib/jobs/boss";
import { createWorkerHandlers } from "@/lib/jobs/worker-handlers";
import { createMailer } from "@/lib/mail/transport";
import { parsePeriod, reports } from "@/lib/reports";
import { parseInboxFilter } from "@/lib/triage/filters";
import { listInbox } from "@/lib/triage/inbox";
import { viewReferral } from "@/lib/triage/referral";
import { readChart } from "../helpers/chart-reading";
import { testWorkerSettings } from "../helpers/notification-rig";
import { startSmtpSink, type SmtpSink } from "../helpers/smtp-sink";
import { contextFor, createTestStaff, signInAs } from "../helpers/staff";
import { setUpStaffDatabase } from "../helpers/staff-test-env";
import { sendJourney, testDeps, type TestDeps } from "../helpers/submit-journey";
import type { TestDatabase } from "../helpers/test-database";

vi.mock("next/headers", () => import("../helpers/next-headers-mock"));

// The README's "Try it" walk (Staff dashboard), step by step, so the walk a newcomer is told to take
// stays true: an admin, three referrals through the public form's own entry points, the duplicates
// flagged, the duty alert in a real SMTP server's mailbox, and a report whose charts draw the numbers
// in the tables beneath them. The clock is set rather than waited for: the referrals arrived at
// 10:00, 10:05 and 10:10 on Monday 30 November 2026 (GMT, so UK time), inside the example service's office hours.

let database: TestDatabase;
let deps: TestDeps;
let sink: SmtpSink;
beforeAll(async () => {
  database = await setUpStaffDatabase();
  await installJobs(database.url);
  deps = await testDeps(getDb(), database.url);
  sink = await startSmtpSink();
});
afterAll(async () => {
  await deps.boss.stop({ graceful: false });
  await sink.stop();
  await database.drop();
});

const monday = (time: string) => new Date(`2026-11-30T${time}:00Z`);
const aboutDee = {
  givenName: "Dee",
  familyName: "Duplicate",
  "dateOfBirth.day": "2",
  "dateOfBirth.month": "9",
  "dateOfBirth.year": "1985",
  interpreter: "no",
};

it("a newcomer creates an admin, sends three referrals (one urgent, two for one person), sees the duplicates flagged and the duty alert in the test mailbox, and reads a report whose charts match its numbers", async () => {
  const db = getDb();
  // 1. An admin (created and signed in through the real account and two-factor flow).
  await signInAs(await createTestStaff("ADMIN"));

  // 2. Three referrals through the form's own steps: one urgent, two for the same person.
  const urgent = await sendJourney(deps, "adult", {
    risk: { selfHarmThoughts: "yes" },
    "risk-soon": { mayActSoon: "yes" },
    about: {
      givenName: "Uma",
      familyName: "Urgentwalk",
      "dateOfBirth.day": "14",
      "dateOfBirth.month": "3",
      "dateOfBirth.year": "1990",
      interpreter: "no",
    },
    where: { postcode: "EX1 1AA", gpPractice: "", nhsNumber: "" },
  });
  const first = await sendJourney(deps, "adult", {
    about: aboutDee,
    where: { postcode: "EX1 1AA", gpPractice: "", nhsNumber: "" },
  });
  const second = await sendJourney(deps, "adult", {
    about: aboutDee,
    where: { postcode: "EX2 2BB", gpPractice: "", nhsNumber: "" },
  });
  for (const [reference, time] of [
    [urgent, "10:00"],
    [first, "10:05"],
    [second, "10:10"],
  ])
    await db.$executeRaw`UPDATE referral SET created_at = ${monday(time!)} WHERE reference = ${reference}`;

  // 3. The inbox flags both duplicates, each pointing at the other; the urgent one is first.
  const context = await contextFor("referral:view");
  const inbox = await listInbox(db, context, parseInboxFilter({}).filter, monday("10:30"));
  expect(inbox.rows.map((r) => r.reference)).toEqual([urgent, first, second]);
  const duplicatesOf = (reference: string) =>
    inbox.rows.find((r) => r.reference === reference)!.duplicates.map((d) => d.reference);
  expect(duplicatesOf(first)).toEqual([second]);
  expect(duplicatesOf(second)).toEqual([first]);
  expect(duplicatesOf(urgent)).toEqual([]);
  // The newcomer opens the two duplicates, not the urgent one.
  for (const row of inbox.rows.filter((r) => r.reference !== urgent)) {
    expect((await viewReferral(db, context, row.id, monday("10:40")))!.duplicates.length).toBe(1);
  }

  // 4. The worker's escalation job: nothing before two working hours, then one alert to the duty
  // address naming the urgent reference only; once opened, no more.
  const mailer = createMailer({
    SMTP_URL: sink.url,
    MAIL_FROM: "IPT referrals <referrals@example.org>",
    DATA_DIR: ".data/test",
    SMTP_TIMEOUT_SECONDS: 2,
    SMTP_REPLY_TIMEOUT_SECONDS: 2,
    SMTP_ALLOW_PLAINTEXT: true,
  });
  const { escalate } = createWorkerHandlers(db, mailer, testWorkerSettings());
  await escalate(monday("11:59"));
  expect(sink.messages).toHaveLength(0);
  await escalate(monday("12:00"));
  const [alert] = await sink.waitForMessages(1);
  expect(alert!.subject).toBe("Duty alert: 1 urgent referral not opened");
  expect(alert!.to).toMatchObject({ text: testWorkerSettings().escalation.to });
  expect(alert!.text).toContain(urgent);
  for (const personal of ["Uma", "Urgentwalk", "Dee", first, second]) expect(alert!.text).not.toContain(personal);
  const urgentId = inbox.rows.find((r) => r.reference === urgent)!.id;
  await viewReferral(db, context, urgentId, monday("12:10"));
  await escalate(monday("13:00"));
  expect(sink.messages).toHaveLength(1);
  mailer.close();

  // 5. The report for the default period: this week holds the three, one urgent, all self-referred,
  // and each chart draws the totals its table gives.
  const period = parsePeriod({}, monday("12:30"));
  const report = await reports.view(await contextFor("report:view"), period, monday("12:30"));
  expect(report.total).toBe(3);
  const chart = (id: string) => report.charts.find((c) => c.id === id)!;
  const thisWeek = (id: string) => chart(id).table.rows.find((r) => r.label === "30 Nov 2026")!.cells;
  expect(thisWeek("referrals-by-journey").at(-1)).toBe(3);
  expect(thisWeek("urgent-share")).toEqual([1, 3, 33.3]);
  expect(chart("sources").table.rows.find((r) => r.label === "The person themselves")!.cells).toEqual([3, 100]);
  // What each chart draws, by its table's column: the weekly total, the urgent share, the count.
  const drawnColumn = {
    "referrals-by-journey": "Total",
    "referrals-by-programme": "Total",
    "urgent-share": "Urgent (%)",
    sources: "Referrals",
  };
  for (const [id, column] of Object.entries(drawnColumn)) {
    const { orientation, table } = chart(id);
    const at = table.header.indexOf(column) - 1;
    expect(at, `${id} has a ${column} column`).toBeGreaterThanOrEqual(0);
    const markup = renderToStaticMarkup(createElement(ReportSection, { chart: chart(id), period }));
    const drawn = readChart(markup, orientation).totals.filter((v) => v > 0);
    const shown = table.rows.map((r) => r.cells[at]!).filter((v) => v > 0);
    expect({ id, drawn }).toEqual({ id, drawn: shown });
  }
});
