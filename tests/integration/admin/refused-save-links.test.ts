import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { PgBoss } from "pg-boss";
import { getDb } from "@/lib/db";
import { DEAD_LETTER_QUEUE, DRAFT_RETURN_QUEUE, JOB_SCHEMA } from "@/lib/jobs/queues";
import { getJourney } from "@/lib/referrals/journeys/registry";
import { saveForLater } from "@/lib/referrals/return-links";
import { triage } from "@/lib/triage";
import type { SmtpSink } from "../../helpers/smtp-sink";
import { startStaffMailRig, type StaffMailRig } from "../../helpers/staff-mail-rig";
import { contextFor, createTestStaff, signInAs, type TestStaff } from "../../helpers/staff";
import { fillJourney } from "../../helpers/submit-journey";

vi.mock("next/headers", () => import("../../helpers/next-headers-mock"));

// A "Save and come back later" email the mail server refuses for good (issue 17): it has no
// referral, so before this it was only logged, and the person waited for a link that never came.
const SECRET = "refused-save-links-test-secret-0123456789";
const ADDRESS = "wrong.address@example.net";
let rig: StaffMailRig;
let triager: TestStaff;
let sink: SmtpSink;
let deps: StaffMailRig["deps"];

beforeAll(async () => {
  rig = await startStaffMailRig({ secret: SECRET });
  ({ sink, deps } = rig);
  triager = await createTestStaff("TRIAGER");
});
afterAll(() => rig.stop());

const parent = getJourney("parent-carer")!;
const deadLetters = async (linkId: string) =>
  Number(
    (
      await getDb().$queryRawUnsafe<{ n: bigint }[]>(
        `SELECT count(*) AS n FROM ${JOB_SCHEMA}.job WHERE name = $1 AND data->>'linkId' = $2`,
        DEAD_LETTER_QUEUE,
        linkId,
      )
    )[0]!.n,
  );

async function refusedLink(boss: PgBoss) {
  sink.setMode("reject550");
  const before = sink.attempts;
  const { token } = await fillJourney(deps, "parent-carer");
  expect(await saveForLater(getDb(), boss, token, parent, ADDRESS)).toMatchObject({ ok: true });
  const link = await getDb().draftReturnLink.findFirstOrThrow({ orderBy: { createdAt: "desc" } });
  await expect.poll(() => deadLetters(link.id), { timeout: 30_000 }).toBe(1);
  return { link, attempts: sink.attempts - before };
}

describe("save-and-return links the mail server refused (/admin/emails)", () => {
  it("are not retried, are listed for staff without the address, and go once when sent again", async () => {
    await signInAs(triager);
    const { link, attempts } = await refusedLink(deps.boss);
    // Refused once, and not tried again (the rig retries in 1–2 s).
    await new Promise((resolve) => setTimeout(resolve, 4_000));
    expect(attempts).toBe(1);
    expect(await deadLetters(link.id)).toBe(1);

    const listed = await triage.refusedReturnLinks();
    expect(listed).toEqual([
      {
        linkId: link.id,
        askedAt: link.createdAt,
        refusedAt: expect.any(Date),
        why: "refused",
        smtpCode: 550,
        validUntil: link.expiresAt,
      },
    ]);
    expect(JSON.stringify(listed)).not.toContain(ADDRESS);
    // Nothing about it in the referral list, which no longer breaks on a dead letter with no referral.
    expect(await triage.emailsNotSent()).toEqual([]);

    // The mail settings are put right; staff send it again.
    sink.setMode("accept");
    expect(await triage.resendReturnLink(await contextFor("referral:update"), link.id)).toEqual({ queued: 1 });
    await expect
      .poll(() => sink.messages.filter((m) => JSON.stringify(m.to).includes(ADDRESS)).length, { timeout: 30_000 })
      .toBe(1);
    const sent = sink.messages.find((m) => JSON.stringify(m.to).includes(ADDRESS))!;
    expect(sent.subject?.startsWith("(repeat) "), "the refused copy never arrived, so this is no repeat").toBe(false);
    expect(sent.text).toMatch(/\/continue\/[A-Za-z0-9_-]{43}/);
    await expect
      .poll(async () => (await getDb().draftReturnLink.findUniqueOrThrow({ where: { id: link.id } })).sentAt)
      .not.toBeNull();
    expect(await deadLetters(link.id)).toBe(0);
    expect(await triage.refusedReturnLinks()).toEqual([]);
    const events = await getDb().auditEvent.findMany({
      where: { action: "draft_return_link.email_resent", target: link.id },
    });
    expect(events).toHaveLength(1);
    expect(events[0]!.actorId).toBe(triager.id);
    expect(JSON.stringify(events.map((e) => [e.target, e.detail]))).not.toContain(ADDRESS);
  });

  it("drops a refused link from the list, and will not send it, once it has run out", async () => {
    await signInAs(triager);
    const { link } = await refusedLink(deps.boss);
    expect((await triage.refusedReturnLinks()).map((r) => r.linkId)).toEqual([link.id]);
    await getDb().draftReturnLink.update({ where: { id: link.id }, data: { expiresAt: new Date(Date.now() - 1) } });
    expect(await triage.refusedReturnLinks()).toEqual([]);
    sink.setMode("accept");
    expect(await triage.resendReturnLink(await contextFor("referral:update"), link.id)).toBeNull();
    const queued = await getDb().$queryRawUnsafe<{ n: bigint }[]>(
      `SELECT count(*) AS n FROM ${JOB_SCHEMA}.job WHERE name = $1 AND data->>'linkId' = $2 AND state = 'created'`,
      DRAFT_RETURN_QUEUE,
      link.id,
    );
    expect(Number(queued[0]!.n)).toBe(0);
  });
});
