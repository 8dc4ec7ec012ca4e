import "server-only";
import type { Database } from "@/lib/db";
import {
  FIRST_PAUSE_MS,
  LOCKOUT_WINDOW_MS,
  MAX_PAUSE_DOUBLINGS,
  MAX_TRIES_PER_ACCOUNT,
  MAX_TRIES_PER_ACCOUNT_FROM_ADDRESS,
  MAX_TRIES_PER_ADDRESS,
} from "./policy";

type Db = Pick<Database, "$queryRaw" | "$executeRaw">;

interface Counter {
  key: string;
  limit: number;
}

/** The counters one sign-in attempt uses, the narrowest first. */
function countersFor(accountKey: string, ip: string | null): Counter[] {
  const address = ip ?? "unknown";
  return [
    { key: `${accountKey}|${address}`, limit: MAX_TRIES_PER_ACCOUNT_FROM_ADDRESS },
    { key: `ip:${address}`, limit: MAX_TRIES_PER_ADDRESS },
    { key: accountKey, limit: MAX_TRIES_PER_ACCOUNT },
  ];
}

export type Reservation = { allowed: true; keys: string[] } | { allowed: false; until: Date };

/**
 * Takes one try from every counter before the password or code is checked ("reserve, then
 * verify"), in one atomic statement per counter, so N parallel attempts cannot all see the same
 * old count. A counter over its limit starts a pause twice as long as its last one. Counters are
 * taken narrowest first and given back if a wider one refuses, so an attacker who is paused on
 * one account from one address does not use up the account's allowance for everyone else.
 */
export async function reserveSignInTry(db: Db, accountKey: string, ip: string | null): Promise<Reservation> {
  const taken: string[] = [];
  for (const counter of countersFor(accountKey, ip)) {
    const until = await take(db, counter);
    if (until) {
      await giveBack(db, taken);
      return { allowed: false, until };
    }
    taken.push(counter.key);
  }
  return { allowed: true, keys: taken };
}

/** The password was right but a code is still needed: the try is given back, nothing is forgiven. */
export async function releaseSignInTry(db: Db, reservation: { keys: string[] }): Promise<void> {
  await giveBack(db, reservation.keys);
}

/**
 * Signed in: the account's counters start again (its own and from this address); the address's
 * counter only gets this try back, so one good account cannot clear an address's record.
 */
export async function clearAfterSignIn(db: Db, accountKey: string, ip: string | null): Promise<void> {
  const [pair, address, account] = countersFor(accountKey, ip);
  await db.$executeRaw`
    UPDATE sign_in_throttle SET tries = 0, strikes = 0, blocked_until = NULL, updated_at = now()
    WHERE key IN (${pair!.key}, ${account!.key})`;
  await giveBack(db, [address!.key]);
}

// Returns the end of the pause if this counter refuses the try.
async function take(db: Db, { key, limit }: Counter): Promise<Date | null> {
  const windowMs = LOCKOUT_WINDOW_MS;
  const pauseMs = FIRST_PAUSE_MS;
  const rows = await db.$queryRaw<{ refused: boolean; blocked_until: Date | null }[]>`
    INSERT INTO sign_in_throttle AS t (key, tries, strikes, blocked_until, updated_at)
    VALUES (${key}, 1, 0, NULL, now())
    ON CONFLICT (key) DO UPDATE SET
      tries = CASE
        WHEN t.blocked_until > now() THEN t.tries
        WHEN t.blocked_until IS NOT NULL OR t.updated_at < now() - make_interval(secs => ${windowMs}::int / 1000.0) THEN 1
        ELSE t.tries + 1 END,
      blocked_until = CASE
        WHEN t.blocked_until > now() THEN t.blocked_until
        WHEN t.blocked_until IS NULL AND t.updated_at >= now() - make_interval(secs => ${windowMs}::int / 1000.0) AND t.tries + 1 > ${limit}::int
          THEN now() + make_interval(secs => ${pauseMs}::int / 1000.0 * power(2, least(t.strikes, ${MAX_PAUSE_DOUBLINGS}::int)))
        ELSE NULL END,
      strikes = CASE
        WHEN t.blocked_until > now() THEN t.strikes
        WHEN t.updated_at < now() - interval '1 day' THEN 0
        WHEN t.blocked_until IS NULL AND t.updated_at >= now() - make_interval(secs => ${windowMs}::int / 1000.0) AND t.tries + 1 > ${limit}::int
          THEN t.strikes + 1
        ELSE t.strikes END,
      updated_at = now()
    RETURNING (blocked_until IS NOT NULL AND blocked_until > now()) AS refused, blocked_until`;
  const row = rows[0]!;
  return row.refused ? row.blocked_until : null;
}

async function giveBack(db: Db, keys: string[]): Promise<void> {
  for (const key of keys) {
    await db.$executeRaw`
      UPDATE sign_in_throttle SET tries = greatest(tries - 1, 0)
      WHERE key = ${key} AND blocked_until IS NULL`;
  }
}
