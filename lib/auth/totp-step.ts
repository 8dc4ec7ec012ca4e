import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { symmetricDecrypt } from "better-auth/crypto";
import type { Database } from "@/lib/db";
import { getAuthSecret } from "./secret";

const PERIOD_MS = 30_000;
/** Steps either side of now that still count, as better-auth allows (clock drift). */
const WINDOW = 1;

export type StepClaim = "claimed" | "no-match" | "replayed";

/**
 * Claims the time step of a code before better-auth accepts it, so a code works once (M-1).
 * better-auth checks codes statelessly; a phished or shoulder-surfed code would otherwise work in
 * any number of browsers for up to 90 seconds. The step is recorded with one conditional UPDATE,
 * so of two requests racing with one code only one can win.
 */
export async function claimTotpStep(
  db: Pick<Database, "twoFactor" | "$executeRaw">,
  userId: string,
  code: string,
  now = Date.now(),
): Promise<StepClaim> {
  const row = await db.twoFactor.findFirst({ where: { userId }, select: { secret: true } });
  if (!row) return "no-match";
  const secret = await symmetricDecrypt({ key: getAuthSecret(), data: row.secret });
  const step = matchingStep(secret, code, now);
  if (step === null) return "no-match";
  const updated = await db.$executeRaw`
    UPDATE staff_two_factor SET last_used_step = ${BigInt(step)}
    WHERE user_id = ${userId} AND (last_used_step IS NULL OR last_used_step < ${BigInt(step)})`;
  return updated > 0 ? "claimed" : "replayed";
}

function matchingStep(secret: string, code: string, now: number): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const current = Math.floor(now / PERIOD_MS);
  const given = Buffer.from(code);
  let found: number | null = null;
  for (let step = current - WINDOW; step <= current + WINDOW; step++) {
    if (timingSafeEqual(Buffer.from(hotp(secret, step)), given)) found = step;
  }
  return found;
}

// RFC 4226 HOTP with SHA-1 and 6 digits, keyed by the secret's UTF-8 bytes as better-auth does.
function hotp(secret: string, counter: number): string {
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const mac = createHmac("sha1", Buffer.from(secret, "utf8")).update(message).digest();
  const offset = mac[mac.length - 1]! & 0xf;
  return String((mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).padStart(6, "0");
}
