import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { expect, type Page } from "@playwright/test";
import { typeScriptArgs } from "../../../lib/cli/children";
import { freshTotpCode } from "../../helpers/totp";

const root = path.resolve(import.meta.dirname, "../../..");
// The e2e server's data folder (see playwright.config.ts).
const dataDir = path.join(root, ".data/e2e");

/** Runs `npm run staff:create` as a newcomer would, against the running e2e service. Returns its output. */
export function createStaffAccount(args: {
  email: string;
  name: string;
  role: "admin" | "triager";
  password?: string;
}): string {
  const cli = [
    "--email",
    args.email,
    "--name",
    args.name,
    "--role",
    args.role,
    ...(args.password ? ["--password-stdin"] : []),
  ];
  return execFileSync(process.execPath, [...typeScriptArgs("lib/cli/staff-create.ts"), ...cli], {
    cwd: root,
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: "" }, // eslint-disable-line no-restricted-properties -- test harness
    encoding: "utf8",
    input: args.password ?? "",
  });
}

export function uniqueEmail(who: string): string {
  return `${who}-${randomUUID().slice(0, 8)}@example.nhs.uk`;
}

export function databaseUrl(): string {
  const pid = readFileSync(path.join(dataDir, "postgres/cluster/postmaster.pid"), "utf8").split("\n");
  const password = readFileSync(path.join(dataDir, "postgres/postgres-password"), "utf8").trim();
  return `postgresql://ipt:${encodeURIComponent(password)}@127.0.0.1:${pid[3]}/ipt`;
}

const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/**
 * Stores a referral as the public journey would, straight into the e2e database. `emailOverdue`
 * marks it as the worker marks one whose email to the team is still unsent after 30 minutes.
 */
export async function insertReferral(fields: {
  givenName: string;
  familyName: string;
  urgent?: boolean;
  answers?: object;
  emailOverdue?: boolean;
  /** When it arrived (default now): a past week keeps a report's figures to this test's referrals. */
  createdAt?: Date;
}): Promise<{ id: string; reference: string }> {
  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    const id = randomUUID();
    const letters = Array.from({ length: 8 }, () => ALPHABET[Math.floor(Math.random() * ALPHABET.length)]).join("");
    // Shown in two groups, as lib/referrals/reference.ts makes them.
    const reference = `${letters.slice(0, 4)}-${letters.slice(4)}`;
    await client.query(
      `INSERT INTO referral (id, reference, journey, programme, urgent, given_name, family_name, date_of_birth, email, answers, idempotency_key, updated_at, notification_overdue_at, created_at)
       VALUES ($1, $2, 'PARENT_CARER', 'ipt-a', $3, $4, $5, '2011-04-03', 'parent@example.com', $6, $7, now(), $8, $9)`,
      [
        id,
        reference,
        fields.urgent ?? false,
        fields.givenName,
        fields.familyName,
        JSON.stringify(
          fields.answers ?? { whatIsHappening: "Low mood for months", riskToSelf: "No current thoughts of self-harm" },
        ),
        randomUUID(),
        fields.emailOverdue ? new Date() : null,
        fields.createdAt ?? new Date(),
      ],
    );
    return { id, reference };
  } finally {
    await client.end();
  }
}

/**
 * Holds a submission as the public journey does when the per-address limit refuses it: a
 * parent's referral for a child, with no risk flags unless `urgent`. Returns the held row's id.
 */
export async function insertHeldSubmission(fields: { urgent?: boolean } = {}): Promise<{ id: string }> {
  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    const id = randomUUID();
    const answers = {
      about: { givenName: "Held", familyName: "Heldperson", dateOfBirth: { day: "3", month: "4", year: "2012" } },
    };
    const flags = {
      selfHarmThoughts: false,
      mayActSoon: fields.urgent ?? false,
      beingHurt: false,
      safeguarding: false,
      under16ParentUnaware: false,
    };
    await client.query(
      `INSERT INTO held_submission (id, journey, answers, programme, urgent, flags, idempotency_key, reason)
       VALUES ($1, 'PARENT_CARER', $2, 'ipt-a', $3, $4, $5, 'rate-limited')`,
      [id, JSON.stringify(answers), fields.urgent ?? false, JSON.stringify(flags), randomUUID()],
    );
    return { id };
  } finally {
    await client.end();
  }
}

/** Signs in with email and password, then, when asked, a code generated from the key. */
export async function signIn(page: Page, email: string, password: string, totpKey?: string): Promise<void> {
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/admin\/sign-in$/);
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Continue" }).click();
  if (totpKey) {
    await expect(page.getByRole("heading", { name: "Enter your security code" })).toBeVisible();
    await page.getByLabel("Security code").fill(await freshTotpCode(totpKey));
    await page.getByRole("button", { name: "Sign in" }).click();
  }
}

/** The first-sign-in set-up of an authenticator app; returns the key the page showed. */
export async function setUpTwoFactor(page: Page, password: string): Promise<string> {
  await expect(page.getByRole("heading", { name: "Set up two-factor sign-in" })).toBeVisible();
  await page.getByLabel("Enter your password to start").fill(password);
  await page.getByRole("button", { name: "Continue" }).click();
  const key = (await page.getByTestId("totp-key").textContent())!.replace(/\s+/g, "");
  await page.getByLabel("Enter the 6-digit code your app now shows").fill(await freshTotpCode(key));
  await page.getByRole("button", { name: "Turn on two-factor sign-in" }).click();
  await expect(page.getByText("Two-factor sign-in is now set up")).toBeVisible();
  return key;
}
