import type { Page } from "@playwright/test";
import pg from "pg";
import { expect } from "../fixtures";
import { databaseUrl } from "../admin/support";

// Issue 17's check progress, as a parent and a triager use it: shared by the spec that checks an
// inserted referral and the one that checks a referral a parent saved, finished and sent.

/** A parent checks progress by reference and date of birth (day, month, year as typed). */
export async function checkProgress(page: Page, reference: string, born: [string, string, string]) {
  await page.goto("/check-progress");
  await page.getByLabel("Reference").fill(reference);
  await page.getByLabel("Day").fill(born[0]);
  await page.getByLabel("Month").fill(born[1]);
  await page.getByLabel("Year").fill(born[2]);
  await page.getByRole("button", { name: "Check progress" }).click();
}

/** A triager moves the referral on from the dashboard, in their own browser. */
export async function staffMove(staff: Page, id: string, to: "In review" | "Accepted") {
  await staff.goto(`/admin/referrals/${id}`);
  await staff.getByLabel(to).check();
  if (to === "Accepted") await staff.getByLabel("Reason").fill("Meets the criteria for IPT-A.");
  await staff.getByRole("button", { name: "Change status" }).click();
  await expect(staff.getByText("Status changed.")).toBeVisible();
}

/** A sent referral's id and stored date of birth ("3", "4", "2011"), found by its reference. */
export async function sentReferral(reference: string): Promise<{ id: string; born: [string, string, string] }> {
  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string; born: string }>(
      `SELECT id, to_char(date_of_birth, 'FMDD FMMM YYYY') AS born FROM referral WHERE reference = $1`,
      [reference],
    );
    expect(rows, `the referral ${reference}`).toHaveLength(1);
    return { id: rows[0]!.id, born: rows[0]!.born.split(" ") as [string, string, string] };
  } finally {
    await client.end();
  }
}
