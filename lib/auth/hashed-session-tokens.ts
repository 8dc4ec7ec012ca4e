import "server-only";
import { createHash } from "node:crypto";
import type { BetterAuthOptions, DBAdapter, Where } from "better-auth";

/**
 * Staff session tokens are kept in Postgres only as their SHA-256 (review L-1): a copy of the
 * database (a backup, a replica, a support dump) then holds no working session. better-auth has no
 * option for this, so its adapter is wrapped: every `token` it writes or looks up on the session
 * model is hashed on the way in, and the raw token it created is handed back so it still signs the
 * cookie. A token is 256 bits of randomness, so a fast unsalted hash is enough.
 */
export const hashSessionToken = (token: string) => createHash("sha256").update(token).digest("hex");

const SESSION = "session";
type AnyAdapter = Omit<DBAdapter, "transaction"> & { transaction?: DBAdapter["transaction"] };

const hashValue = (value: unknown): unknown =>
  typeof value === "string" ? hashSessionToken(value) : Array.isArray(value) ? value.map(hashValue) : value;

function hashWhere(model: string, where: Where[] | undefined): Where[] | undefined {
  if (model !== SESSION || !where) return where;
  return where.map((clause) =>
    clause.field === "token" ? { ...clause, value: hashValue(clause.value) as Where["value"] } : clause,
  );
}

function hashFields<T extends Record<string, unknown>>(model: string, data: T): T {
  if (model !== SESSION || typeof data.token !== "string") return data;
  return { ...data, token: hashSessionToken(data.token) };
}

/** The raw token the caller looked up by, put back on the row in place of its hash. */
function rawTokenOf(where: Where[] | undefined): string | undefined {
  const clause = where?.find((c) => c.field === "token" && (c.operator ?? "eq") === "eq");
  return typeof clause?.value === "string" ? clause.value : undefined;
}

function restore<T>(model: string, row: T, raw: string | undefined): T {
  if (model !== SESSION || !raw || !row || typeof row !== "object") return row;
  return { ...row, token: raw };
}

function wrap<A extends AnyAdapter>(adapter: A): A {
  const wrapped: AnyAdapter = {
    ...adapter,
    create: async (data) => {
      const raw = data.model === SESSION ? (data.data as { token?: string }).token : undefined;
      const row = await adapter.create({
        ...data,
        data: hashFields(data.model, data.data as Record<string, unknown>) as never,
      });
      return restore(data.model, row, raw);
    },
    findOne: async (data) =>
      restore(
        data.model,
        await adapter.findOne({ ...data, where: hashWhere(data.model, data.where)! }),
        rawTokenOf(data.where),
      ),
    findMany: (data) => adapter.findMany({ ...data, where: hashWhere(data.model, data.where) }),
    count: (data) => adapter.count({ ...data, where: hashWhere(data.model, data.where) }),
    update: async (data) =>
      restore(
        data.model,
        await adapter.update({
          ...data,
          where: hashWhere(data.model, data.where)!,
          update: hashFields(data.model, data.update),
        }),
        rawTokenOf(data.where),
      ),
    updateMany: (data) =>
      adapter.updateMany({
        ...data,
        where: hashWhere(data.model, data.where)!,
        update: hashFields(data.model, data.update),
      }),
    delete: (data) => adapter.delete({ ...data, where: hashWhere(data.model, data.where)! }),
    deleteMany: (data) => adapter.deleteMany({ ...data, where: hashWhere(data.model, data.where)! }),
    consumeOne: (data) => adapter.consumeOne({ ...data, where: hashWhere(data.model, data.where)! }),
    incrementOne: (data) => adapter.incrementOne({ ...data, where: hashWhere(data.model, data.where)! }),
  };
  if (adapter.transaction) {
    const transaction = adapter.transaction;
    wrapped.transaction = (callback) => transaction((trx) => callback(wrap(trx)));
  }
  return wrapped as A;
}

/** Wraps an adapter factory (such as prismaAdapter(db, …)) so session tokens are stored hashed. */
export function withHashedSessionTokens<F extends (options: BetterAuthOptions) => DBAdapter>(factory: F): F {
  return ((options: BetterAuthOptions) => wrap(factory(options))) as F;
}
