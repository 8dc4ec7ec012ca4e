import { describe, expect, it } from "vitest";
import { requestIdFor } from "@/lib/log/request-id";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe("request ids", () => {
  it.each([
    ["a UUID from a platform", "3f2504e0-4f89-41d3-9a0c-0305e82c3301"],
    ["nginx's 32 hex digits", "a1b2c3d4e5f60718293a4b5c6d7e8f90"],
    ["16 hex digits, upper case", "0123456789ABCDEF"],
  ])("keeps an incoming id that is well formed: %s", (_name, incoming) => {
    expect(requestIdFor(incoming)).toBe(incoming);
  });

  it.each([
    ["none", null],
    ["empty", ""],
    ["words (they could be a name)", "alex-testperson-0123"],
    ["too short", "0123456789abcde"],
    ["too long", "0".repeat(65)],
    ["a line break (log injection)", "0123456789abcdef\n{}"],
    ["a UUID with extra text", "3f2504e0-4f89-41d3-9a0c-0305e82c3301 x"],
  ])("replaces an incoming id that is not: %s", (_name, incoming) => {
    const id = requestIdFor(incoming);
    expect(id).not.toBe(incoming);
    expect(id).toMatch(UUID);
  });

  it("gives each request its own new id", () => {
    expect(requestIdFor(null)).not.toBe(requestIdFor(null));
  });
});
