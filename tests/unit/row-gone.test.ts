import { describe, expect, it } from "vitest";
import { isRowGone } from "../../lib/db/row-gone";

describe("isRowGone (a write that no retry can help)", () => {
  it("is true only for Prisma's 'record not found' (P2025)", () => {
    expect(isRowGone({ code: "P2025" })).toBe(true);
  });

  it("is false for a database that is away or recovering, and for anything without that code", () => {
    for (const error of [
      { code: "P1001" },
      { code: "P1017" },
      { code: "P2010" },
      { code: "P2024" },
      new Error("Connection terminated unexpectedly"),
      "P2025",
      null,
      undefined,
    ])
      expect(isRowGone(error), JSON.stringify(error)).toBe(false);
  });
});
