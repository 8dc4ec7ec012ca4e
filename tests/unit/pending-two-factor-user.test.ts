import { createHmac } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Database } from "@/lib/db";

// Who a failed authenticator code is charged to (review L-10). The database is a stand-in that
// filters rows the way Prisma reads the same `where` (a missing condition filters nothing); the
// integration pass meets the real one (tests/integration/sign-in*.test.ts).
const secret = "t".repeat(40);
const sign = (value: string) =>
  encodeURIComponent(`${value}.${createHmac("sha256", secret).update(value).digest("base64")}`);
// Not production here: the cookie has no __Host- prefix (lib/auth/cookie-names.ts).
const cookieName = "ipt-staff.two_factor";
const users = [
  { id: "user-victim", email: "victim@example.net" },
  { id: "user-other", email: "other@example.net" },
];
const hour = 60 * 60 * 1000;

type Where = { identifier?: string; expiresAt?: { gt?: Date } };
function databaseWith(rows: { identifier: string; value: string; expiresAt: Date }[]): Database {
  const matches = (row: (typeof rows)[number], where: Where = {}) =>
    (where.identifier === undefined || row.identifier === where.identifier) &&
    (where.expiresAt?.gt === undefined || row.expiresAt > where.expiresAt.gt);
  return {
    verification: {
      findFirst: async ({ where }: { where?: Where }) => rows.find((row) => matches(row, where)) ?? null,
    },
    user: {
      findUnique: async ({ where }: { where: { id: string } }) => users.find((u) => u.id === where.id) ?? null,
    },
  } as unknown as Database;
}
const withCookie = (cookie: string) => new Headers({ cookie });

let pendingTwoFactorUser: typeof import("@/lib/auth/two-factor-cookie").pendingTwoFactorUser;
beforeAll(async () => {
  vi.stubEnv("AUTH_SECRET", secret);
  ({ pendingTwoFactorUser } = await import("@/lib/auth/two-factor-cookie"));
});
afterAll(() => {
  vi.unstubAllEnvs();
});

describe("the account half-way through signing in", () => {
  const otherRow = { identifier: "challenge-other", value: "user-other", expiresAt: new Date(Date.now() + hour) };
  const victimRow = { identifier: "challenge-victim", value: "user-victim", expiresAt: new Date(Date.now() + hour) };

  it("is the one the signed cookie names, not another pending sign-in", async () => {
    const db = databaseWith([otherRow, victimRow]);
    const found = await pendingTwoFactorUser(db, withCookie(`a=b; ${cookieName}=${sign("challenge-victim")}`));
    expect(found).toEqual(users[0]);
  });

  it("is nobody once the sign-in's challenge has expired", async () => {
    const expired = { ...victimRow, expiresAt: new Date(Date.now() - 1000) };
    const db = databaseWith([expired]);
    expect(await pendingTwoFactorUser(db, withCookie(`${cookieName}=${sign("challenge-victim")}`))).toBeNull();
  });

  it("is nobody without this environment's cookie, or with an unsigned one", async () => {
    const db = databaseWith([victimRow]);
    expect(await pendingTwoFactorUser(db, new Headers())).toBeNull();
    expect(await pendingTwoFactorUser(db, withCookie(`__Host-${cookieName}=${sign("challenge-victim")}`))).toBeNull();
    expect(await pendingTwoFactorUser(db, withCookie(`${cookieName}=challenge-victim`))).toBeNull();
  });
});

describe("in production", () => {
  it("is read only from the __Host- cookie, which no other host can set (review L-8)", async () => {
    vi.resetModules();
    vi.stubEnv("NODE_ENV", "production");
    const production = await import("@/lib/auth/two-factor-cookie");
    const row = { identifier: "challenge-victim", value: "user-victim", expiresAt: new Date(Date.now() + hour) };
    const db = databaseWith([row]);
    const signed = sign("challenge-victim");
    expect(await production.pendingTwoFactorUser(db, withCookie(`__Host-${cookieName}=${signed}`))).toEqual(users[0]);
    expect(await production.pendingTwoFactorUser(db, withCookie(`${cookieName}=${signed}`))).toBeNull();
  });
});
