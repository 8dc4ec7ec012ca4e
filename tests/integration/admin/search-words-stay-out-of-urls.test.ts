import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { POST as search } from "@/app/admin/search/route";
import { getDb } from "@/lib/db";
import { deleteOldSavedSearches } from "@/lib/retention/side-stores";
import { parseInboxFilter } from "@/lib/triage/filters";
import { savedSearchTerm, withSavedSearchWords } from "@/lib/triage/saved-search";
import { contextFor, createTestStaff, signInAs, type TestStaff } from "../../helpers/staff";
import { setUpStaffDatabase } from "../../helpers/staff-test-env";
import type { TestDatabase } from "../../helpers/test-database";

vi.mock("next/headers", () => import("../../helpers/next-headers-mock"));

// Security review L-2: names, emails and NHS numbers typed into the inbox search must not travel
// in a URL (browser history, proxy logs, Referer). The form posts; the URL holds a random id.
let database: TestDatabase;
let triager: TestStaff;
let other: TestStaff;

beforeAll(async () => {
  database = await setUpStaffDatabase();
  triager = await createTestStaff("TRIAGER");
  other = await createTestStaff("TRIAGER");
});
afterAll(() => database.drop());

function post(fields: Record<string, string>): Request {
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) body.set(name, value);
  return new Request("http://127.0.0.1/admin/search", { method: "POST", body });
}
const params = () => ({ params: Promise.resolve({}) });

describe("the inbox search", () => {
  it("sends the person to the inbox with the other filters and a random id, never the words", async () => {
    await signInAs(triager);
    const response = await search(
      post({ q: "Morgan Quill 9434765919", status: "all", urgent: "yes", after: "x" }),
      params(),
    );
    expect(response.status).toBe(303);
    const location = response.headers.get("location")!;
    expect(location).toMatch(/^\/admin\?status=all&urgent=yes&search=[A-Za-z0-9_-]{22}$/);
    expect(location).not.toMatch(/Morgan|Quill|9434765919/);
    const id = new URL(location, "http://x").searchParams.get("search")!;
    expect(await savedSearchTerm(getDb(), await contextFor("referral:view"), id)).toBe("Morgan Quill 9434765919");
  });

  it("keeps no search when nothing was typed", async () => {
    await signInAs(triager);
    const before = await getDb().savedSearch.count();
    const response = await search(post({ q: "  ", status: "open" }), params());
    expect(response.headers.get("location")).toBe("/admin?status=open");
    expect(await getDb().savedSearch.count()).toBe(before);
  });

  it("gives a search's words only to the person who searched, and only for a working day", async () => {
    await signInAs(triager);
    const location = (await search(post({ q: "Quill" }), params())).headers.get("location")!;
    const id = new URL(location, "http://x").searchParams.get("search")!;
    const mine = await contextFor("referral:view");
    await signInAs(other);
    expect(await savedSearchTerm(getDb(), await contextFor("referral:view"), id)).toBeUndefined();
    const thirteenHoursOn = new Date(Date.now() + 13 * 3_600_000);
    expect(await savedSearchTerm(getDb(), mine, id, thirteenHoursOn)).toBeUndefined();
    expect(await savedSearchTerm(getDb(), mine, "not-an-id")).toBeUndefined();
  });

  it("takes the inbox's words only from the saved search, never from words typed into the address", async () => {
    await signInAs(triager);
    const context = await contextFor("referral:view");
    const location = (await search(post({ q: "Quill" }), params())).headers.get("location")!;
    const id = new URL(location, "http://x").searchParams.get("search")!;
    const fromLink = await withSavedSearchWords(getDb(), context, parseInboxFilter({ q: "Typed", search: id }).filter);
    expect(fromLink.q).toBe("Quill");
    const typed = await withSavedSearchWords(getDb(), context, parseInboxFilter({ q: "Typed" }).filter);
    expect(typed.q).toBeUndefined();
  });

  it("is deleted by the nightly retention a day after the search, and fresh ones are kept", async () => {
    await signInAs(triager);
    const context = await contextFor("referral:view");
    await getDb().savedSearch.create({
      data: {
        id: "o".repeat(22),
        staffId: context.staff.id,
        term: "old words",
        createdAt: new Date(Date.now() - 25 * 3_600_000),
      },
    });
    await search(post({ q: "new words" }), params());
    await deleteOldSavedSearches(getDb());
    const terms = (await getDb().savedSearch.findMany({ select: { term: true } })).map((r) => r.term);
    expect(terms).not.toContain("old words");
    expect(terms).toContain("new words");
  });
});
