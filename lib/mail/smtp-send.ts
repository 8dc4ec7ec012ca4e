import nodemailer from "nodemailer";
import type { Env } from "@/lib/config";
import { senderOf, type Mailer } from "./transport";

export type SmtpEnv = Pick<
  Env,
  "MAIL_FROM" | "SMTP_TIMEOUT_SECONDS" | "SMTP_REPLY_TIMEOUT_SECONDS" | "SMTP_ALLOW_PLAINTEXT"
>;

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]", "::1"]);

/** The mail server's settings are wrong in a way no retry can fix. */
export class SmtpSettingsError extends Error {
  override name = "SmtpSettingsError";
}

/**
 * Sends through SMTP_URL. Timeouts follow RFC 5321 §4.5.3.2: connecting and the greeting fail in
 * seconds (a dead server is retried soon), but the reply after the message body may take minutes
 * (SMTP_REPLY_TIMEOUT_SECONDS): giving up early would make the next attempt deliver another copy.
 * STARTTLS is required unless SMTP_ALLOW_PLAINTEXT is set for a server on this machine.
 */
export function smtpMailer(env: SmtpEnv, url: string): Mailer {
  const host = new URL(url).hostname;
  if (env.SMTP_ALLOW_PLAINTEXT && !LOCAL_HOSTS.has(host)) {
    throw new SmtpSettingsError(
      "SMTP_ALLOW_PLAINTEXT=true is only allowed for a mail server on localhost; use STARTTLS or smtps:// for anything else.",
    );
  }
  const seconds = env.SMTP_TIMEOUT_SECONDS * 1000;
  const transport = nodemailer.createTransport({
    url,
    connectionTimeout: seconds,
    greetingTimeout: seconds,
    dnsTimeout: seconds,
    // nodemailer has one inactivity timer for every reply; it must cover the longest (after DATA).
    socketTimeout: env.SMTP_REPLY_TIMEOUT_SECONDS * 1000,
    requireTLS: !env.SMTP_ALLOW_PLAINTEXT,
    disableFileAccess: true,
    disableUrlAccess: true,
  } as Parameters<typeof nodemailer.createTransport>[0]);
  return {
    async send(mail) {
      const { fromName, ...message } = mail;
      await transport.sendMail({ from: senderOf(env.MAIL_FROM, fromName), ...message });
    },
    close: () => transport.close(),
    describe: () => "smtp",
  };
}
