import { vi } from "vitest";
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
  // The shared clients live on globalThis; a new file must not reuse the last file's database.
  const shared = globalThis as { iptDatabase?: unknown; iptAuth?: unknown };
  delete shared.iptDatabase;
  delete shared.iptAuth;
  return database;
}
