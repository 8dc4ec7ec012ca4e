import { existsSync } from "node:fs";

/**
 * Playwright cannot download its own browser on these machines, so tests use Debian's Chromium
 * (or CHROMIUM_PATH), falling back to Playwright's browser where one is installed.
 */
export function chromiumExecutable(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"]; // eslint-disable-line no-restricted-properties -- test harness
  return candidates.find((candidate): candidate is string => Boolean(candidate && existsSync(candidate)));
}

export const chromiumArgs = [
  // Chromium's sandbox cannot start as root.
  ...(process.getuid?.() === 0 ? ["--no-sandbox"] : []),
  // The machine has no internet; without these Chromium keeps trying to reach Google's services.
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
  "--no-first-run",
];
