import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/config";
import { retentionOptionsFrom } from "@/lib/retention/periods";

// The nightly retention job's settings come from the deployment's configuration, not from defaults
// of its own.

describe("the nightly retention job's settings", () => {
  it("are the configured referral, audit and mail-file periods", () => {
    const env = parseEnv({ RETENTION_DAYS: "400", AUDIT_RETENTION_DAYS: "2500", MAIL_FILE_RETENTION_DAYS: "9" });
    expect(retentionOptionsFrom(env)).toMatchObject({ referralDays: 400, auditDays: 2500, mailFileDays: 9 });
  });

  it("prune the mail folder only when emails go to files (no mail server set)", () => {
    const toFiles = parseEnv({ DATA_DIR: "/srv/ipt-data" });
    expect(retentionOptionsFrom(toFiles).mailFolder).toBe(path.resolve("/srv/ipt-data", "mail"));
    const toServer = parseEnv({ DATA_DIR: "/srv/ipt-data", SMTP_URL: "smtp://mail.example.org:587" });
    expect(retentionOptionsFrom(toServer).mailFolder).toBeUndefined();
  });
});
