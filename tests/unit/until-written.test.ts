import { describe, expect, it } from "vitest";
import { untilWritten } from "../../lib/referrals/delivery";

describe("untilWritten (recording that the mail server accepted a message)", () => {
  it("keeps retrying a failing write in-process until it succeeds, instead of failing the job", async () => {
    let calls = 0;
    const result = await untilWritten(async () => {
      calls++;
      if (calls < 4) throw new Error("database restarting");
      return "written";
    }, [1, 1, 1, 1, 1]);
    expect(result).toBe("written");
    expect(calls).toBe(4);
  });

  it("gives up with the last error only after every pause has passed", async () => {
    let calls = 0;
    await expect(
      untilWritten(async () => {
        calls++;
        throw new Error("still down");
      }, [1, 1]),
    ).rejects.toThrow("still down");
    expect(calls).toBe(3);
  });
});
