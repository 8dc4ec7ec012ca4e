import "server-only";
import { z } from "zod";
import type { Database } from "@/lib/db";
import type { StaffContext } from "@/lib/auth/guard";
import type { Prisma } from "@/lib/db/generated/client";
import { AUDIT_ACTIONS, recordAudit } from "./record";

const blank = (v: unknown) => (v === "" ? undefined : Array.isArray(v) ? v[0] : v);
const date = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((v) => !Number.isNaN(Date.parse(v)));

export const auditFilterSchema = z.object({
  action: z.preprocess(blank, z.enum(AUDIT_ACTIONS).optional()).catch(undefined),
  actor: z.preprocess(blank, z.string().max(64).optional()).catch(undefined),
  target: z.preprocess(blank, z.string().max(64).optional()).catch(undefined),
  /** A referral's reference, as staff know it ("4NA2-E6NV", any case, with or without the hyphen). */
  reference: z.preprocess(blank, z.string().trim().max(20).optional()).catch(undefined),
  from: z.preprocess(blank, date.optional()).catch(undefined),
  to: z.preprocess(blank, date.optional()).catch(undefined),
  before: z
    .preprocess(
      blank,
      z
        .string()
        .regex(/^\d{1,19}$/)
        .optional(),
    )
    .catch(undefined),
});

export type AuditFilter = z.infer<typeof auditFilterSchema>;

export interface AuditRow {
  id: string;
  at: Date;
  actor: string;
  action: string;
  target: string | null;
  ip: string | null;
  /** The raw detail as JSON text, for the expandable part. */
  detail: string | null;
  /** The same detail as stored, for putting into words. */
  detailValue: unknown;
}

/** "4na2e6nv" and "4NA2-E6NV" are the same reference. */
export function referenceSpellings(typed: string): string[] {
  const compact = typed.toUpperCase().replace(/[\s-]/g, "");
  return [
    ...new Set([
      typed.toUpperCase(),
      compact,
      compact.length === 8 ? `${compact.slice(0, 4)}-${compact.slice(4)}` : compact,
    ]),
  ];
}

/** The condition for events about one referral: by its id, or (once erased) by the reference its erasure kept. */
async function referenceWhere(db: Database, reference: string): Promise<Prisma.AuditEventWhereInput> {
  const spellings = referenceSpellings(reference);
  const found = await db.referral.findFirst({ where: { reference: { in: spellings } }, select: { id: true } });
  if (found) return { target: found.id };
  return { action: "referral.erased", OR: spellings.map((r) => ({ detail: { path: ["reference"], equals: r } })) };
}

export const AUDIT_PAGE_SIZE = 50;

/** The audit log, newest first, filtered; paged by id. Viewing it is itself recorded. */
export async function browseAudit(
  db: Database,
  context: StaffContext,
  filter: AuditFilter,
): Promise<{ rows: AuditRow[]; before: string | null }> {
  const byReference = filter.reference ? await referenceWhere(db, filter.reference) : {};
  const where: Prisma.AuditEventWhereInput = {
    AND: [byReference],
    action: filter.action,
    actorId: filter.actor,
    target: filter.target,
    createdAt: {
      gte: filter.from ? new Date(`${filter.from}T00:00:00Z`) : undefined,
      lt: filter.to ? new Date(Date.parse(`${filter.to}T00:00:00Z`) + 86_400_000) : undefined,
    },
    id: filter.before ? { lt: BigInt(filter.before) } : undefined,
  };
  const events = await db.auditEvent.findMany({ where, orderBy: { id: "desc" }, take: AUDIT_PAGE_SIZE + 1 });
  const actors = await db.user.findMany({
    where: { id: { in: events.map((e) => e.actorId).filter((a): a is string => !!a) } },
    select: { id: true, name: true },
  });
  const names = new Map(actors.map((a) => [a.id, a.name]));
  await recordAudit(db, {
    actorId: context.staff.id,
    action: "audit.viewed",
    ip: context.ip,
    detail: { filters: Object.keys(filter).filter((k) => filter[k as keyof AuditFilter]) },
  });
  const page = events.slice(0, AUDIT_PAGE_SIZE);
  return {
    rows: page.map((e) => ({
      id: String(e.id),
      at: e.createdAt,
      actor: e.actorId ? (names.get(e.actorId) ?? e.actorId) : "System or unknown",
      action: e.action,
      target: e.target,
      ip: e.ip,
      detail: e.detail === null ? null : JSON.stringify(e.detail),
      detailValue: e.detail,
    })),
    before: events.length > AUDIT_PAGE_SIZE ? String(page.at(-1)!.id) : null,
  };
}
