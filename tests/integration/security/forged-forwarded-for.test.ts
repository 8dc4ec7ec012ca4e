import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { clientAddress } from "@/app/_journey/request";
import { installJobs } from "@/lib/jobs/boss";
import { createLimiter } from "@/lib/referrals/rate-limit";
import { submitJourney } from "@/lib/referrals/submit-journey";
import { REVISION_FIELD } from "@/lib/referrals/draft-revision";
import { toFormData } from "../../helpers/journey-answers";
import { fillJourney, testDeps } from "../../helpers/submit-journey";
import { TestBrowser, switchToBrowser } from "../../helpers/test-browser";
import { createTestDatabase, type TestDatabase } from "../../helpers/test-database";

vi.mock("next/headers", () => import("../../helpers/next-headers-mock"));

// H-1: the review sent 12 referrals from one client, each with its own X-Forwarded-For, and all
// were accepted. Here every post claims a new address; the limit still counts one client.
let database: TestDatabase;
let deps: Awaited<ReturnType<typeof testDeps>>;
beforeAll(async () => {
  database = await createTestDatabase();
  await installJobs(database.url);
  deps = await testDeps(database.db(), database.url, {
    limiter: createLimiter(database.url, { submission: 2, form: 1000 }),
  });
});
afterAll(async () => {
  await deps.boss.stop({ graceful: false });
  await database.drop();
});

describe("submission limits against forged X-Forwarded-For", () => {
  it("counts one socket address however many addresses the client claims", async () => {
    const results = [];
    for (let i = 0; i < 4; i++) {
      switchToBrowser(new TestBrowser("192.0.2.5", `203.0.113.${i + 1}, 198.51.100.${i + 1}`));
      const client = await clientAddress();
      expect(client).toBe("192.0.2.5");
      const { journey, token, idempotencyKey, revision } = await fillJourney(deps, "question");
      const outcome = await submitJourney(
        { journey, form: toFormData({ idempotencyKey, [REVISION_FIELD]: revision }), draftToken: token, client },
        deps,
      );
      results.push("redirect" in outcome ? "sent" : outcome.status);
    }
    expect(results).toEqual(["sent", "sent", "held", "held"]);
    const keys = (await database.db().rateLimit.findMany())
      .map((row) => row.key)
      .filter((key) => key.startsWith("submission"));
    expect(keys.some((key) => key.includes("203.0.113.") || key.includes("198.51.100."))).toBe(false);
  });
});
