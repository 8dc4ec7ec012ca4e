import { randomUUID } from "node:crypto";
import type { Database } from "../../lib/db/client";
import type { Prisma } from "../../lib/db/generated/client";

// References as the public journey makes them: 8 characters, no look-alikes (0/O, 1/I).
const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
export function makeReference(): string {
  return Array.from({ length: 8 }, () => ALPHABET[Math.floor(Math.random() * ALPHABET.length)]).join("");
}

export type ReferralOverrides = Partial<Prisma.ReferralUncheckedCreateInput>;

/** A realistic referral row, as the public journeys store one; override any field. */
export function referralData(overrides: ReferralOverrides = {}): Prisma.ReferralUncheckedCreateInput {
  return {
    id: randomUUID(),
    reference: makeReference(),
    journey: "PARENT_CARER",
    programme: "ipt-a",
    urgent: false,
    givenName: "Sam",
    familyName: "Taylor",
    dateOfBirth: new Date("2011-04-03"),
    nhsNumber: "9434765919",
    email: "parent.taylor@example.com",
    phone: "07700 900123",
    postcode: "EX1 1AA",
    idempotencyKey: randomUUID(),
    answers: {
      relationship: "Mother",
      childName: "Sam Taylor",
      whatIsHappening: "Sam has been low for months, stopped seeing friends and is not sleeping.",
      riskToSelf: "No thoughts of self-harm that we know of",
      safeguardingConcerns: false,
      gp: { practice: "Example Surgery", name: "Dr Patel" },
      consentToContact: true,
      contactPreferences: ["email", "phone"],
    },
    ...overrides,
  };
}

export async function insertReferral(db: Database, overrides: ReferralOverrides = {}) {
  return db.referral.create({ data: referralData(overrides) });
}
