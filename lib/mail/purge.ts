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

/**
 * Deletes the local .eml copies of one referral's emails, for erasure: their names carry the
 * Message-ID, which holds the referral's reference, or for the young person's invitation the id of
 * their record (`invite-<id>`). Returns how many went.
 */
export async function deleteMailFilesFor(
  dir: string,
  reference: string,
  invitationIds: string[] = [],
): Promise<number> {
  const keys = [
    ...(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/.test(reference) ? [`-${reference}`] : []),
    ...invitationIds.filter((id) => /^[0-9a-f-]{36}$/.test(id)).map((id) => `invite-${id}`),
  ];
  if (!keys.length) return 0;
  const names = await readdir(dir).catch(() => [] as string[]);
  let removed = 0;
  for (const name of names.filter((n) => n.endsWith(".eml") && keys.some((key) => n.includes(key)))) {
    await unlink(path.join(dir, name)).then(
      () => removed++,
      () => {},
    );
  }
  return removed;
}
