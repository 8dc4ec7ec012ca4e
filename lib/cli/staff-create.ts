// `npm run staff:create -- --email ADDRESS --name NAME --role admin|triager [--password-stdin]`
import { text } from "node:stream/consumers";
import { parseArgs } from "node:util";
import { z } from "zod";
import { createStaff, GuessablePasswordError, StaffExistsError } from "@/lib/staff/accounts";
import { getEnv } from "@/lib/config";
import { switchDatabase } from "@/lib/db";
import { openDatabaseForCommand } from "./running-database";
import { CliError, runCli } from "./run-cli";

const USAGE = "Usage: npm run staff:create -- --email ADDRESS --name NAME --role admin|triager [--password-stdin]";

// A password on the command line is visible to every user of the machine (ps, /proc) and kept in
// shell history (M-7); it is read from standard input instead.
const NO_ARGV_PASSWORD =
  "A password on the command line can be read by other users and stays in shell history. Leave it out to get a one-time password, " +
  "or pipe it in with --password-stdin (for example: read -rs P && printf '%s' \"$P\" | npm run staff:create -- … --password-stdin).";

async function passwordFromStdin(): Promise<string> {
  const input = (await text(process.stdin)).replace(/\r?\n$/, "");
  if (!input) throw new CliError("--password-stdin was given but nothing arrived on standard input.");
  return input;
}

runCli(async () => {
  const { values } = parseArgs({
    options: {
      email: { type: "string" },
      name: { type: "string" },
      role: { type: "string" },
      password: { type: "string" },
      "password-stdin": { type: "boolean" },
    },
    strict: true,
  });
  if (values.password !== undefined) throw new CliError(NO_ARGV_PASSWORD);
  if (!values.email || !values.name || !values.role) throw new CliError(USAGE);
  const password = values["password-stdin"] ? await passwordFromStdin() : undefined;
  const env = getEnv();
  const ready = await openDatabaseForCommand(env, (line) => console.log(line));
  // lib/auth reads the database through getDb(), which now points here.
  const db = switchDatabase(ready.url);
  try {
    const role = values.role.toUpperCase();
    const created = await createStaff(db, { email: values.email, name: values.name, role: role as "ADMIN", password });
    console.log(`Created ${role.toLowerCase()} account for ${values.email}.`);
    if (created.oneTimePassword) {
      console.log(`One-time password: ${created.oneTimePassword}`);
      console.log("Give it to them securely; they must choose a new password when they first sign in at /admin.");
    }
  } catch (error) {
    if (error instanceof z.ZodError) throw new CliError(`${error.issues.map((i) => i.message).join("; ")}\n${USAGE}`);
    if (error instanceof StaffExistsError || error instanceof GuessablePasswordError) throw new CliError(error.message);
    throw error;
  } finally {
    await db.$disconnect();
    await ready.stop();
  }
});
