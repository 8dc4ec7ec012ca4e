import { readdir, stat, unlink } from "node:fs/promises";
import path from "node:path";

/** Deletes .eml files older than `days` from the local mail folder; returns how many went. */
export async function purgeMailFiles(dir: string, days: number, now = Date.now()): Promise<number> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const cutoff = now - days * 24 * 60 * 60 * 1000;
  let removed = 0;
  for (const name of names.filter((n) => n.endsWith(".eml"))) {
    const file = path.join(dir, name);
    const info = await stat(file).catch(() => null);
    if (info && info.mtimeMs < cutoff) {
      await unlink(file).catch(() => {});
      removed++;
    }
  }
  return removed;
}
