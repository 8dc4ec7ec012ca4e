import "server-only";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import nodemailer from "nodemailer";
import type { Env } from "@/lib/config";

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Stable per referral and kind, so a repeated delivery is recognisable as the same message. */
  messageId: string;
}

export interface Mailer {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
  /** "smtp" or the folder .eml files are written to. */
  describe(): string;
}

type MailEnv = Pick<Env, "SMTP_URL" | "MAIL_FROM" | "DATA_DIR" | "SMTP_TIMEOUT_SECONDS">;

/** SMTP when SMTP_URL is set; otherwise each message is written as an .eml file under DATA_DIR/mail. */
export function createMailer(env: MailEnv): Mailer {
  return env.SMTP_URL ? smtpMailer(env, env.SMTP_URL) : fileMailer(env);
}

function smtpMailer(env: MailEnv, url: string): Mailer {
  const timeout = env.SMTP_TIMEOUT_SECONDS * 1000;
  // nodemailer waits minutes by default; a hung server must fail the attempt in seconds so the job is retried.
  const transport = nodemailer.createTransport({
    url,
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout,
    dnsTimeout: timeout,
    disableFileAccess: true,
    disableUrlAccess: true,
  } as Parameters<typeof nodemailer.createTransport>[0]);
  return {
    async send(mail) {
      await transport.sendMail({ from: env.MAIL_FROM, ...mail });
    },
    close: () => transport.close(),
    describe: () => "smtp",
  };
}

function fileMailer(env: MailEnv): Mailer {
  const dir = path.resolve(env.DATA_DIR, "mail");
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  return {
    async send(mail) {
      const info = await transport.sendMail({ from: env.MAIL_FROM, ...mail, disableFileAccess: true, disableUrlAccess: true });
      await mkdir(dir, { recursive: true });
      const name = `${new Date().toISOString().replace(/[:.]/g, "-")}-${mail.messageId.replace(/[^A-Za-z0-9-]/g, "")}.eml`;
      await writeFile(path.join(dir, name), info.message as Buffer);
    },
    close: () => transport.close(),
    describe: () => dir,
  };
}
