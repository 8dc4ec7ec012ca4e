import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "@/lib/triage/inbox-query";
import { parseInboxFilter, filterToQuery } from "@/lib/triage/filters";

describe("inbox cursors and filters", () => {
  it("round-trips any cursor", () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.date({ min: new Date("2000-01-01"), max: new Date("2100-01-01"), noInvalidDate: true }),
        fc.uuid(),
        (urgent, createdAt, id) => {
          expect(decodeCursor(encodeCursor({ urgent, createdAt, id }))).toEqual({ urgent, createdAt, id });
        },
      ),
    );
  });

  it.each(["", "garbage", "W10", Buffer.from('["x"]').toString("base64url")])("treats %j as no cursor", (value) => {
    expect(decodeCursor(value)).toBeNull();
  });

  it("falls back to waiting referrals for an unknown status and drops unknown journeys", () => {
    const { filter } = parseInboxFilter({ status: "BOGUS", journey: "NOPE", q: "  Smith " });
    expect(filter).toMatchObject({ status: "open", journey: undefined, q: "Smith" });
  });

  it("writes a filter back as a query string without the page cursor", () => {
    const { filter } = parseInboxFilter({ status: "all", urgent: "yes", after: "abc" });
    expect(filterToQuery(filter)).toBe("status=all&urgent=yes");
  });
});
