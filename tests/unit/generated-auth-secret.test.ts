import { existsSync, mkdirSync, mkdtempSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { GENERATED_SECRET_FILE, loadOrMakeSecret } from "@/lib/auth/secret";

// Security review L-11: a trial's own key is kept out of DATA_DIR, so a copy of the database
// folder does not carry the key to its TOTP secrets and session signatures.
let root: string;
let file: string;
let dataDir: string;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), "ipt-secret-"));
  file = path.join(root, GENERATED_SECRET_FILE);
  dataDir = path.join(root, ".data");
  mkdirSync(dataDir);
});

describe("the key a trial makes for itself", () => {
  it("is made once, outside DATA_DIR, readable by the service's user only, and the same on every later start", () => {
    const secret = loadOrMakeSecret(file, path.join(dataDir, "auth-secret"));
    expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(path.relative(dataDir, file).startsWith("..")).toBe(true);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readdirSync(dataDir)).toEqual([]);
    expect(loadOrMakeSecret(file, path.join(dataDir, "auth-secret"))).toBe(secret);
  });

  it("moves a key an older install left in DATA_DIR, so nobody is signed out by the upgrade", () => {
    const old = path.join(dataDir, "auth-secret");
    writeFileSync(old, "the-old-key\n", { mode: 0o600 });
    expect(loadOrMakeSecret(file, old)).toBe("the-old-key");
    expect(existsSync(old)).toBe(false);
  });
});
