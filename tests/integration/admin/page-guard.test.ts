import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { authorize, currentStaff, requireStaff } from "@/lib/auth/guard";
import { SESSION_IDLE_TIMEOUT_MS } from "@/lib/auth/policy";
import { getDb } from "@/lib/db";
import { contextFor, createTestStaff, signInAs } from "../../helpers/staff";
import { setUpStaffDatabase } from "../../helpers/staff-test-env";
import { TestBrowser, switchToBrowser } from "../../helpers/test-browser";
import type { TestDatabase } from "../../helpers/test-database";

vi.mock("next/headers", () => import("../../helpers/next-headers-mock"));

// Where a dashboard page sends someone it will not show (lib/auth/guard.ts requireStaff):
// Next's redirect() and notFound() end the page by throwing an error whose digest says where to.

let database: TestDatabase;
beforeAll(async () => {
  database = await setUpStaffDatabase();
});
afterAll(() => database.drop());

/** Where requireStaff sent the request: a redirect's address, "not found", or the staff member's id. */
async function pageOutcome(...args: Parameters<typeof requireStaff>): Promise<string> {
  try {
    return `shown to ${(await requireStaff(...args)).staff.id}`;
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? "";
    if (digest.startsWith("NEXT_REDIRECT")) return `redirect ${digest.split(";")[2]}`;
    if (digest === "NEXT_HTTP_ERROR_FALLBACK;404") return "not found";
    throw error;
  }
}

describe("what a dashboard page does with each visitor", () => {
  it("sends someone not signed in to the sign-in page, and shows them no staff name", async () => {
    switchToBrowser(new TestBrowser("192.0.2.101"));
    expect(await pageOutcome("referral:view")).toBe("redirect /admin/sign-in");
    expect(await currentStaff()).toBeNull();
  });

  it("sends someone whose session timed out to the sign-in page that says so", async () => {
    const triager = await createTestStaff("TRIAGER");
    await signInAs(triager, "192.0.2.102");
    const { sessionId } = (await contextFor("referral:view")).staff;
    await getDb().session.update({
      where: { id: sessionId },
      data: { lastActiveAt: new Date(Date.now() - SESSION_IDLE_TIMEOUT_MS - 1000) },
    });
    expect(await pageOutcome("referral:view")).toBe("redirect /admin/sign-in?expired=1");
  });

  it("shows a signed-in triager the inbox, and names them for the navigation", async () => {
    const triager = await createTestStaff("TRIAGER");
    await signInAs(triager, "192.0.2.103");
    expect(await pageOutcome("referral:view")).toBe(`shown to ${triager.id}`);
    expect(await currentStaff()).toMatchObject({ id: triager.id, role: "TRIAGER" });
  });

  it("answers a triager asking for an admin's page with not found, as if it did not exist", async () => {
    const triager = await createTestStaff("TRIAGER");
    await signInAs(triager, "192.0.2.104");
    expect(await authorize("staff:manage")).toEqual({ refusal: "forbidden", expired: false });
    expect(await pageOutcome("staff:manage")).toBe("not found");
  });

  it("sends someone who has not set up two-factor sign-in to set it up, except on the pages that do that", async () => {
    const newcomer = await createTestStaff("TRIAGER", { twoFactor: false });
    await signInAs(newcomer, "192.0.2.105");
    expect(await pageOutcome("referral:view")).toBe("redirect /admin/account/two-factor");
    expect(await pageOutcome("account:self", { allowPendingStep: true })).toBe(`shown to ${newcomer.id}`);
  });

  it("sends someone who must change a one-time password to change it before anything else", async () => {
    const triager = await createTestStaff("TRIAGER");
    await signInAs(triager, "192.0.2.106");
    await getDb().user.update({ where: { id: triager.id }, data: { mustChangePassword: true } });
    expect(await authorize("referral:view")).toEqual({
      refusal: "anonymous",
      expired: false,
      pendingPath: "/admin/account/password",
    });
    expect(await pageOutcome("referral:view")).toBe("redirect /admin/account/password");
    expect(await pageOutcome("account:self", { allowPendingStep: true })).toBe(`shown to ${triager.id}`);
  });
});
