import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { twoFactor } from "better-auth/plugins";
import { getEnv, getService } from "@/lib/config";
import { getDb, type Database } from "@/lib/db";
import { staffCookieSettings } from "./cookie-names";
import { CLIENT_ADDRESS_HEADER } from "@/lib/security/client-ip";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, SESSION_ABSOLUTE_LIFETIME_S } from "./policy";
import { withHashedSessionTokens } from "./hashed-session-tokens";
import { getAuthSecret } from "./secret";

/**
 * better-auth, configured for staff only. Its HTTP endpoints are deliberately not mounted: every
 * sign-in goes through lib/auth/sign-in.ts so lockout and audit cannot be bypassed, and there is
 * no sign-up. Passwords are hashed with scrypt (better-auth's default).
 */
export function createAuth(db: Database) {
  const env = getEnv();
  return betterAuth({
    appName: getService().name,
    baseURL: env.APP_URL ?? `http://localhost:${env.PORT}`,
    secret: getAuthSecret(),
    database: withHashedSessionTokens(prismaAdapter(db, { provider: "postgresql" })),
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: MAX_PASSWORD_LENGTH,
      revokeSessionsOnPasswordReset: true,
    },
    user: {
      additionalFields: {
        role: { type: "string", input: false, required: false },
        mustChangePassword: { type: "boolean", input: false, required: false },
        active: { type: "boolean", input: false, required: false },
      },
    },
    session: {
      // The absolute lifetime: a session is never extended. The 30-minute idle timeout is
      // enforced by lib/auth/session.ts from last_active_at.
      expiresIn: SESSION_ABSOLUTE_LIFETIME_S,
      disableSessionRefresh: true,
      cookieCache: { enabled: false },
    },
    // Sessions are browser-session cookies (rememberMe: false, review L-8), for which better-auth
    // would keep the row a day; the service's absolute lifetime is shorter, so set it here.
    databaseHooks: {
      session: {
        create: {
          before: async (session) => ({
            data: { ...session, expiresAt: new Date(Date.now() + SESSION_ABSOLUTE_LIFETIME_S * 1000) },
          }),
        },
      },
    },
    // Lockout lives in Postgres (lib/auth/lockout.ts) so it holds across instances.
    rateLimit: { enabled: false },
    advanced: {
      cookiePrefix: "ipt-staff",
      // The `__Host-` names in production come from staffCookieSettings, not from better-auth's own
      // `__Secure-` prefix, which would be put in front of them.
      useSecureCookies: false,
      cookies: staffCookieSettings(env.NODE_ENV === "production"),
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax", path: "/" },
      // lib/auth/request.ts puts the address derived from the socket or trusted hops here.
      ipAddress: { ipAddressHeaders: [CLIENT_ADDRESS_HEADER] },
    },
    // Its warnings name no one, but the service logs no sign-in detail at all.
    logger: { level: "error" },
    plugins: [twoFactor({ issuer: getService().name })],
  });
}

export type Auth = ReturnType<typeof createAuth>;

const holder = globalThis as unknown as { iptAuth?: { auth: Auth; db: Database } };

/** The process's better-auth instance, on the shared database client. */
export function getAuth(): Auth {
  const db = getDb();
  if (holder.iptAuth?.db !== db) holder.iptAuth = { auth: createAuth(db), db };
  return holder.iptAuth.auth;
}
