import { describe, expect, it } from "vitest";
import { isUniqueViolation } from "../../lib/db/unique-violation";

// createReferral retries only a unique violation; every other error must pass straight through.
describe("telling a unique violation from any other error", () => {
  it("recognises Prisma's P2002 whatever its message says", () => {
    expect(isUniqueViolation({ code: "P2002", message: "the message changed in a new Prisma" })).toBe(true);
    expect(isUniqueViolation({ code: "P2002" })).toBe(true);
  });

  it("recognises the driver's own duplicate key and unique constraint messages without a code", () => {
    expect(
      isUniqueViolation(new Error('duplicate key value violates unique constraint "referral_reference_key"')),
    ).toBe(true);
    expect(isUniqueViolation({ message: "Unique constraint failed on the fields: (`reference`)" })).toBe(true);
  });

  it("passes on any other error, including another Prisma code", () => {
    expect(isUniqueViolation({ code: "P2003", message: "Foreign key constraint violated" })).toBe(false);
    expect(isUniqueViolation(new Error("refused by a check in the database"))).toBe(false);
    expect(isUniqueViolation({ code: "", message: "" })).toBe(false);
  });

  it("does not fail on things thrown that are not errors", () => {
    expect(isUniqueViolation(undefined)).toBe(false);
    expect(isUniqueViolation(null)).toBe(false);
    expect(isUniqueViolation("duplicate key")).toBe(false);
    expect(isUniqueViolation({})).toBe(false);
  });
});
