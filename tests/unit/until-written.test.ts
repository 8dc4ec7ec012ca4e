import { describe, expect, it, vi } from "vitest";
import { log } from "../../lib/log";
import { untilWritten, WRITE_RETRY } from "../../lib/db/until-written";

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

describe("untilWritten's log while the database stays away", () => {
  /** The warnings logged while a write refused for `downMs` is retried every half second (fake clock). */
  async function warningsWhileDown(downMs: number, refusal: () => unknown) {
    vi.useFakeTimers();
    const warn = vi.spyOn(log, "warn").mockImplementation(() => undefined);
    try {
      const started = Date.now();
      const written = untilWritten(async () => {
        if (Date.now() - started < downMs) throw refusal();
        return "written";
      });
      await vi.advanceTimersByTimeAsync(downMs + 1_000);
      expect(await written).toBe("written");
      return warn.mock.calls.map(([fields]) => fields);
    } finally {
      warn.mockRestore();
      vi.useRealTimers();
    }
  }

  it("logs the first refusal, then one line every 30 s with the try's number and the time waited", async () => {
    const refused = Object.assign(new Error("Can't reach database server"), { code: "P1001" });
    expect(await warningsWhileDown(70_000, () => refused)).toEqual([
      { event: "database.write-retry", attempt: 1, waitedMs: 0, errorName: "Error", errorCode: "P1001" },
      { event: "database.write-retry", attempt: 61, waitedMs: 30_000, errorName: "Error", errorCode: "P1001" },
      { event: "database.write-retry", attempt: 121, waitedMs: 60_000, errorName: "Error", errorCode: "P1001" },
    ]);
  });

  it("names the kind of error, never its message, and copes with something thrown that is not an error", async () => {
    const [typed] = await warningsWhileDown(1_000, () => new TypeError("connection to 10.0.0.5 refused"));
    expect(typed).toEqual({
      event: "database.write-retry",
      attempt: 1,
      waitedMs: 0,
      errorName: "TypeError",
      errorCode: undefined,
    });
    const [nothing] = await warningsWhileDown(1_000, () => null);
    expect(nothing).toMatchObject({ errorName: "Error", errorCode: undefined });
    const [words] = await warningsWhileDown(1_000, () => "socket hang up");
    expect(words).toMatchObject({ errorName: "Error", errorCode: undefined });
  });
});

describe("untilWritten's time limit", () => {
  it("gives up on the try that reaches the limit exactly, not one pause later", async () => {
    vi.useFakeTimers();
    const warn = vi.spyOn(log, "warn").mockImplementation(() => undefined);
    try {
      let calls = 0;
      const written = untilWritten(
        async () => {
          // Tries at 0, 500 and 1,000 ms fail; a fourth, 1,500 ms in, would have succeeded.
          if (++calls <= 3) throw new Error(`still down ${calls}`);
          return "written";
        },
        { pauseMs: 500, forMs: 1_000 },
      );
      const outcome = written.then(
        (value) => ({ value }),
        (error: Error) => ({ error: error.message }),
      );
      await vi.advanceTimersByTimeAsync(2_000);
      expect(await outcome).toEqual({ error: "still down 3" });
      expect(calls).toBe(3);
    } finally {
      warn.mockRestore();
      vi.useRealTimers();
    }
  });
});
