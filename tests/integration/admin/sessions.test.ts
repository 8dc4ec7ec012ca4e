import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { authorize } from "@/lib/auth/guard";
import { SESSION_ABSOLUTE_LIFETIME_S, SESSION_IDLE_TIMEOUT_MS } from "@/lib/auth/policy";
import { signOut, signOutEverywhere } from "@/lib/auth/sign-out";
import { revokeStaffSessions } from "@/lib/staff/accounts";
import { getDb } from "@/lib/db";
import { contextFor, createTestStaff, signInAs } from "../../helpers/staff";
import { setUpStaffDatabase } from "../../helpers/staff-test-env";
import { TestBrowser, switchToBrowser } from "../../helpers/test-browser";
import { createHmac } from "node:crypto";
import { getAuthSecret } from "@/lib/auth/secret";
import { hashSessionToken } from "@/lib/auth/hashed-session-tokens";
import type { TestDatabase } from "../../helpers/test-database";

vi.mock("next/headers", () => import("../../helpers/next-headers-mock"));

let database: TestDatabase;
beforeAll(async () => {
  database = await setUpStaffDatabase();
});
afterAll(() => database.drop());

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);

describe("staff sessions", () => {
  it("keeps sessions in Postgres with a 12-hour absolute lifetime", async () => {
    const triager = await createTestStaff("TRIAGER");
    await signInAs(triager);
    const session = await getDb().session.findFirstOrThrow({
      where: { userId: triager.id },
      orderBy: { createdAt: "desc" },
    });
    const lifetime = (session.expiresAt.getTime() - session.createdAt.getTime()) / 1000;
    expect(Math.abs(lifetime - SESSION_ABSOLUTE_LIFETIME_S)).toBeLessThan(5);
  });

  it("ends a session that has not been used for 30 minutes, and records it", async () => {
    const triager = await createTestStaff("TRIAGER");
    await signInAs(triager);
    const { sessionId } = (await contextFor("referral:view")).staff;
    await getDb().session.update({
      where: { id: sessionId },
      data: { lastActiveAt: new Date(Date.now() - SESSION_IDLE_TIMEOUT_MS - 1000) },
    });
    expect(await authorize("referral:view")).toEqual({ refusal: "anonymous", expired: true });
    expect(await getDb().session.findUnique({ where: { id: sessionId } })).toBeNull();
    expect(await getDb().auditEvent.count({ where: { actorId: triager.id, action: "auth.session_expired" } })).toBe(1);
  });

  it("keeps a session in use alive, noting the activity", async () => {
    const triager = await createTestStaff("TRIAGER");
    await signInAs(triager);
    const { sessionId } = (await contextFor("referral:view")).staff;
    await getDb().session.update({ where: { id: sessionId }, data: { lastActiveAt: minutesAgo(25) } });
    expect(await authorize("referral:view")).toHaveProperty("context");
    const session = await getDb().session.findUniqueOrThrow({ where: { id: sessionId } });
    expect(session.lastActiveAt.getTime()).toBeGreaterThan(minutesAgo(1).getTime());
  });

  it("ends a session past its absolute lifetime however recently it was used", async () => {
    const triager = await createTestStaff("TRIAGER");
    await signInAs(triager);
    const { sessionId } = (await contextFor("referral:view")).staff;
    await getDb().session.update({
      where: { id: sessionId },
      data: { lastActiveAt: new Date(), expiresAt: minutesAgo(1) },
    });
    expect(await authorize("referral:view")).toMatchObject({ refusal: "anonymous" });
  });

  it("signs out: the session row is gone and the cookie is cleared", async () => {
    const triager = await createTestStaff("TRIAGER");
    const browser = await signInAs(triager);
    const context = await contextFor("account:self");
    await signOut(context);
    expect(await getDb().session.findUnique({ where: { id: context.staff.sessionId } })).toBeNull();
    expect([...browser.cookies.keys()].some((name) => name.endsWith("session_token"))).toBe(false);
    expect(await authorize("referral:view")).toMatchObject({ refusal: "anonymous" });
    expect(await getDb().auditEvent.count({ where: { actorId: triager.id, action: "auth.sign_out" } })).toBe(1);
  });

  it("signs out of every session on every device", async () => {
    const triager = await createTestStaff("TRIAGER");
    const laptop = await signInAs(triager, "192.0.2.1");
    const desktop = await signInAs(triager, "192.0.2.2");
    expect(await getDb().session.count({ where: { userId: triager.id } })).toBeGreaterThanOrEqual(2);
    await signOutEverywhere(await contextFor("account:self"));
    expect(await getDb().session.count({ where: { userId: triager.id } })).toBe(0);
    for (const browser of [laptop, desktop]) {
      switchToBrowser(browser);
      expect(await authorize("referral:view")).toMatchObject({ refusal: "anonymous" });
    }
  });

  it("lets an admin revoke another person's sessions at once", async () => {
    const admin = await createTestStaff("ADMIN");
    const triager = await createTestStaff("TRIAGER");
    const triagerBrowser = await signInAs(triager);
    await signInAs(admin);
    await revokeStaffSessions(getDb(), triager.id, admin.id, null);
    switchToBrowser(triagerBrowser);
    expect(await authorize("referral:view")).toMatchObject({ refusal: "anonymous" });
  });

  it("keeps only a hash of each session token, so a copy of the database signs no one in (L-1)", async () => {
    const triager = await createTestStaff("TRIAGER");
    const browser = await signInAs(triager);
    const cookieName = [...browser.cookies.keys()].find((name) => name.endsWith("session_token"))!;
    const rawToken = browser.cookies.get(cookieName)!.split(".")[0]!;
    const row = await getDb().session.findUniqueOrThrow({ where: { token: hashSessionToken(rawToken) } });
    expect(row.userId).toBe(triager.id);
    expect(await getDb().session.count({ where: { token: rawToken } })).toBe(0);

    // Someone with the database and the signing key forges a cookie from the stored value.
    const forger = switchToBrowser(new TestBrowser("203.0.113.99"));
    const signature = createHmac("sha256", getAuthSecret()).update(row.token).digest("base64");
    forger.cookies.set(cookieName, `${row.token}.${signature}`);
    expect(await authorize("referral:view")).toMatchObject({ refusal: "anonymous" });

    // The real cookie, signed the same way, still works.
    switchToBrowser(browser);
    expect(await authorize("referral:view")).toMatchObject({ context: { staff: { id: triager.id } } });
  });
});
