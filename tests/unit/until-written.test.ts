import { describe, expect, it, vi } from "vitest";
import { log } from "../../lib/log";
import { untilWritten, WRITE_RETRY } from "../../lib/referrals/delivery";

describe("untilWritten (recording that the mail server accepted a message)", () => {
  it("keeps retrying a failing write in-process until it succeeds, instead of failing the job", async () => {
    let calls = 0;
    const result = await untilWritten(
      async () => {
        calls++;
        if (calls < 4) throw new Error("database restarting");
        return "written";
      },
      { pauseMs: 1, forMs: 5_000 },
    );
    expect(result).toBe("written");
    expect(calls).toBe(4);
  });

  it("gives up with the last error only once its time is up", async () => {
    let calls = 0;
    const started = Date.now();
    await expect(
      untilWritten(
        async () => {
          calls++;
          throw new Error(`still down ${calls}`);
        },
        { pauseMs: 10, forMs: 100 },
      ),
    ).rejects.toThrow(`still down`);
    expect(Date.now() - started).toBeGreaterThanOrEqual(100);
    expect(calls).toBeGreaterThanOrEqual(2);
  });

  it("gives up at once when the row it updates is gone (erased meanwhile), instead of holding the worker for ten minutes", async () => {
    let calls = 0;
    const gone = Object.assign(new Error("Record to update not found."), { code: "P2025" });
    await expect(
      untilWritten(
        async () => {
          calls++;
          throw gone;
        },
        { pauseMs: 1, forMs: 5_000 },
      ),
    ).rejects.toBe(gone);
    expect(calls).toBe(1);
  });

  it("tries again every half second for ten minutes by default: written soon after the database is back, well before pg-boss's 5 s retry delay, and within the job's 15-minute expiry", () => {
    expect(WRITE_RETRY).toEqual({ pauseMs: 500, forMs: 600_000 });
  });

  it("logs the first refusal, not every try", async () => {
    const warn = vi.spyOn(log, "warn").mockImplementation(() => undefined);
    try {
      let calls = 0;
      await untilWritten(
        async () => {
          if (++calls < 20) throw new Error("database restarting");
        },
        { pauseMs: 1, forMs: 5_000 },
      );
      expect(warn).toHaveBeenCalledTimes(1);
      expect(warn.mock.calls[0]![0]).toMatchObject({ event: "database.write-retry", attempt: 1 });
    } finally {
      warn.mockRestore();
    }
  });
});
