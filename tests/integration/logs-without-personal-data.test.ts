import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startNotificationRig, type NotificationRig } from "../helpers/notification-rig";
import { sendJourney } from "../helpers/submit-journey";
import { withoutRandomIds } from "../helpers/without-random-ids";

let rig: NotificationRig;
beforeAll(async () => {
  rig = await startNotificationRig();
  await rig.startWorker();
});
afterAll(() => rig.stop());

describe("logs", () => {
  it("name the reference of each referral and none of the person's details", async () => {
    const lines: string[] = [];
    const capture = (...args: unknown[]) => void lines.push(args.map(String).join(" "));
    const spies = [
      ...(["log", "info", "warn", "error"] as const).map((level) =>
        vi.spyOn(console, level).mockImplementation(capture),
      ),
      // The worker's structured (JSON) log lines go to stdout.
      vi
        .spyOn(process.stdout, "write")
        .mockImplementation((chunk: string | Uint8Array) => (capture(String(chunk)), true)),
    ];
    try {
      const reference = await sendJourney(rig.deps, "professional", {
        risk: { selfHarmThoughts: "yes" },
        "risk-soon": { mayActSoon: "yes" },
      });
      await expect
        .poll(() => lines.filter((l) => l.includes(reference)).length, { timeout: 30_000 })
        .toBeGreaterThanOrEqual(3);
      const all = lines.join("\n");
      const allWithoutIds = withoutRandomIds(all);
      expect(all).toContain(`received ${reference}`);
      expect(all).toMatch(new RegExp(`"kind":"notification","reference":"${reference}".*"outcome":"sent"`));
      for (const personal of [
        "Alex",
        "Testperson",
        "943 476 5919",
        "9434765919",
        "EX1 1AA",
        "07700",
        "@example.net",
        "jo.example@nhs.net",
        "Dr Jo",
        "Feeling low",
      ]) {
        expect(allWithoutIds).not.toContain(personal);
      }
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
  });
});
