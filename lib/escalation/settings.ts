import type { Env } from "@/lib/config";

/** Where the duty alert and digest go, and when a referral needs one. */
export interface EscalationSettings {
  /** The duty address. */
  to: string;
  appUrl: string;
  /** The domain part of Message-IDs. */
  domain: string;
  /** An urgent referral unopened after this many minutes of office hours is escalated. */
  urgentAfterWorkingMinutes: number;
  /** How often the alert is repeated while something it lists stays unopened. */
  repeatMinutes: number;
}

export function escalationSettings(env: Env): EscalationSettings {
  const domain = env.MAIL_FROM.match(/@([^>\s]+)/)?.[1] ?? "localhost";
  return {
    to: env.DUTY_EMAIL ?? env.CLINICAL_SUPPORT_EMAIL,
    appUrl: (env.APP_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, ""),
    domain,
    urgentAfterWorkingMinutes: env.ESCALATE_URGENT_AFTER_WORKING_MINUTES,
    repeatMinutes: env.ESCALATION_REPEAT_MINUTES,
  };
}
