import type { Env } from "@/lib/config/env-schema";
import { mailFolder } from "@/lib/mail";
import type { RetentionOptions } from "./apply";

/** The retention periods this deployment configured (lib/config/env-schema.ts), and where mail files go. */
export function retentionOptionsFrom(env: Env): RetentionOptions {
  return {
    referralDays: env.RETENTION_DAYS,
    auditDays: env.AUDIT_RETENTION_DAYS,
    mailFileDays: env.MAIL_FILE_RETENTION_DAYS,
    // Mail goes to files only without a mail server; then the nightly job prunes them too.
    mailFolder: env.SMTP_URL ? undefined : mailFolder(env),
  };
}
