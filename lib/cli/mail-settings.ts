import type { Env } from "@/lib/config";

/** Where emails point and what they may contain, from the settings. */
export function mailSettings(env: Env) {
  const from = env.MAIL_FROM.match(/@([^>\s]+)/)?.[1] ?? "localhost";
  return {
    to: env.CLINICAL_SUPPORT_EMAIL,
    appUrl: (env.APP_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, ""),
    includeDetails: env.MAIL_INCLUDE_DETAILS,
    domain: from,
  };
}
