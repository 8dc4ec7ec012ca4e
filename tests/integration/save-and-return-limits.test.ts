import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { sendReturnLink } from "../../app/_journey/save-for-later-action";
import { installJobs } from "../../lib/jobs/boss";
import { getQueueClient } from "../../lib/jobs/web";
import { saveDraftStep } from "../../lib/referrals/drafts";
import { getJourney } from "../../lib/referrals/journeys/registry";
import { outcomeOf } from "../helpers/next-outcome";
import { setUpStaffDatabase } from "../helpers/staff-test-env";
import { TestBrowser, switchToBrowser } from "../helpers/test-browser";
import type { TestDatabase } from "../helpers/test-database";
import { toFormData } from "../helpers/journey-answers";

vi.mock("next/headers", () => import("../helpers/next-headers-mock"));

// "Save and come back later" cannot be used to flood someone's inbox: sending is limited per email
// address and per network address, with the service's existing limiter (H05).
let database: TestDatabase;
beforeAll(async () => {
  database = await setUpStaffDatabase({ SUBMISSIONS_PER_HOUR: "2", FORM_POSTS_PER_HOUR: "4" });
  delete (globalThis as { iptLimiter?: unknown }).iptLimiter;
  await installJobs(database.url);
});
afterAll(async () => {
  await (await getQueueClient(database.url)).stop({ graceful: false });
  await database.drop();
});

const parent = getJourney("parent-carer")!;
let lastIp = 10;

/** One person with a draft, from `ip`, asking for a link to `email`: what the action did. */
async function ask(email: string, ip = `198.51.100.${lastIp++}`) {
  const browser = switchToBrowser(new TestBrowser(ip));
  const { token } = await saveDraftStep(undefined, parent, "risk", { selfHarmThoughts: "no" }, database.db());
  browser.cookies.set("ipt_draft_parent-carer", token);
  let state: unknown;
  const outcome = await outcomeOf(async () => {
    state = await sendReturnLink(parent.slug, { status: "idle" }, toFormData({ email }));
  });
  return { outcome, state };
}

describe("sending a link to a saved form", () => {
  it("is limited per email address, whichever network it comes from", async () => {
    expect((await ask("flooded@example.net")).outcome).toMatchObject({
      kind: "redirect",
      to: expect.stringMatching(/\/refer\/parent-carer\/save\?sent=/),
    });
    expect((await ask("FLOODED@example.net")).outcome.kind).toBe("redirect");
    const third = await ask("flooded@example.net");
    expect(third.outcome).toEqual({ kind: "ran" });
    expect(third.state).toMatchObject({ status: "refused", message: expect.stringMatching(/several links/) });
    expect((await ask("someone.else@example.net")).outcome.kind).toBe("redirect");
    expect(
      await database
        .db()
        .draftReturnLink.count({ where: { email: { in: ["flooded@example.net", "FLOODED@example.net"] } } }),
    ).toBe(2);
  });

  it("is limited per network address, whatever email address is given", async () => {
    const ip = "198.51.100.200";
    for (let i = 0; i < 4; i++)
      expect((await ask(`from-one-place-${i}@example.net`, ip)).outcome.kind).toBe("redirect");
    const fifth = await ask("from-one-place-5@example.net", ip);
    expect(fifth.state).toMatchObject({ status: "refused", message: expect.stringMatching(/several links/) });
  });

  it("says so, keeping the address typed, when the draft is gone", async () => {
    switchToBrowser(new TestBrowser("198.51.100.250"));
    let state: unknown;
    await outcomeOf(async () => {
      state = await sendReturnLink(parent.slug, { status: "idle" }, toFormData({ email: "gone@example.net" }));
    });
    expect(state).toMatchObject({
      status: "refused",
      message: expect.stringMatching(/could not find your answers/),
      values: { email: "gone@example.net" },
    });
  });
});
