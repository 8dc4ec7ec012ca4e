import "server-only";
import { BlockList, isIP } from "node:net";
import { createLimiter, type LimitKind, type Limiter } from "./rate-limit";

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
  const everyone = createLimiter(connectionString, {
    submission: limits.SUBMISSIONS_PER_HOUR,
    form: limits.FORM_POSTS_PER_HOUR,
  });
  if (limits.SHARED_NETWORKS.length === 0) return everyone;
  const shared = createLimiter(
    connectionString,
    { submission: limits.SHARED_NETWORK_SUBMISSIONS_PER_HOUR, form: limits.SHARED_NETWORK_FORM_POSTS_PER_HOUR },
    "shared-",
  );
  const isShared = sharedNetworkMatcher(limits.SHARED_NETWORKS);
  return {
    consume: (kind: LimitKind, client: string) => (isShared(client) ? shared : everyone).consume(kind, client),
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
