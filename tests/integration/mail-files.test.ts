import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { simpleParser } from "mailparser";
import { afterAll, describe, expect, it } from "vitest";
import { createMailer } from "../../lib/mail/transport";

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

describe("without SMTP_URL", () => {
  it("writes each email as an .eml file under DATA_DIR/mail", async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), "ipt-mail-"));
    dirs.push(dataDir);
    const mailer = createMailer({ SMTP_URL: undefined, MAIL_FROM: "IPT <referrals@example.org>", DATA_DIR: dataDir, SMTP_TIMEOUT_SECONDS: 5, SMTP_REPLY_TIMEOUT_SECONDS: 5, SMTP_ALLOW_PLAINTEXT: false });
    expect(mailer.describe()).toBe(path.join(dataDir, "mail"));
    await mailer.send({ to: "csso@example.org", subject: "New referral KX7P-3M9Q", text: "Plain", html: "<p>Rich</p>", messageId: "<referral-KX7P-3M9Q@example.org>" });
    const files = await readdir(path.join(dataDir, "mail"));
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/referral-KX7P-3M9Qexampleorg\.eml$/);
    const mail = await simpleParser(await readFile(path.join(dataDir, "mail", files[0]!)));
    expect(mail.subject).toBe("New referral KX7P-3M9Q");
    expect(mail.messageId).toBe("<referral-KX7P-3M9Q@example.org>");
    expect(mail.text?.trim()).toBe("Plain");
    expect(mail.html).toContain("<p>Rich</p>");
  });
});
