import "server-only";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { getEnv } from "@/lib/config";

/**
 * Where a trial keeps the key it made itself: beside the data, never inside DATA_DIR (security
 * review L-11), so a copy or backup of the database folder does not carry the key to its TOTP
 * secrets and session signatures. Git ignores it. Live mode refuses to start without AUTH_SECRET.
 */
export const GENERATED_SECRET_FILE = path.join(".secrets", "auth-secret");

/**
 * The key that signs session cookies and encrypts TOTP secrets. AUTH_SECRET when set (required in
 * live mode, and when several instances share a database); otherwise one made on first use, so the
 * two-command quick start needs no setup and sessions survive a restart.
 */
export function getAuthSecret(): string {
  const env = getEnv();
  if (env.AUTH_SECRET) return env.AUTH_SECRET;
  return loadOrMakeSecret(path.resolve(GENERATED_SECRET_FILE), path.resolve(env.DATA_DIR, "auth-secret"));
}

/** Reads the key in `file`, or makes it (0600, in a 0700 folder); moves a key left at `oldFile` first. */
export function loadOrMakeSecret(file: string, oldFile: string): string {
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  // An install from before the key moved keeps its sessions: the old file is moved out of DATA_DIR.
  if (!existsSync(file) && existsSync(oldFile)) renameSync(oldFile, file);
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  const secret = randomBytes(32).toString("base64url");
  try {
    writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: "wx" });
  } catch (error) {
    // Another process (web and worker start together) made it first: use theirs.
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return readFileSync(file, "utf8").trim();
    throw error;
  }
  return secret;
}
