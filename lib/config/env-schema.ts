import { z } from "zod";

// Environment variables arrive as strings; an empty string means "not set".
const unsetIfEmpty = (value: unknown) => (value === "" ? undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(unsetIfEmpty, schema.optional());
const withDefault = <T extends z.ZodType>(schema: T, fallback: z.input<T>) =>
  z.preprocess(unsetIfEmpty, schema.prefault(fallback as never));

const flag = z.enum(["true", "false"], { error: 'expected "true" or "false"' }).transform((v) => v === "true");

const postgresUrl = z.url({
  protocol: /^postgres(ql)?$/,
  error: "expected a postgres:// or postgresql:// connection URL",
});
const cidr = z.union([z.cidrv4(), z.cidrv6()]);
const smtpUrl = z.url({ protocol: /^smtps?$/, error: "expected an smtp:// or smtps:// URL" });

/**
 * Every setting the service reads from its environment. Anything that is not here does not
 * exist: `process.env` is read nowhere else (an ESLint rule enforces it).
 */
export const envSchema = z
  .object({
    NODE_ENV: withDefault(z.enum(["development", "production", "test"]), "development"),
    PORT: withDefault(z.coerce.number({ error: "expected a port number" }).int().min(1).max(65535), 3000),
    /** The address the web server listens on; 0.0.0.0 behind a load balancer or in a container. */
    HOST: withDefault(
      z.union([z.ipv4(), z.ipv6(), z.literal("localhost")], { error: "expected an IP address or localhost" }),
      "127.0.0.1",
    ),
    /**
     * How many proxies (load balancer, CDN) sit in front of the service and append to
     * X-Forwarded-For. 0: clients connect directly and the socket address is the client's.
     */
    TRUSTED_PROXY_HOPS: withDefault(z.coerce.number({ error: "expected a whole number" }).int().min(0).max(10), 0),
    /** Unset: `npm start` runs an embedded Postgres with its data under .data/. */
    DATABASE_URL: optional(postgresUrl),
    /**
     * The owner role that runs migrations and grants the app role (DATABASE_URL) its rights.
     * Unset: DATABASE_URL does both, which gives the app more rights than it needs.
     */
    MIGRATION_DATABASE_URL: optional(postgresUrl),
    /** Unset: emails are written as .eml files under .data/mail/. */
    SMTP_URL: optional(smtpUrl),
    CLINICAL_SUPPORT_EMAIL: withDefault(
      z.email({ error: "expected an email address" }),
      "clinical-support@example.org",
    ),
    MAIL_FROM: withDefault(z.string().min(3).max(200), "IPT referrals <referrals@example.org>"),
    /** The public address of the service, used in links in emails. */
    APP_URL: optional(z.url({ protocol: /^https?$/, error: "expected an http:// or https:// URL" })),
    /** Put full referral details in the notification email. Only for secure mail such as NHSmail. */
    MAIL_INCLUDE_DETAILS: withDefault(flag, "false"),
    /** How long the worker waits to connect to the mail server and for its greeting before retrying. */
    SMTP_TIMEOUT_SECONDS: withDefault(
      z.coerce.number({ error: "expected a number of seconds" }).int().min(1).max(120),
      10,
    ),
    /**
     * How long the worker waits for the mail server's reply after the message body. RFC 5321 §4.5.3.2.6
     * asks for 10 minutes: a relay that scans mail may take that long, and giving up earlier means the
     * next attempt sends another full copy.
     */
    SMTP_REPLY_TIMEOUT_SECONDS: withDefault(
      z.coerce.number({ error: "expected a number of seconds" }).int().min(1).max(1800),
      600,
    ),
    /** Send without STARTTLS. Only for a mail server on this machine (localhost); refused otherwise. */
    SMTP_ALLOW_PLAINTEXT: withDefault(flag, "false"),
    /** Local .eml files (no SMTP_URL) are deleted after this many days: they hold referral details. */
    MAIL_FILE_RETENTION_DAYS: withDefault(
      z.coerce.number({ error: "expected a number of days" }).int().min(1).max(365),
      14,
    ),
    /**
     * This deployment runs a worker against its database: /api/health then answers 503 when no worker
     * has sent a heartbeat for WORKER_SILENT_SECONDS. `npm start` and `npm run serve` set it for you;
     * leave it unset on a web-only host whose workers are monitored elsewhere.
     */
    HEALTH_EXPECTS_WORKER: withDefault(flag, "false"),
    WORKER_SILENT_SECONDS: withDefault(
      z.coerce.number({ error: "expected a number of seconds" }).int().min(10).max(3600),
      60,
    ),
    /** Referrals (and enquiries) one address may send per hour; counted in Postgres across instances. */
    SUBMISSIONS_PER_HOUR: withDefault(
      z.coerce.number({ error: "expected a whole number" }).int().min(1).max(100_000),
      10,
    ),
    /**
     * Networks where many people share one public address (an NHS trust or GP practice on HSCN, a
     * school), comma-separated CIDR: "192.0.2.0/24, 2001:db8::/32". Their addresses get the
     * SHARED_NETWORK_* limits instead, so a busy practice is not held back with spam (H13).
     */
    SHARED_NETWORKS: withDefault(
      z
        .string()
        .transform((list) =>
          list
            .split(",")
            .map((n) => n.trim())
            .filter(Boolean),
        )
        .refine((list) => list.every((network) => cidr.safeParse(network).success), {
          error: "expected comma-separated networks such as 192.0.2.0/24, 2001:db8::/32",
        }),
      "",
    ),
    /** Referrals and enquiries one address in SHARED_NETWORKS may send per hour. */
    SHARED_NETWORK_SUBMISSIONS_PER_HOUR: withDefault(
      z.coerce.number({ error: "expected a whole number" }).int().min(1).max(100_000),
      200,
    ),
    /** Form pages one address in SHARED_NETWORKS may post per hour. */
    SHARED_NETWORK_FORM_POSTS_PER_HOUR: withDefault(
      z.coerce.number({ error: "expected a whole number" }).int().min(1).max(1_000_000),
      10_000,
    ),
    /**
     * "Check progress" tries one address in SHARED_NETWORKS may make per hour (20 for any other
     * address; 5 per reference for everyone). 400 keeps the ratio of the submission limits (10 to 200).
     */
    SHARED_NETWORK_PROGRESS_CHECKS_PER_HOUR: withDefault(
      z.coerce.number({ error: "expected a whole number" }).int().min(1).max(100_000),
      400,
    ),
    /** Form pages one address may post per hour (every step of every journey). */
    FORM_POSTS_PER_HOUR: withDefault(
      z.coerce.number({ error: "expected a whole number" }).int().min(1).max(1_000_000),
      600,
    ),
    /** A journey finished faster than this, from its first page, is treated as a bot and asked to send again. */
    FORM_MIN_SECONDS: withDefault(z.coerce.number({ error: "expected a number of seconds" }).int().min(0).max(600), 5),
    /** A referral whose notification is still unsent after this long is re-queued and flagged. */
    NOTIFY_OVERDUE_MINUTES: withDefault(
      z.coerce.number({ error: "expected a number of minutes" }).int().min(1).max(1440),
      30,
    ),
    /**
     * Where escalation alerts and the daily digest go (counts and references only, no personal data):
     * the duty clinician's or the team's shared address. Unset: CLINICAL_SUPPORT_EMAIL.
     */
    DUTY_EMAIL: optional(z.email({ error: "expected an email address" })),
    /** An urgent referral not opened by staff after this many minutes of office hours is escalated (H02). */
    ESCALATE_URGENT_AFTER_WORKING_MINUTES: withDefault(
      z.coerce.number({ error: "expected a number of minutes" }).int().min(1).max(2400),
      120,
    ),
    /** While anything stays escalated and unopened, the alert is sent again this often. */
    ESCALATION_REPEAT_MINUTES: withDefault(
      z.coerce.number({ error: "expected a number of minutes" }).int().min(5).max(1440),
      60,
    ),
    /** When the daily digest of untriaged, urgent and overdue counts is sent (UK time, every day). */
    DIGEST_TIME: withDefault(
      z.string().regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, { error: 'expected a 24-hour time such as "08:00"' }),
      "08:00",
    ),
    /**
     * The bearer token Prometheus sends to read /api/metrics. Unset: /api/metrics answers 404, as if it
     * did not exist, so a deployment that does not scrape it exposes nothing.
     */
    METRICS_TOKEN: optional(z.string().min(32, { error: "expected at least 32 characters" }).max(512)),
    /**
     * A half-finished form is deleted after this many minutes without a saved page or "Continue" in
     * the timeout warning (shared devices: H05, H15). GOV.UK services use 20 to 30 minutes.
     */
    DRAFT_IDLE_MINUTES: withDefault(
      z.coerce.number({ error: "expected a number of minutes" }).int().min(5).max(240),
      30,
    ),
    /** Where the embedded Postgres, local mail and other local state are kept. */
    DATA_DIR: withDefault(z.string().min(1), ".data"),
    /**
     * `next build` for the end-to-end tests only: skips Next's own type check (`npm test` has just
     * run `tsc --noEmit` over the whole project) and Turbopack's build cache (a fresh test checkout
     * builds once and never reads it). Never for a build that will serve people.
     */
    TEST_BUILD: withDefault(flag, "false"),
    /** Signs and encrypts staff sessions and TOTP secrets. Unset: a random one kept in .secrets/auth-secret (refused in live mode). */
    AUTH_SECRET: optional(z.string().min(32, { error: "expected at least 32 characters" })),
    /** Staff must set up and use an authenticator app (TOTP). Turn off only for local use. */
    STAFF_REQUIRE_MFA: withDefault(flag, "true"),
    /**
     * `trial` (the default): everything works and every page says it is a trial, not for real referrals.
     * `live`: the service refuses to start while example details or unsafe mail settings remain
     * (lib/config/go-live.ts lists each check).
     */
    SERVICE_MODE: withDefault(z.enum(["trial", "live"], { error: 'expected "trial" or "live"' }), "trial"),
    /** Recipient domains secure enough for MAIL_INCLUDE_DETAILS=true, comma-separated (NHSmail by default). */
    MAIL_SECURE_DOMAINS: withDefault(
      z.string().transform((list) =>
        list
          .split(",")
          .map((d) => d.trim().toLowerCase())
          .filter(Boolean),
      ),
      "nhs.net",
    ),
    /** Finished referrals (closed, declined, signposted, withdrawn) are anonymised this many days after. */
    RETENTION_DAYS: withDefault(z.coerce.number({ error: "expected a number of days" }).int().min(1).max(36_500), 730),
    /**
     * Audit events are deleted after this many days (at least a year; the database refuses less).
     * Six years by default: the time within which most legal claims must be brought in England and
     * Wales (Limitation Act 1980), so "who looked at my record?" can be answered for that long.
     */
    AUDIT_RETENTION_DAYS: withDefault(
      z.coerce.number({ error: "expected a number of days" }).int().min(366).max(36_500),
      2190,
    ),
  })
  .superRefine((env, context) => {
    // Health data must not cross a network in clear: a database on another host needs TLS in production.
    if (env.NODE_ENV !== "production") return;
    for (const name of ["DATABASE_URL", "MIGRATION_DATABASE_URL"] as const) {
      const value = env[name];
      if (value && !isLocalOrEncrypted(value)) {
        context.addIssue({
          code: "custom",
          path: [name],
          message: "a database on another host needs TLS in production: add ?sslmode=verify-full (or require)",
        });
      }
    }
  });

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);
const TLS_MODES = new Set(["require", "verify-ca", "verify-full"]);

function isLocalOrEncrypted(value: string): boolean {
  const url = new URL(value);
  return LOCAL_HOSTS.has(url.hostname) || TLS_MODES.has(url.searchParams.get("sslmode") ?? "");
}

export type Env = z.infer<typeof envSchema>;
