import { createHmac } from "node:crypto";

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

function base32Decode(key: string): Buffer {
  const clean = key.replace(/[\s=]/g, "").toUpperCase();
  let bits = 0;
  let value = 0;
  const bytes: number[] = [];
  for (const char of clean) {
    const index = ALPHABET.indexOf(char);
    if (index < 0) throw new Error(`not base32: ${char}`);
    value = (value << 5) | index;
    bits += 5;
    if (bits >= 8) {
      bytes.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(bytes);
}

/** The 6-digit code an authenticator app shows for this base32 key (RFC 6238, SHA-1, 30 s). */
export function totpCode(base32Key: string, at = Date.now(), stepOffset = 0): string {
  const counter = Math.floor(at / 30_000) + stepOffset;
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const hmac = createHmac("sha1", base32Decode(base32Key)).update(message).digest();
  const offset = hmac[hmac.length - 1]! & 0xf;
  const binary = (hmac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000;
  return String(binary).padStart(6, "0");
}

const lastStepUsed = new Map<string, number>();

/**
 * A code the service has not yet accepted for this key, as a person would get by waiting for
 * their app to show a new one: the service takes each 30-second step once (lib/auth/totp-step.ts).
 * It uses the current step or the next (both inside the service's window), and waits for a new
 * step only when both have been used.
 */
export async function freshTotpCode(base32Key: string): Promise<string> {
  const last = lastStepUsed.get(base32Key) ?? -Infinity;
  let current = Math.floor(Date.now() / 30_000);
  if (last + 1 > current + 1) {
    await new Promise((resolve) => setTimeout(resolve, last * 30_000 - Date.now() + 100));
    current = Math.floor(Date.now() / 30_000);
  }
  const step = Math.max(current, last + 1);
  lastStepUsed.set(base32Key, step);
  return totpCode(base32Key, step * 30_000);
}
