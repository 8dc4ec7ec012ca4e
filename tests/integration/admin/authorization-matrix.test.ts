import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { PERMISSIONS, type StaffRole } from "@/lib/auth/roles";
import { getDb } from "@/lib/db";
import { installJobs } from "@/lib/jobs/boss";
import { dashboardFiles, type DashboardFile } from "../../helpers/dashboard-routes";
import { outcomeOf, refused, type Outcome } from "../../helpers/next-outcome";
import { insertReferral } from "../../helpers/referral-factory";
import { createTestStaff, signInAs, type TestStaff } from "../../helpers/staff";
import { setUpStaffDatabase } from "../../helpers/staff-test-env";
import { TestBrowser, switchToBrowser } from "../../helpers/test-browser";
import type { TestDatabase } from "../../helpers/test-database";

vi.mock("next/headers", () => import("../../helpers/next-headers-mock"));

// Everything under app/admin is found on disk; a new page, route or action is checked here
// without editing this file. Only the sign-in pages and the stylesheet are public.
const files = dashboardFiles();
const guarded = files.filter((f) => !f.isPublic);
const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

let database: TestDatabase;
let referralId: string;
const staff: Partial<Record<StaffRole, TestStaff>> = {};

beforeAll(async () => {
  database = await setUpStaffDatabase();
  // The emails page reads, and its "send again" action writes, pg-boss's queues.
  await installJobs(database.url);
  referralId = (await insertReferral(getDb())).id;
  staff.ADMIN = await createTestStaff("ADMIN");
  staff.TRIAGER = await createTestStaff("TRIAGER");
});
afterAll(() => database.drop());

type Caller = "anonymous" | StaffRole;

async function as(caller: Caller): Promise<void> {
  if (caller === "anonymous") switchToBrowser(new TestBrowser());
  else await signInAs(staff[caller]!);
}

const params = () => Promise.resolve({ id: referralId });
const url = (file: DashboardFile) => `http://127.0.0.1${file.url.replace("[id]", referralId)}`;

/** Every way in: each page, each HTTP method of each route, each exported server action. */
async function entryPoints(): Promise<
  { name: string; file: DashboardFile; permission: string | null; call: () => Promise<unknown> }[]
> {
  const points = [];
  for (const file of guarded) {
    const mod = (await import(/* @vite-ignore */ `../../../${file.file}`)) as Record<string, unknown>;
    if (file.kind === "page") {
      const Page = mod.default as (props: unknown) => Promise<unknown>;
      points.push({
        name: `page ${file.url}`,
        file,
        permission: file.permission,
        call: () => Page({ params: params(), searchParams: Promise.resolve({}) }),
      });
    }
    if (file.kind === "route") {
      for (const method of HTTP_METHODS.filter((m) => typeof mod[m] === "function")) {
        const handler = mod[method] as (request: Request, context: unknown) => Promise<Response>;
        points.push({
          name: `${method} ${file.url}`,
          file,
          permission: file.permission,
          call: () => handler(new Request(url(file), { method }), { params: params() }),
        });
      }
    }
    if (file.kind === "actions") {
      for (const [exportName, value] of Object.entries(mod)) {
        const action = value as ((state: object, data: FormData) => Promise<unknown>) & { permission?: string };
        const form = new FormData();
        form.set("referralId", referralId);
        points.push({
          name: `action ${exportName} (${file.file})`,
          file,
          permission: action.permission ?? null,
          call: () => action({}, form),
        });
      }
    }
  }
  return points;
}

describe("the dashboard's authorization matrix", () => {
  it("finds the dashboard's pages, routes and actions on disk, and only sign-in is public", () => {
    expect(guarded.filter((f) => f.kind === "page").length).toBeGreaterThanOrEqual(6);
    expect(guarded.filter((f) => f.kind === "actions").length).toBeGreaterThanOrEqual(3);
    expect(files.filter((f) => f.isPublic).map((f) => f.file)).toEqual([
      "app/admin/(public)/nhsuk-frontend.css/route.ts",
      "app/admin/(public)/sign-in/actions.ts",
      "app/admin/(public)/sign-in/code/page.tsx",
      "app/admin/(public)/sign-in/page.tsx",
      "app/admin/(public)/signed-out/page.tsx",
    ]);
  });

  it("names a known permission in the guard of every page, route handler and action", async () => {
    for (const point of await entryPoints()) {
      expect(point.permission, `${point.name} has no requireStaff/staffRoute/staffAction guard`).not.toBeNull();
      expect(Object.keys(PERMISSIONS), point.name).toContain(point.permission);
    }
  });

  it("refuses anonymous requests to every page, route handler and action", async () => {
    for (const point of await entryPoints()) {
      await as("anonymous");
      expect(await outcomeOf(point.call), point.name).toEqual({ kind: "sign-in" });
    }
  });

  it.each(["TRIAGER", "ADMIN"] as const)(
    "lets a %s in exactly where their role allows, and refuses the rest",
    async (role) => {
      const matrix: string[] = [];
      for (const point of await entryPoints()) {
        await as(role);
        const outcome: Outcome = await outcomeOf(point.call);
        const allowed = (PERMISSIONS[point.permission as keyof typeof PERMISSIONS] as readonly string[]).includes(role);
        if (allowed)
          expect(refused(outcome), `${role} should reach ${point.name}: ${JSON.stringify(outcome)}`).toBe(false);
        else expect(outcome, `${role} should be refused ${point.name}`).toEqual({ kind: "not-found" });
        matrix.push(`${role.padEnd(8)} ${allowed ? "allowed" : "refused"}  ${point.name} [${point.permission}]`);
      }
      console.info(`Authorization matrix for ${role}:\n${matrix.join("\n")}`);
    },
    // A fresh sign-in (a scrypt password check) before each of about a hundred entry points: about 20 s alone
    // on a loaded 2-core machine, over the default 60 s with another integration file beside it.
    180_000,
  );

  it("keeps someone who must still change their password away from every referral", async () => {
    const triager = await createTestStaff("TRIAGER");
    await signInAs(triager);
    await getDb().user.update({ where: { id: triager.id }, data: { mustChangePassword: true } });
    const pages = (await entryPoints()).filter(
      (p) => p.file.kind === "page" && !p.file.source.includes("allowPendingStep"),
    );
    for (const point of pages) {
      expect(await outcomeOf(point.call), point.name).toEqual({ kind: "redirect", to: "/admin/account/password" });
    }
  });
});
