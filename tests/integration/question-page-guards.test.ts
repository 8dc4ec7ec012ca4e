import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi, type MockInstance } from "vitest";
import { createPrismaClient } from "../../lib/db/client";
import { HONEYPOT_FIELD, SAVE_FOR_LATER_FIELD } from "../../lib/forms/read-form";
import { getJourney } from "../../lib/referrals/journeys/registry";
import { createLimiter } from "../../lib/referrals/rate-limit";
import { submitStep } from "../../lib/referrals/submit-step";
import type { SubmissionDeps } from "../../lib/referrals/submission-deps";
import { toFormData, validAnswers, type PageAnswers } from "../helpers/journey-answers";
import { type TestDeps, closeSubmissionDatabase, openSubmissionDatabase, unlimited } from "../helpers/submit-journey";
import type { TestDatabase } from "../helpers/test-database";

// What a question page's post (lib/referrals/submit-step.ts) answers when it cannot keep the answer:
// a page that does not exist, a filled honeypot, too many pages from one address, a database that fails.

let database: TestDatabase;
let deps: TestDeps;
beforeAll(async () => ({ database, deps } = await openSubmissionDatabase()));
afterAll(() => closeSubmissionDatabase(database, deps));

const adult = getJourney("adult")!;
const about = validAnswers.adult.about!;
const postPage = (stepId: string, fields: PageAnswers, d: SubmissionDeps = deps) =>
  submitStep(
    {
      journey: adult,
      stepId,
      form: toFormData(fields),
      draftToken: undefined,
      client: "192.0.2.150",
      returnToCheck: false,
    },
    d,
  );
const drafts = () => database.db().referralDraft.count();

describe("a question page that cannot keep the answer", () => {
  it("answers a post to a page the form does not have with 'This page does not exist.', keeping nothing", async () => {
    const before = await drafts();
    expect(await postPage("no-such-page", about)).toEqual({
      status: "refused",
      message: "This page does not exist.",
      values: {},
    });
    expect(await drafts()).toBe(before);
  });

  it("refuses a filled honeypot, asking a person to call instead, and keeps nothing", async () => {
    const before = await drafts();
    const outcome = await postPage("about", { ...about, [HONEYPOT_FIELD]: "https://spam.example" });
    expect(outcome).toMatchObject({
      status: "refused",
      message: "We could not accept this form. If you are a person, please call us instead.",
      values: { givenName: "Alex" },
    });
    expect(await drafts()).toBe(before);
  });

  it("tells an address over the hourly page limit to wait, shows what it typed, and keeps nothing", async () => {
    const limited = { ...deps, limiter: createLimiter(database.url, { submission: 100, form: 1 }) };
    expect(await postPage("about", about, limited)).toMatchObject({ redirect: expect.any(String) });
    const before = await drafts();
    expect(await postPage("about", about, limited)).toMatchObject({
      status: "rate-limited",
      values: { givenName: "Alex" },
    });
    expect(await drafts()).toBe(before);
  });
});

describe("a question page posted while the database cannot be reached", () => {
  let write: MockInstance;
  beforeEach(() => {
    write = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
  });
  afterEach(() => write.mockRestore());

  it("says the answer could not be saved, keeps what was typed, and logs which page failed without the answer", async () => {
    // Nothing listens on port 9: every query fails as a database that has gone away does.
    const unreachable = createPrismaClient("postgresql://ipt:ipt@127.0.0.1:9/ipt?connect_timeout=2");
    try {
      const outcome = await postPage("about", about, { ...deps, db: unreachable, limiter: unlimited });
      expect(outcome).toMatchObject({ status: "unavailable", values: { givenName: "Alex" } });
    } finally {
      await unreachable.$disconnect();
    }
    const lines = write.mock.calls.map((call) => String(call[0])).filter((line) => line.includes('"kind":"failure"'));
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ where: "saving adult/about" });
    expect(lines[0]).not.toContain("Alex");
  });

  it("says a page kept for later could not be saved, keeps what was typed, and logs which page without the answer", async () => {
    const unreachable = createPrismaClient("postgresql://ipt:ipt@127.0.0.1:9/ipt?connect_timeout=2");
    try {
      const outcome = await postPage(
        "about",
        { ...about, [SAVE_FOR_LATER_FIELD]: "1" },
        {
          ...deps,
          db: unreachable,
          limiter: unlimited,
        },
      );
      expect(outcome).toMatchObject({ status: "unavailable", values: { givenName: "Alex" } });
    } finally {
      await unreachable.$disconnect();
    }
    const lines = write.mock.calls.map((call) => String(call[0])).filter((line) => line.includes('"kind":"failure"'));
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ where: "keeping adult/about as typed" });
    expect(lines[0]).not.toContain("Alex");
  });
});
