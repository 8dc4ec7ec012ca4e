import { describe, expect, it } from "vitest";
import { sharedNetworkMatcher } from "@/lib/referrals/shared-networks";

// Which client addresses get the shared-network limits (H13): only addresses inside a listed network.
describe("matching a client address against SHARED_NETWORKS", () => {
  const isShared = sharedNetworkMatcher(["198.51.100.0/24", "10.0.0.0/8", "2001:db8::/32"]);

  it.each([
    ["198.51.100.7", true],
    ["198.51.100.255", true],
    ["198.51.101.1", false],
    ["10.200.3.4", true],
    ["11.0.0.1", false],
    ["2001:db8::5", true],
    ["2001:db9::5", false],
    // What clientIpFrom gives when it has no address: never shared.
    ["unknown", false],
    ["", false],
  ])("%s is shared: %s", (client, expected) => {
    expect(isShared(client)).toBe(expected);
  });

  it("matches nothing when no network is listed", () => {
    expect(sharedNetworkMatcher([])("198.51.100.7")).toBe(false);
  });
});
