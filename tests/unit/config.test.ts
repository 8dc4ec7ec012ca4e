import { describe, expect, it } from "vitest";
import { ConfigError, parseEnv } from "@/lib/config";

describe("configuration from the environment", () => {
  it("gives safe example defaults when nothing is set", () => {
    const env = parseEnv({});
    expect(env.PORT).toBe(3000);
    expect(env.HOST).toBe("127.0.0.1");
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.SMTP_URL).toBeUndefined();
    expect(env.CLINICAL_SUPPORT_EMAIL).toMatch(/@example\.org$/);
    expect(env.MAIL_INCLUDE_DETAILS).toBe(false);
  });

  it("reads SHARED_NETWORKS as a list of IPv4 and IPv6 networks, empty when unset", () => {
    expect(parseEnv({}).SHARED_NETWORKS).toEqual([]);
    expect(parseEnv({ SHARED_NETWORKS: " 192.0.2.0/24, 2001:db8::/32 " }).SHARED_NETWORKS).toEqual([
      "192.0.2.0/24",
      "2001:db8::/32",
    ]);
  });

  it("gives each address in a shared network 400 progress checks an hour unless set, and refuses a non-number", () => {
    expect(parseEnv({}).SHARED_NETWORK_PROGRESS_CHECKS_PER_HOUR).toBe(400);
    expect(parseEnv({ SHARED_NETWORK_PROGRESS_CHECKS_PER_HOUR: "50" }).SHARED_NETWORK_PROGRESS_CHECKS_PER_HOUR).toBe(
      50,
    );
    expect(() => parseEnv({ SHARED_NETWORK_PROGRESS_CHECKS_PER_HOUR: "many" })).toThrow(
      /SHARED_NETWORK_PROGRESS_CHECKS_PER_HOUR: expected a whole number/,
    );
  });

  it("treats an empty variable as unset", () => {
    expect(parseEnv({ DATABASE_URL: "", PORT: "" }).DATABASE_URL).toBeUndefined();
  });

  it("accepts real values", () => {
    const env = parseEnv({
      DATABASE_URL: "postgresql://ipt:secret@db.internal:5432/ipt",
      SMTP_URL: "smtps://user:pass@mail.example.org:465",
      PORT: "8080",
      MAIL_INCLUDE_DETAILS: "true",
    });
    expect(env.PORT).toBe(8080);
    expect(env.MAIL_INCLUDE_DETAILS).toBe(true);
  });

  it.each([
    ["DATABASE_URL", "mysql://localhost/ipt", /DATABASE_URL: expected a postgres/],
    ["DATABASE_URL", "not a url", /DATABASE_URL: expected a postgres/],
    ["SMTP_URL", "http://mail", /SMTP_URL: expected an smtp/],
    ["PORT", "eighty", /PORT: expected a port number/],
    ["PORT", "70000", /PORT:/],
    ["CLINICAL_SUPPORT_EMAIL", "nobody", /CLINICAL_SUPPORT_EMAIL: expected an email address/],
    ["MAIL_INCLUDE_DETAILS", "yes", /MAIL_INCLUDE_DETAILS: expected "true" or "false"/],
    ["SHARED_NETWORKS", "192.0.2.0", /SHARED_NETWORKS: expected comma-separated networks/],
    ["SHARED_NETWORKS", "192.0.2.0/24, 192.0.2.0/33", /SHARED_NETWORKS: expected comma-separated networks/],
  ])("rejects a malformed %s with one line naming it", (name, value, message) => {
    const attempt = () => parseEnv({ [name]: value });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(message);
    try {
      attempt();
    } catch (error) {
      expect((error as Error).message).not.toContain("\n");
    }
  });

  it("never echoes a password from a connection URL", () => {
    expect(() => parseEnv({ DATABASE_URL: "mysql://admin:hunter2@db/ipt" })).toThrow(/admin:\*\*\*@/);
    expect(() => parseEnv({ DATABASE_URL: "mysql://admin:hunter2@db/ipt" })).not.toThrow(/hunter2/);
  });
});

describe("database TLS in production", () => {
  it("refuses a database on another host without TLS, and accepts it with sslmode", () => {
    const remote = "postgresql://app:secret@db.internal.example:5432/ipt";
    expect(() => parseEnv({ NODE_ENV: "production", DATABASE_URL: remote })).toThrow(
      /DATABASE_URL: a database on another host needs TLS/,
    );
    expect(() => parseEnv({ NODE_ENV: "production", DATABASE_URL: remote })).not.toThrow(/secret/);
    expect(() => parseEnv({ NODE_ENV: "production", MIGRATION_DATABASE_URL: remote })).toThrow(
      /MIGRATION_DATABASE_URL/,
    );
    expect(parseEnv({ NODE_ENV: "production", DATABASE_URL: `${remote}?sslmode=verify-full` }).DATABASE_URL).toContain(
      "sslmode",
    );
    expect(
      parseEnv({ NODE_ENV: "production", DATABASE_URL: "postgresql://app:pw@127.0.0.1:5432/ipt" }).DATABASE_URL,
    ).toBeDefined();
    expect(parseEnv({ NODE_ENV: "development", DATABASE_URL: remote }).DATABASE_URL).toBe(remote);
  });
});
