import { randomUUID } from "node:crypto";
import pg from "pg";
import { databaseUrl } from "./support";

const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
const reference = () => {
  const code = Array.from({ length: 8 }, () => ALPHABET[Math.floor(Math.random() * ALPHABET.length)]).join("");
  return `${code.slice(0, 4)}-${code.slice(4)}`;
};

/** A 14-year-old's own referral as the young person's form stores it: the pages, keyed by page id. */
export function youngPersonAnswers(familyName: string) {
  return {
    risk: { selfHarmThoughts: "yes" },
    "risk-soon": { mayActSoon: "no" },
    safety: { beingHurt: "no" },
    about: {
      givenName: "Jordan",
      familyName,
      preferredName: "",
      dateOfBirth: { day: "2", month: "9", year: "2012" },
      interpreter: "no",
    },
    consent: { parentKnows: "no", mayContactParent: "talk-first", parentName: "", parentPhone: "" },
    contact: {
      phone: "07700 900982",
      mayCall: "yes",
      mayVoicemail: "no",
      mayText: "yes",
      phoneOwn: "own",
      email: "jordan@example.net",
      mayEmail: "yes",
      emailOwn: "own",
      emailReference: ["yes"],
      bestTimes: "",
    },
    "safe-contact": { safeRoute: "Text my aunt on 07700 900111", doNotSay: "" },
    where: { postcode: "EX1 1AA", gpPractice: "Example Street Surgery", nhsNumber: "" },
    concerns: { whatIsHappening: "Feeling low since moving schools", relationships: ["family"], diagnosis: "no" },
    needs: { accessNeeds: "" },
  };
}

/**
 * Two referrals for one young person, as the form stores them, and the possible-duplicate match
 * that arriving second records (the matching itself is proved in tests/integration/admin/duplicates.test.ts).
 */
export async function insertDuplicatePair(familyName: string) {
  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    const insert = async (minutesAgo: number) => {
      const row = { id: randomUUID(), reference: reference() };
      await client.query(
        `INSERT INTO referral (id, reference, journey, programme, suggested_programme, urgent, given_name, family_name,
                               date_of_birth, email, phone, postcode, answers, idempotency_key, created_at, updated_at,
                               flag_self_harm_thoughts, flag_under16_parent_unaware)
         VALUES ($1, $2, 'YOUNG_PERSON_SELF', 'ipt-a', 'ipt-a', false, 'Jordan', $3, '2012-09-02', 'jordan@example.net',
                 '07700 900982', 'EX1 1AA', $4, $5, now() - $6 * interval '1 minute', now(), true, true)`,
        [row.id, row.reference, familyName, JSON.stringify(youngPersonAnswers(familyName)), randomUUID(), minutesAgo],
      );
      return row;
    };
    const older = await insert(30);
    const newer = await insert(5);
    await client.query(
      `INSERT INTO referral_match (id, referral_id, matched_id, rule) VALUES ($1, $2, $3, 'name-and-date-of-birth')`,
      [randomUUID(), newer.id, older.id],
    );
    return { older, newer };
  } finally {
    await client.end();
  }
}
