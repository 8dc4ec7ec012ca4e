import { spawnSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { typeScriptArgs } from "@/lib/cli/children";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { getDb } from "@/lib/db";
import { setUpStaffDatabase } from "../../helpers/staff-test-env";
import { TestBrowser, switchToBrowser } from "../../helpers/test-browser";
import type { TestDatabase } from "../../helpers/test-database";

vi.mock("next/headers", () => import("../../helpers/next-headers-mock"));

// M-7: `staff:create --password …` put the password in argv, readable by any local user.
let database: TestDatabase;
beforeAll(async () => {
  database = await setUpStaffDatabase();
});
afterAll(() => database.drop());

function staffCreate(args: string[], input = "") {
  return spawnSync(process.execPath, [...typeScriptArgs("lib/cli/staff-create.ts"), ...args], {
    input,
    encoding: "utf8",
    env: {
      // eslint-disable-next-line no-restricted-properties -- the child's environment
      ...process.env,
      DATABASE_URL: database.url,
      AUTH_SECRET: "integration-tests-secret-integration-tests-secret",
      NODE_ENV: "test",
    },
    timeout: 60_000,
  });
}

describe("staff:create and passwords", () => {
  it("refuses a password on the command line and makes no account", async () => {
    const run = staffCreate([
      "--email",
      "argv@example.nhs.uk",
      "--name",
      "Arg V",
      "--role",
      "triager",
      "--password",
      "a long chosen password",
    ]);
    expect(run.status).not.toBe(0);
    expect(run.stderr + run.stdout).toMatch(/--password-stdin/);
    expect(await getDb().user.count({ where: { email: "argv@example.nhs.uk" } })).toBe(0);
  });

  it("reads the password from standard input", async () => {
    const run = staffCreate(
      ["--email", "stdin@example.nhs.uk", "--name", "Std In", "--role", "triager", "--password-stdin"],
      "a long chosen password\n",
    );
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).not.toContain("a long chosen password");
    const browser = switchToBrowser(new TestBrowser("192.0.2.95"));
    expect(
      await signInWithPassword("stdin@example.nhs.uk", "a long chosen password", {
        headers: browser.requestHeaders(),
        ip: browser.ip,
      }),
    ).toEqual({ status: "signed-in" });
  });
});
