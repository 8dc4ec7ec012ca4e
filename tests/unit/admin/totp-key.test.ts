import { describe, expect, it } from "vitest";
import { base32Encode } from "@/lib/auth/base32";

// That the key shown works with better-auth is proved end to end: tests/helpers/staff.ts sets up
// two-factor sign-in from the key the set-up page would show.
describe("the authenticator key shown at set-up", () => {
  it("matches the RFC 4648 base32 test vectors", () => {
    const vectors: [string, string][] = [
      ["f", "MY"],
      ["fo", "MZXQ"],
      ["foo", "MZXW6"],
      ["foob", "MZXW6YQ"],
      ["fooba", "MZXW6YTB"],
      ["foobar", "MZXW6YTBOI"],
    ];
    for (const [input, output] of vectors) expect(base32Encode(new TextEncoder().encode(input))).toBe(output);
  });
});
