import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db";
import { installJobs } from "@/lib/jobs/boss";
import { generateReference } from "@/lib/referrals/reference";
import { eraseReferral, exportInboxCsv, subjectAccessRecord } from "@/lib/triage/data-protection";
import { parseInboxFilter } from "@/lib/triage/filters";
import { anonymiseExpiredReferrals } from "@/lib/triage/retention";
import { addNote, changeStatus } from "@/lib/triage/changes";
import { viewReferral } from "@/lib/triage/referral";
import { readCsvTable } from "../../helpers/read-csv";
import { insertReferral } from "../../helpers/referral-factory";
import { contextFor, createTestStaff, signInAs, type TestStaff } from "../../helpers/staff";
import { setUpStaffDatabase } from "../../helpers/staff-test-env";
import type { TestDatabase } from "../../helpers/test-database";

vi.mock("next/headers", () => import("../../helpers/next-headers-mock"));

let database: TestDatabase;
let admin: TestStaff;
beforeAll(async () => {
  database = await setUpStaffDatabase();
  // Erasure deletes the referral's jobs too (L-12), so the job queue's tables must exist.
  await installJobs(database.url);
  admin = await createTestStaff("ADMIN");
  await signInAs(admin);
});
afterAll(() => database.drop());

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);
const serialise = (value: unknown) => JSON.stringify(value, (_k, v) => (typeof v === "bigint" ? String(v) : v));

describe("CSV export", () => {
  it.each([
    ["=", "=SUM(A1:A9)"],
    ["+", "+447700900123"],
    ["-", "-2+3"],
    ["@", "@SUM(1)"],
  ])("neutralises a cell starting with %s so a spreadsheet never runs it", async (_char, value) => {
    await insertReferral(getDb(), { familyName: "Csv", givenName: value });
    const { csv } = await exportInboxCsv(
      getDb(),
      await contextFor("referral:export"),
      parseInboxFilter({ q: "Csv" }).filter,
    );
    expect(csv).toContain(`,"'${value}",`);
    expect(csv).not.toContain(`,"${value}",`);
  });

  it("exports only the filtered list, quoting commas and quotes", async () => {
    await insertReferral(getDb(), { familyName: "Exported", givenName: 'Jo "JJ", Junior' });
    await insertReferral(getDb(), { familyName: "Other" });
    const { csv, rows } = await exportInboxCsv(
      getDb(),
      await contextFor("referral:export"),
      parseInboxFilter({ q: "Exported" }).filter,
    );
    expect(rows).toBe(1);
    expect(csv).toContain('"Jo ""JJ"", Junior"');
    expect(csv).not.toContain("Other");
  });

  it("shows the export in the timeline of each referral it included, and only those", async () => {
    const included = await insertReferral(getDb(), { familyName: "Includedinexport" });
    const left = await insertReferral(getDb(), { familyName: "Leftout" });
    await exportInboxCsv(
      getDb(),
      await contextFor("referral:export"),
      parseInboxFilter({ q: "Includedinexport" }).filter,
    );

    const timeline = async (id: string) =>
      (await viewReferral(getDb(), await contextFor("referral:view"), id))!.timeline.map((entry) => entry.what);
    expect(await timeline(included.id)).toContain("Included in a CSV export");
    expect(await timeline(left.id)).not.toContain("Included in a CSV export");
  });

  it("lists urgent referrals first, then the oldest first, then by id, whatever order they were saved in", async () => {
    const received = new Date("2026-12-01T10:00:00Z");
    // Saved in the reverse of the order asked for, so the table's own order never passes for it.
    const sameTimeLaterId = await insertReferral(getDb(), {
      id: "00000000-0000-4000-8000-00000000000b",
      familyName: "Exportorder",
      urgent: false,
      createdAt: received,
    });
    const sameTimeEarlierId = await insertReferral(getDb(), {
      id: "00000000-0000-4000-8000-00000000000a",
      familyName: "Exportorder",
      urgent: false,
      createdAt: received,
    });
    const older = await insertReferral(getDb(), {
      id: "00000000-0000-4000-8000-00000000000c",
      familyName: "Exportorder",
      urgent: false,
      createdAt: new Date("2026-11-20T10:00:00Z"),
    });
    const urgent = await insertReferral(getDb(), {
      familyName: "Exportorder",
      urgent: true,
      createdAt: new Date("2026-12-05T10:00:00Z"),
    });
    const { csv } = await exportInboxCsv(
      getDb(),
      await contextFor("referral:export"),
      parseInboxFilter({ q: "Exportorder", status: "all" }).filter,
    );
    const references = readCsvTable(csv).rows.map((row) => row.Reference);
    expect(references).toEqual([urgent, older, sameTimeEarlierId, sameTimeLaterId].map((r) => r.reference));
  });

  it("records in the audit log which filters an export used, and no others", async () => {
    const { filter } = parseInboxFilter({ q: "Auditedfilters", urgent: "yes" });
    // The parsed filter carries every field; those the person left empty are undefined.
    await exportInboxCsv(getDb(), await contextFor("referral:export"), { ...filter, journey: undefined });
    const event = await getDb().auditEvent.findFirstOrThrow({
      where: { action: "referral.exported" },
      orderBy: { createdAt: "desc" },
    });
    expect(event.detail).toMatchObject({ filters: ["queue", "status", "urgent", "q"] });
  });
});

describe("subject access and erasure", () => {
  it("gives everything held about a referral, with its notes and decisions", async () => {
    const referral = await insertReferral(getDb(), { status: "IN_REVIEW" });
    await addNote(getDb(), await contextFor("referral:note"), referral.id, "Spoke to Sam's mum");
    await changeStatus(getDb(), await contextFor("referral:update"), referral.id, {
      from: "IN_REVIEW",
      to: "DECLINED",
      reason: "Outside our area",
      outcomeWords: "DECLINED:1",
    });
    const record = await subjectAccessRecord(getDb(), await contextFor("referral:export"), referral.id);
    const text = serialise(record);
    for (const expected of [
      "Sam",
      "Taylor",
      "9434765919",
      "Spoke to Sam's mum",
      "Outside our area",
      "Sam has been low for months",
    ])
      expect(text).toContain(expected);
    expect(text).not.toContain(referral.idempotencyKey);
  });

  it("includes the young person's own view and staff's programme and urgency changes, but not the link's secrets", async () => {
    const referral = await insertReferral(getDb(), { status: "IN_REVIEW" });
    await getDb().referralChange.create({
      data: {
        referralId: referral.id,
        field: "URGENCY",
        fromValue: "false",
        toValue: "true",
        reason: "Mum rang: things are worse",
        authorId: "staff-1",
      },
    });
    const view = await getDb().youngPersonView.create({
      data: {
        referralId: referral.id,
        tokenHash: "a".repeat(64),
        nonce: "secret-nonce-of-the-link",
        email: "sam.own@example.net",
        expiresAt: new Date(Date.now() + 86_400_000),
        answeredAt: new Date(),
        answers: { ownWords: "I want to talk to someone at school" },
      },
    });
    const text = serialise(await subjectAccessRecord(getDb(), await contextFor("referral:export"), referral.id));
    for (const expected of ["Mum rang: things are worse", "I want to talk to someone at school", "sam.own@example.net"])
      expect(text).toContain(expected);
    expect(text).not.toContain(view.nonce);
    expect(text).not.toContain("a".repeat(64));
  });

  it("gives the young person's view whole (address, phone, dates and answers) and the notes oldest first", async () => {
    const referral = await insertReferral(getDb(), { status: "IN_REVIEW" });
    const view = {
      email: "sam.view@example.net",
      phone: "07700 900123",
      invitedAt: daysAgo(3),
      expiresAt: daysAgo(-11),
      answeredAt: daysAgo(1),
      answers: { ownWords: "Please ring after school" },
    };
    await getDb().youngPersonView.create({
      data: { referralId: referral.id, tokenHash: "b".repeat(64), nonce: "another-secret-nonce", ...view },
    });
    // Written newest first, so the record's order is its own, not the order of writing.
    for (const [body, days] of [
      ["Second call", 1],
      ["First call", 2],
    ] as const)
      await getDb().note.create({
        data: { referralId: referral.id, body, authorId: "staff-1", createdAt: daysAgo(days) },
      });
    const { referral: record } = (await subjectAccessRecord(
      getDb(),
      await contextFor("referral:export"),
      referral.id,
    )) as { referral: { youngPersonView: unknown; notes: { body: string }[] } };
    expect(record.youngPersonView).toEqual(view);
    expect(record.notes.map((n) => n.body)).toEqual(["First call", "Second call"]);
  });

  // Postgres returns rows in its own order unless told: for a referral with a long history, after
  // ANALYZE, it reads each table itself (written newest first here), not the index that is sorted.
  it("lists a long history of notes, decisions, changes and scores oldest first in the subject access record", async () => {
    const referral = await insertReferral(getDb(), { status: "IN_REVIEW" });
    const days = Array.from({ length: 300 }, (_, i) => 300 - i);
    const newestFirst = days.toReversed();
    const common = (day: number) => ({ referralId: referral.id, authorId: "staff-1", createdAt: daysAgo(day) });
    await getDb().note.createMany({ data: newestFirst.map((day) => ({ ...common(day), body: `Day ${day}` })) });
    await getDb().statusChange.createMany({
      data: newestFirst.map((day) => ({ ...common(day), to: "IN_REVIEW" as const, reason: `Day ${day}` })),
    });
    await getDb().referralChange.createMany({
      data: newestFirst.map((day) => ({ ...common(day), field: "URGENCY" as const, reason: `Day ${day}` })),
    });
    await getDb().measureScore.createMany({
      data: newestFirst.map((day) => ({
        referralId: referral.id,
        measure: "PHQ9" as const,
        takenAt: daysAgo(day),
        status: "COMPLETE" as const,
        total: day % 28,
        itemsAnswered: 9,
        items: [],
      })),
    });
    for (const table of ["note", "status_change", "referral_change", "measure_score"])
      await getDb().$executeRawUnsafe(`ANALYZE ${table}`);
    const { referral: record } = (await subjectAccessRecord(
      getDb(),
      await contextFor("referral:export"),
      referral.id,
    )) as {
      referral: Record<"notes" | "statusChanges" | "changes", { body?: string; reason?: string }[]> & {
        measureScores: { total: number }[];
      };
    };
    const inOrder = days.map((day) => `Day ${day}`);
    expect(record.notes.map((n) => n.body)).toEqual(inOrder);
    expect(record.statusChanges.map((c) => c.reason)).toEqual(inOrder);
    expect(record.changes.map((c) => c.reason)).toEqual(inOrder);
    expect(record.measureScores.map((m) => m.total)).toEqual(days.map((day) => day % 28));
  });

  it("erases a referral completely, leaving an audit trace without personal data", async () => {
    const referral = await insertReferral(getDb(), {
      givenName: "Erin",
      familyName: "Erasable",
      email: "erin@example.com",
    });
    await addNote(getDb(), await contextFor("referral:note"), referral.id, "Erin called back");
    expect(
      await eraseReferral(getDb(), await contextFor("referral:erase"), referral.id, {
        reason: "person-asked",
        caseReference: "IG-2026/041",
      }),
    ).toBe(true);
    expect(await getDb().referral.findUnique({ where: { id: referral.id } })).toBeNull();
    expect(await getDb().note.count({ where: { referralId: referral.id } })).toBe(0);
    const trail = await getDb().auditEvent.findMany({ where: { target: referral.id } });
    expect(trail.map((e) => e.action)).toContain("referral.erased");
    expect(serialise(trail)).not.toMatch(/Erin|Erasable|erin@example.com|called back/);
    expect(trail.find((e) => e.action === "referral.erased")?.detail).toMatchObject({
      reference: referral.reference,
      reason: "person-asked",
      case: "IG-2026/041",
    });
  });

  it("deletes the local copies of an erased referral's emails, and no one else's", async () => {
    const folder = await mkdtemp(path.join(tmpdir(), "ipt-erase-mail-"));
    const referral = await insertReferral(getDb(), { givenName: "Mailed", reference: generateReference() });
    const other = await insertReferral(getDb(), { givenName: "Kept", reference: generateReference() });
    const mine = [
      `2026-12-06T10-00-00-000Z-referral-${referral.reference}examplecom.eml`,
      `2026-12-06T10-00-01-000Z-ack-${referral.reference}examplecom.eml`,
    ];
    const theirs = `2026-12-06T10-00-02-000Z-referral-${other.reference}examplecom.eml`;
    for (const name of [...mine, theirs]) await writeFile(path.join(folder, name), "To: someone@example.com\n");

    await eraseReferral(getDb(), await contextFor("referral:erase"), referral.id, { reason: "duplicate" }, folder);

    expect(await readdir(folder)).toEqual([theirs]);
    await rm(folder, { recursive: true });
  });

  it("says nothing was erased for a referral already erased or never there, and records no second erasure", async () => {
    const folder = await mkdtemp(path.join(tmpdir(), "ipt-erase-again-"));
    const referral = await insertReferral(getDb(), { givenName: "Once", reference: generateReference() });
    const bystander = await insertReferral(getDb(), { givenName: "Bystander", reference: generateReference() });
    const theirMail = `2026-12-06T10-00-00-000Z-referral-${bystander.reference}examplecom.eml`;
    await writeFile(path.join(folder, theirMail), "To: someone@example.com\n");
    const erase = async (id: string) =>
      eraseReferral(getDb(), await contextFor("referral:erase"), id, { reason: "duplicate" }, folder);

    expect(await erase(referral.id)).toBe(true);
    expect(await erase(referral.id)).toBe(false);
    expect(await erase("00000000-0000-4000-8000-000000000000")).toBe(false);

    const erasures = await getDb().auditEvent.findMany({ where: { action: "referral.erased" } });
    expect(erasures.filter((e) => e.target === referral.id)).toHaveLength(1);
    expect(erasures.filter((e) => e.target === "00000000-0000-4000-8000-000000000000")).toEqual([]);
    expect(await getDb().referral.count({ where: { id: bystander.id } })).toBe(1);
    expect(await readdir(folder)).toEqual([theirMail]);
    await rm(folder, { recursive: true });
  });
});

describe("retention", () => {
  it("anonymises closed referrals older than the retention period and nothing else", async () => {
    const due = await insertReferral(getDb(), {
      status: "CLOSED",
      closedAt: daysAgo(40),
      givenName: "Old",
      familyName: "Closed",
    });
    const recent = await insertReferral(getDb(), { status: "CLOSED", closedAt: daysAgo(10), givenName: "Recent" });
    const open = await insertReferral(getDb(), { status: "IN_REVIEW", createdAt: daysAgo(400), givenName: "Open" });
    await addNote(getDb(), await contextFor("referral:note"), due.id, "Mentions Old Closed by name");

    expect(await anonymiseExpiredReferrals(getDb(), 30)).toBe(1);

    const anonymised = await getDb().referral.findUniqueOrThrow({ where: { id: due.id }, include: { notes: true } });
    expect(anonymised).toMatchObject({
      givenName: null,
      familyName: null,
      email: null,
      nhsNumber: null,
      phone: null,
      postcode: null,
      dateOfBirth: null,
      answers: {},
    });
    expect(anonymised.anonymisedAt).not.toBeNull();
    expect(anonymised.reference).toBe(due.reference);
    expect(anonymised.notes[0]!.body).not.toContain("Old Closed");
    expect((await getDb().referral.findUniqueOrThrow({ where: { id: recent.id } })).givenName).toBe("Recent");
    expect((await getDb().referral.findUniqueOrThrow({ where: { id: open.id } })).givenName).toBe("Open");
    expect(await anonymiseExpiredReferrals(getDb(), 30)).toBe(0);
  });
});
