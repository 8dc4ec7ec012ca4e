import "server-only";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import nodemailer from "nodemailer";
import type { Env } from "@/lib/config";
import { smtpMailer } from "./smtp-send";

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Stable per referral and kind, so a repeated delivery is recognisable as the same message. */
  messageId: string;
  /** A display name to send under instead of MAIL_FROM's own (the neutral one for the person's email). */
  fromName?: string;
}

/** MAIL_FROM, or its address under the given display name. */
export function senderOf(mailFrom: string, fromName?: string) {
  if (!fromName) return mailFrom;
  const address = /<([^>]+)>/.exec(mailFrom)?.[1] ?? mailFrom.trim();
  return { name: fromName, address };
}

export interface Mailer {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
  /** "smtp" or the folder .eml files are written to. */
  describe(): string;
}

export type MailEnv = Pick<
  Env,
  "SMTP_URL" | "MAIL_FROM" | "DATA_DIR" | "SMTP_TIMEOUT_SECONDS" | "SMTP_REPLY_TIMEOUT_SECONDS" | "SMTP_ALLOW_PLAINTEXT"
>;

/** SMTP when SMTP_URL is set; otherwise each message is written as an .eml file under DATA_DIR/mail. */
export function createMailer(env: MailEnv): Mailer {
  return env.SMTP_URL ? smtpMailer(env, env.SMTP_URL) : fileMailer(env);
}

/** The folder local .eml files go to (no SMTP_URL). */
export const mailFolder = (env: Pick<Env, "DATA_DIR">) => path.resolve(env.DATA_DIR, "mail");

function fileMailer(env: MailEnv): Mailer {
  const dir = mailFolder(env);
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  return {
    async send(mail) {
      const { fromName, ...message } = mail;
      const info = await transport.sendMail({
        from: senderOf(env.MAIL_FROM, fromName),
        ...message,
        disableFileAccess: true,
        disableUrlAccess: true,
      });
      await mkdir(dir, { recursive: true, mode: 0o700 });
      const name = `${new Date().toISOString().replace(/[:.]/g, "-")}-${mail.messageId.replace(/[^A-Za-z0-9-]/g, "")}.eml`;
      // Owner-only: with MAIL_INCLUDE_DETAILS these files hold a referral's details.
      await writeFile(path.join(dir, name), info.message as Buffer, { mode: 0o600 });
    },
    close: () => transport.close(),
    describe: () => dir,
  };
}
