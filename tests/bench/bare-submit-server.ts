// The ceiling for submitting a referral: node:http that reads the answers from the body,
// checks them with the same journey schema (lib/referrals) and INSERTs the same referral row
// with `pg`, then redirects. No framework, draft, rate limit, transaction or queued job.
// Run as its own process so it is pinned and measured like the app:
//   node --import tsx tests/bench/bare-submit-server.ts PORT DATABASE_URL JOURNEY
import { createServer } from "node:http";
import pg from "pg";
import { searchColumns } from "../../lib/referrals/search-columns";
import { confirmationPath, programmeFor } from "../../lib/referrals/flow";
import { isAtRisk } from "../../lib/referrals/journeys/answer-facts";
import { getJourney } from "../../lib/referrals/journeys/registry";
import type { Answers } from "../../lib/referrals/journeys/types";
import { generateReference } from "../../lib/referrals/reference";

const [port, databaseUrl, slug] = process.argv.slice(2);
const journey = getJourney(slug!)!;
const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 }); // the app's Prisma pool size

createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on("data", (chunk: Buffer) => chunks.push(chunk));
  request.on("end", () => {
    void (async () => {
      const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as { idempotencyKey: string; answers: unknown };
      const parsed = journey.schema.safeParse(body.answers);
      if (!parsed.success) return response.writeHead(422).end();
      const answers = parsed.data as Answers;
      const c = searchColumns(journey, answers);
      await pool.query(
        `INSERT INTO referral (id, reference, journey, programme, urgent, answers, idempotency_key, given_name, family_name,
                               date_of_birth, nhs_number, email, phone, postcode, updated_at)
         VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, now())`,
        [
          generateReference(),
          journey.kind,
          programmeFor(journey, answers)?.id ?? null,
          isAtRisk(answers),
          answers,
          body.idempotencyKey,
          c.givenName,
          c.familyName,
          c.dateOfBirth,
          c.nhsNumber,
          c.email,
          c.phone,
          c.postcode,
        ],
      );
      response.writeHead(303, { Location: confirmationPath(journey) }).end();
    })().catch(() => response.writeHead(500).end());
  });
}).listen(Number(port), "127.0.0.1", () => console.log("ready"));
