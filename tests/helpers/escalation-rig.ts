import { createMailer } from "../../lib/mail/transport";
import type { EscalationSettings } from "../../lib/escalation/settings";
import { startSmtpSink, type SmtpSink } from "./smtp-sink";
import { createTestDatabase, type TestDatabase } from "./test-database";

export const dutySettings: EscalationSettings = {
  to: "duty-clinician@example.org",
  appUrl: "https://ipt.example.org",
  domain: "example.org",
  urgentAfterWorkingMinutes: 120,
  repeatMinutes: 60,
};

/** A fresh database and a real SMTP server for the duty alert and digest. */
export async function startEscalationRig() {
  const database: TestDatabase = await createTestDatabase();
  const sink: SmtpSink = await startSmtpSink();
  const mailer = createMailer({
    SMTP_URL: sink.url,
    MAIL_FROM: "IPT referrals <referrals@example.org>",
    DATA_DIR: ".data/test",
    SMTP_TIMEOUT_SECONDS: 2,
    SMTP_REPLY_TIMEOUT_SECONDS: 2,
    SMTP_ALLOW_PLAINTEXT: true,
  });
  return {
    database,
    sink,
    mailer,
    async stop() {
      mailer.close();
      await sink.stop();
      await database.drop();
    },
  };
}

export type EscalationRig = Awaited<ReturnType<typeof startEscalationRig>>;
