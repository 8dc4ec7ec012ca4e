import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSubmissionLimiter, type SubmissionLimits } from "../../lib/referrals/shared-networks";
import type { TestDatabase } from "../helpers/test-database";
import {
  type TestDeps,
  closeSubmissionDatabase,
  fillJourney,
  openSubmissionDatabase,
  post,
} from "../helpers/submit-journey";

// H13: a GP practice, school or NHS trust sends everyone's referrals from one public address. The
// limit meant for one person must not hold a busy practice back with the spam, and a flood from
// that address must still stop. Real Postgres: the limits are counted in the rate_limit table.

let database: TestDatabase;
let deps: TestDeps;
beforeAll(async () => ({ database, deps } = await openSubmissionDatabase()));
afterAll(() => closeSubmissionDatabase(database, deps));

const limits: SubmissionLimits = {
  SUBMISSIONS_PER_HOUR: 1,
  FORM_POSTS_PER_HOUR: 1000,
  SHARED_NETWORKS: ["198.51.100.0/24", "2001:db8::/32"],
  SHARED_NETWORK_SUBMISSIONS_PER_HOUR: 3,
  SHARED_NETWORK_FORM_POSTS_PER_HOUR: 1000,
};

describe("submission limits for shared networks (SHARED_NETWORKS)", () => {
  it("lets a GP practice behind one shared address send more referrals than one person may, holds the flood past its own limit, and still limits everyone else", async () => {
    const limited = { ...deps, limiter: createSubmissionLimiter(database.url, limits) };
    const sendFrom = async (client: string) => {
      const { journey, token, idempotencyKey } = await fillJourney(limited, "professional");
      const outcome = await post(limited, journey, token, idempotencyKey, client);
      return "redirect" in outcome ? "sent" : outcome.status;
    };
    const practice = [];
    for (let i = 0; i < 4; i++) practice.push(await sendFrom("198.51.100.7"));
    expect(practice).toEqual(["sent", "sent", "sent", "held"]);
    // An IPv6 network in the list is shared too.
    expect([await sendFrom("2001:db8::5"), await sendFrom("2001:db8::5")]).toEqual(["sent", "sent"]);
    // One person's address keeps the ordinary limit.
    expect([await sendFrom("203.0.113.9"), await sendFrom("203.0.113.9")]).toEqual(["sent", "held"]);

    const counted = await database.db().rateLimit.findMany({ select: { key: true, points: true } });
    expect(counted).toEqual(
      expect.arrayContaining([
        { key: "shared-submission:198.51.100.7", points: 4 },
        { key: "submission:203.0.113.9", points: 2 },
      ]),
    );
    // Refused, never lost: both refused referrals wait in the held queue for staff.
    expect(await database.db().heldSubmission.count({ where: { reason: "rate-limited" } })).toBe(2);
  });

  it("counts every address on the ordinary limit when no shared network is set", async () => {
    const limited = { ...deps, limiter: createSubmissionLimiter(database.url, { ...limits, SHARED_NETWORKS: [] }) };
    const results = [];
    for (let i = 0; i < 2; i++) {
      const { journey, token, idempotencyKey } = await fillJourney(limited, "professional");
      const outcome = await post(limited, journey, token, idempotencyKey, "198.51.100.8");
      results.push("redirect" in outcome ? "sent" : outcome.status);
    }
    expect(results).toEqual(["sent", "held"]);
  });
});
