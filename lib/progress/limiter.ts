import "server-only";
import { createLimiter, type Limiter } from "@/lib/referrals/rate-limit";
import { bySharedNetwork } from "@/lib/referrals/shared-networks";
import { PROGRESS_LIMITS, type ProgressLimitKind } from "./check";

export interface ProgressLimits {
  /** CIDR networks, already checked by lib/config/env-schema.ts. */
  SHARED_NETWORKS: string[];
  SHARED_NETWORK_PROGRESS_CHECKS_PER_HOUR: number;
}

/**
 * The limiter for "Check progress". A GP practice or school checking on the referrals it sent
 * shares one public address, so its addresses (SHARED_NETWORKS) get a higher per-address limit,
 * as they do for sending. The per-reference limit, the one that stops a single referral being
 * guessed at, is the same for everyone: it is keyed by the reference, never by the address.
 */
export function createProgressLimiter(connectionString: string, limits: ProgressLimits): Limiter<ProgressLimitKind> {
  return bySharedNetwork(limits.SHARED_NETWORKS, createLimiter(connectionString, { ...PROGRESS_LIMITS }), () =>
    createLimiter(
      connectionString,
      { ...PROGRESS_LIMITS, "progress-address": limits.SHARED_NETWORK_PROGRESS_CHECKS_PER_HOUR },
      "shared-",
    ),
  );
}
