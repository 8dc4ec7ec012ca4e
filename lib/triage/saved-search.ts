import "server-only";
import { randomBytes } from "node:crypto";
import type { StaffContext } from "@/lib/auth/guard";
import type { Database } from "@/lib/db";

/**
 * Inbox search words kept on the server (security review L-2). Staff search for names, email
 * addresses and NHS numbers; in a URL those would land in browser history, proxy and server logs
 * and Referer headers. The search form posts the words here and the inbox URL carries only a
 * random id that works for the person who searched, for as long as a staff session can last.
 * The nightly retention job deletes rows after a day (lib/retention/side-stores.ts).
 */
const USABLE_FOR_MS = 12 * 60 * 60 * 1000;
const ID_PATTERN = /^[A-Za-z0-9_-]{22}$/;

export async function saveSearch(db: Database, context: StaffContext, term: string): Promise<string> {
  const id = randomBytes(16).toString("base64url");
  await db.savedSearch.create({ data: { id, staffId: context.staff.id, term: term.trim().slice(0, 100) } });
  return id;
}

/** The words behind `id`, if this person saved them recently; otherwise nothing (no search). */
export async function savedSearchTerm(
  db: Database,
  context: StaffContext,
  id: string | undefined,
  now = new Date(),
): Promise<string | undefined> {
  if (!id || !ID_PATTERN.test(id)) return undefined;
  const row = await db.savedSearch.findFirst({
    where: { id, staffId: context.staff.id, createdAt: { gt: new Date(now.getTime() - USABLE_FOR_MS) } },
    select: { term: true },
  });
  return row?.term;
}

/**
 * A filter read from a URL or a posted form, with its words taken only from the saved search it
 * names: any `q` that arrived with it is dropped, so words typed into an address do nothing.
 */
export async function withSavedSearchWords<F extends { q?: string; search?: string }>(
  db: Database,
  context: StaffContext,
  filter: F,
): Promise<F> {
  return { ...filter, q: await savedSearchTerm(db, context, filter.search) };
}
