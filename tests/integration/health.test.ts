import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { checkDatabase, createPrismaClient } from "@/lib/db";
import { freePort } from "@/lib/db/embedded";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.drop());

describe("database health", () => {
  it("reports the database up when it answers", async () => {
    const health = await checkDatabase(database.db());
    expect(health.status).toBe("up");
  });

  it("reports the database down, within seconds, when nothing listens", async () => {
    const unreachable = createPrismaClient(`postgresql://ipt:x@127.0.0.1:${await freePort()}/ipt`);
    const started = Date.now();
    const health = await checkDatabase(unreachable);
    expect(health.status).toBe("down");
    expect(Date.now() - started).toBeLessThan(10_000);
    await unreachable.$disconnect();
  });
});

describe("GET /api/health", () => {
  it("answers 200 with the database's state while it is reachable", async () => {
    vi.stubEnv("DATABASE_URL", database.url);
    vi.resetModules();
    const { GET } = await import("@/app/api/health/route");
    const response = await GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: "ok", database: { status: "up" } });
    expect(response.headers.get("cache-control")).toBe("no-store");
  });

  it("answers 503 when the database is unreachable", async () => {
    vi.stubEnv("DATABASE_URL", `postgresql://ipt:x@127.0.0.1:${await freePort()}/ipt`);
    vi.resetModules();
    (globalThis as { iptDatabase?: unknown }).iptDatabase = undefined;
    const { GET } = await import("@/app/api/health/route");
    const response = await GET();
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ status: "unavailable", database: { status: "down" } });
  });
});
