import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db";
import { POST as exportList } from "@/app/admin/export/route";
import { POST as subjectAccess } from "@/app/admin/referrals/[id]/subject-access/route";
import { insertReferral } from "../../helpers/referral-factory";
import { createTestStaff, PASSWORD, signInAs, type TestStaff } from "../../helpers/staff";
import { setUpStaffDatabase } from "../../helpers/staff-test-env";
import type { TestDatabase } from "../../helpers/test-database";

vi.mock("next/headers", () => import("../../helpers/next-headers-mock"));

// Security review L-5: a download of personal data needs the person's password again, so a PC
// left signed in, or a stolen session cookie, cannot take every referral away.
let database: TestDatabase;
let admin: TestStaff;
let referralId: string;

beforeAll(async () => {
  database = await setUpStaffDatabase();
  admin = await createTestStaff("ADMIN");
  referralId = (await insertReferral(getDb(), { givenName: "Morgan", familyName: "Quill" })).id;
});
afterAll(() => database.drop());

function post(path: string, fields: Record<string, string>): Request {
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) body.set(name, value);
  return new Request(`http://127.0.0.1${path}`, { method: "POST", body });
}
const params = () => ({ params: Promise.resolve({ id: referralId }) });
const downloadsAudited = () =>
  getDb().auditEvent.count({ where: { action: { in: ["referral.exported", "referral.subject_access_exported"] } } });

describe("downloads of personal data", () => {
  it.each([
    ["no password", {}],
    ["an empty password", { password: "" }],
    ["a wrong password", { password: "not my password at all" }],
  ])("refuses the export with %s, sending the person back to the same list with the error", async (_, extra) => {
    await signInAs(admin);
    const before = await downloadsAudited();
    const response = await exportList(
      post("/admin/export", { status: "all", returnTo: "/admin?status=all", ...extra }),
      params(),
    );
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/admin?status=all&download=refused#password");
    expect(response.headers.get("content-disposition")).toBeNull();
    expect(await response.text()).not.toContain("Quill");
    expect(await downloadsAudited()).toBe(before);
  });

  it("counts and audits a wrong password like any other re-check of it", async () => {
    await signInAs(admin);
    const before = await getDb().auditEvent.count({ where: { action: "auth.sign_in_failed", actorId: admin.id } });
    await exportList(post("/admin/export", { password: "wrong again", returnTo: "/admin" }), params());
    expect(await getDb().auditEvent.count({ where: { action: "auth.sign_in_failed", actorId: admin.id } })).toBe(
      before + 1,
    );
  });

  it("downloads the list with the right password, and audits it", async () => {
    await signInAs(admin);
    const before = await downloadsAudited();
    const response = await exportList(
      post("/admin/export", { status: "all", password: PASSWORD, returnTo: "/admin" }),
      params(),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="referrals-/);
    const csv = await response.text();
    expect(csv).toContain("Quill");
    expect(csv).not.toContain(PASSWORD);
    expect(await downloadsAudited()).toBe(before + 1);
  });

  it("refuses a subject access download without the password, and gives it with the password", async () => {
    await signInAs(admin);
    const path = `/admin/referrals/${referralId}/subject-access`;
    const refused = await subjectAccess(post(path, { returnTo: `/admin/referrals/${referralId}` }), params());
    expect(refused.status).toBe(303);
    expect(refused.headers.get("location")).toBe(`/admin/referrals/${referralId}?download=refused#password`);
    const given = await subjectAccess(post(path, { password: PASSWORD, returnTo: "/admin" }), params());
    expect(given.status).toBe(200);
    expect(await given.text()).toContain("Quill");
  });

  it.each([
    "https://evil.example/admin",
    "//evil.example/admin",
    "/administrator",
    "/admin/../refer",
    "javascript:alert(1)",
  ])("never sends a refused person anywhere but the dashboard (returnTo %s)", async (returnTo) => {
    await signInAs(admin);
    const response = await exportList(post("/admin/export", { returnTo }), params());
    expect(response.headers.get("location")).toMatch(/^\/admin(\?|\/)/);
  });
});
