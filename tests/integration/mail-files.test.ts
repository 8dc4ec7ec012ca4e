import { mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { simpleParser } from "mailparser";
import { afterAll, describe, expect, it } from "vitest";
import { purgeMailFiles } from "../../lib/mail/purge";
import { createMailer } from "../../lib/mail/transport";
import { smtpMailer } from "../../lib/mail/smtp-send";
import { startSmtpSink } from "../helpers/smtp-sink";

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

describe("without SMTP_URL", () => {
  it("writes each email as an .eml file under DATA_DIR/mail", async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), "ipt-mail-"));
    dirs.push(dataDir);
    const mailer = createMailer({
      SMTP_URL: undefined,
      MAIL_FROM: "IPT <referrals@example.org>",
      DATA_DIR: dataDir,
      SMTP_TIMEOUT_SECONDS: 5,
      SMTP_REPLY_TIMEOUT_SECONDS: 5,
      SMTP_ALLOW_PLAINTEXT: false,
    });
    expect(mailer.describe()).toBe(path.join(dataDir, "mail"));
    await mailer.send({
      to: "csso@example.org",
      subject: "New referral KX7P-3M9Q",
      text: "Plain",
      html: "<p>Rich</p>",
      messageId: "<referral-KX7P-3M9Q@example.org>",
    });
    const files = await readdir(path.join(dataDir, "mail"));
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/referral-KX7P-3M9Qexampleorg\.eml$/);
    const mail = await simpleParser(await readFile(path.join(dataDir, "mail", files[0]!)));
    expect(mail.subject).toBe("New referral KX7P-3M9Q");
    expect(mail.messageId).toBe("<referral-KX7P-3M9Q@example.org>");
    expect(mail.text?.trim()).toBe("Plain");
    expect(mail.html).toContain("<p>Rich</p>");
    // Readable by the service's own user only: with MAIL_INCLUDE_DETAILS they hold referral details.
    expect((await stat(path.join(dataDir, "mail", files[0]!))).mode & 0o777).toBe(0o600);
  });

  it("deletes .eml files older than MAIL_FILE_RETENTION_DAYS and keeps newer ones and other files", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "ipt-mail-purge-"));
    dirs.push(dir);
    for (const name of ["old.eml", "new.eml", "notes.txt"]) await writeFile(path.join(dir, name), "x");
    const fifteenDaysAgo = new Date(Date.now() - 15 * 24 * 60 * 60 * 1000);
    await utimes(path.join(dir, "old.eml"), fifteenDaysAgo, fifteenDaysAgo);
    await utimes(path.join(dir, "notes.txt"), fifteenDaysAgo, fifteenDaysAgo);
    expect(await purgeMailFiles(dir, 14)).toBe(1);
    expect((await readdir(dir)).sort()).toEqual(["new.eml", "notes.txt"]);
  });
});

describe("SMTP without STARTTLS", () => {
  const settings = {
    MAIL_FROM: "IPT <referrals@example.org>",
    SMTP_TIMEOUT_SECONDS: 5,
    SMTP_REPLY_TIMEOUT_SECONDS: 5,
    SMTP_ALLOW_PLAINTEXT: true,
  };
  it("is refused for a mail server that is not on this machine", () => {
    expect(() => smtpMailer(settings, "smtp://mail.example.org:25")).toThrow(
      /only allowed for a mail server on localhost/,
    );
  });

  it("is allowed for localhost", () => {
    expect(smtpMailer(settings, "smtp://127.0.0.1:2525").describe()).toBe("smtp");
  });

  it("is not used unless allowed: a server that offers no STARTTLS gets nothing", async () => {
    const sink = await startSmtpSink();
    try {
      const strict = smtpMailer({ ...settings, SMTP_ALLOW_PLAINTEXT: false }, sink.url);
      await expect(
        strict.send({
          to: "csso@example.org",
          subject: "s",
          text: "t",
          html: "<p>t</p>",
          messageId: "<x@example.org>",
        }),
      ).rejects.toThrow();
      strict.close();
      expect(sink.messages).toHaveLength(0);
    } finally {
      await sink.stop();
    }
  });
});
