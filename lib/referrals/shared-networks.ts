import "server-only";
import { BlockList, isIP } from "node:net";
import { createLimiter, type Limiter } from "./rate-limit";

export interface SubmissionLimits {
  SUBMISSIONS_PER_HOUR: number;
  FORM_POSTS_PER_HOUR: number;
  /** CIDR networks, already checked by lib/config/env-schema.ts. */
  SHARED_NETWORKS: string[];
  SHARED_NETWORK_SUBMISSIONS_PER_HOUR: number;
  SHARED_NETWORK_FORM_POSTS_PER_HOUR: number;
}

/**
 * The limiter for referral and enquiry forms. A GP practice, school or NHS trust often sends
 * everyone's traffic from one public address, so the per-address limit meant for one person would
 * hold a busy practice's referrals back with the spam (H13). Addresses inside SHARED_NETWORKS are
 * counted in buckets of their own with the higher SHARED_NETWORK_* limits; each address is still
 * counted on its own, so a script on one of those networks is still stopped.
 */
export function createSubmissionLimiter(connectionString: string, limits: SubmissionLimits): Limiter {
  return bySharedNetwork(
    limits.SHARED_NETWORKS,
    createLimiter(connectionString, { submission: limits.SUBMISSIONS_PER_HOUR, form: limits.FORM_POSTS_PER_HOUR }),
    () =>
      createLimiter(
        connectionString,
        { submission: limits.SHARED_NETWORK_SUBMISSIONS_PER_HOUR, form: limits.SHARED_NETWORK_FORM_POSTS_PER_HOUR },
        "shared-",
      ),
  );
}

/**
 * Counts a client in an address inside one of the networks with `shared` (its own, higher limits,
 * kept apart by key prefix) and every other client with `everyone`. A key that is not an address
 * (a reference being checked) is always counted with `everyone`.
 */
export function bySharedNetwork<K extends string>(
  networks: string[],
  everyone: Limiter<K>,
  shared: () => Limiter<K>,
): Limiter<K> {
  if (networks.length === 0) return everyone;
  const sharedLimiter = shared();
  const isShared = sharedNetworkMatcher(networks);
  return {
    consume: (kind, client) => (isShared(client) ? sharedLimiter : everyone).consume(kind, client),
  };
}

/** Whether an address lies in one of the networks; anything that is not an address ("unknown") does not. */
export function sharedNetworkMatcher(networks: string[]): (client: string) => boolean {
  const list = new BlockList();
  for (const network of networks) {
    const [address = "", prefix = ""] = network.split("/");
    list.addSubnet(address, Number(prefix), isIP(address) === 6 ? "ipv6" : "ipv4");
  }
  return (client) => {
    const kind = isIP(client);
    return kind !== 0 && list.check(client, kind === 6 ? "ipv6" : "ipv4");
  };
}
