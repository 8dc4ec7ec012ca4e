import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db";
import { DEAD_LETTER_QUEUE, JOB_SCHEMA } from "@/lib/jobs/queues";
import { getJourney } from "@/lib/referrals/journeys/registry";
import { saveForLater } from "@/lib/referrals/return-links";
import { triage } from "@/lib/triage";
import type { SmtpSink } from "../../helpers/smtp-sink";
import { startStaffMailRig, type StaffMailRig } from "../../helpers/staff-mail-rig";
import { contextFor, createTestStaff, signInAs, type TestStaff } from "../../helpers/staff";
import { fillJourney } from "../../helpers/submit-journey";

vi.mock("next/headers", () => import("../../helpers/next-headers-mock"));

// Issue 17: a "Save and come back later" email whose mail server cannot be reached (not a refusal)
// used to be retried and then dropped: the person waited for a link that never came, and staff never
// knew. Now it goes to the dead letter, and /admin/emails lists it beside the refused ones.
const SECRET = "save-links-out-of-retries-secret-0123456789";
const ADDRESS = "unreachable.server@example.net";
// The save-link queue gets half the attempts of the others: 4 → 2 retries, 3 tries in all, 1 s apart.
const RETRY = { delaySeconds: 1, maxDelaySeconds: 1, limit: 4 };
let rig: StaffMailRig;
let triager: TestStaff;
let sink: SmtpSink;
let deps: StaffMailRig["deps"];

beforeAll(async () => {
  rig = await startStaffMailRig({ secret: SECRET, retry: RETRY });
  ({ sink, deps } = rig);
  triager = await createTestStaff("TRIAGER");
});
afterAll(() => rig.stop());

const deadLetters = async (linkId: string) =>
  Number(
    (
      await getDb().$queryRawUnsafe<{ n: bigint }[]>(
        `SELECT count(*) AS n FROM ${JOB_SCHEMA}.job WHERE name = $1 AND data->>'linkId' = $2 AND state = 'created'`,
        DEAD_LETTER_QUEUE,
        linkId,
      )
    )[0]!.n,
  );

describe("save-and-return links that run out of retries (/admin/emails)", () => {
  it("go to the dead letter after the last retry, are listed for staff without the address, and go once when sent again", async () => {
    await signInAs(triager);
    // The mail server turns every connection away with 421 (try again later): never a refusal.
    sink.setMode("refuse");
    const before = sink.attempts;
    const { token } = await fillJourney(deps, "parent-carer");
    expect(await saveForLater(getDb(), deps.boss, token, getJourney("parent-carer")!, ADDRESS)).toMatchObject({
      ok: true,
    });
    const link = await getDb().draftReturnLink.findFirstOrThrow({ orderBy: { createdAt: "desc" } });
    await expect.poll(() => deadLetters(link.id), { timeout: 60_000, interval: 500 }).toBe(1);
    expect(sink.attempts - before, "tried three times (two retries), not given up at once").toBeGreaterThanOrEqual(3);

    const listed = await triage.refusedReturnLinks();
    expect(listed).toEqual([
      {
        linkId: link.id,
        askedAt: link.createdAt,
        refusedAt: expect.any(Date),
        why: "out-of-retries",
        smtpCode: null,
        validUntil: link.expiresAt,
      },
    ]);
    expect(JSON.stringify(listed)).not.toContain(ADDRESS);
    expect(await triage.emailsNotSent()).toEqual([]);

    sink.setMode("accept");
    expect(await triage.resendReturnLink(await contextFor("referral:update"), link.id)).toEqual({ queued: 1 });
    await expect
      .poll(() => sink.messages.filter((m) => JSON.stringify(m.to).includes(ADDRESS)).length, { timeout: 30_000 })
      .toBe(1);
    expect(await deadLetters(link.id)).toBe(0);
    await expect
      .poll(async () => (await getDb().draftReturnLink.findUniqueOrThrow({ where: { id: link.id } })).sentAt)
      .not.toBeNull();
    expect(await triage.refusedReturnLinks()).toEqual([]);
  });
});
