import { vi } from "vitest";
import { switchDatabase } from "@/lib/db";
import { createTestDatabase, type TestDatabase } from "./test-database";

/**
 * A migrated database for a file of staff tests, with lib/config and lib/db pointed at it.
 * Call from beforeAll, before anything reads the environment.
 */
export async function setUpStaffDatabase(settings: Record<string, string> = {}): Promise<TestDatabase> {
  const database = await createTestDatabase();
  vi.stubEnv("DATABASE_URL", database.url);
  vi.stubEnv("AUTH_SECRET", "integration-tests-secret-integration-tests-secret");
  vi.stubEnv("NODE_ENV", "test");
  for (const [name, value] of Object.entries(settings)) vi.stubEnv(name, value);
  // A new file must not reuse the last file's database (or the auth instance built on it).
  switchDatabase(database.url);
  return database;
}
