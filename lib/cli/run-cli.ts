import { ConfigError } from "@/lib/config";

/** A failure the person running the command can fix; printed as one line, no stack trace. */
export class CliError extends Error {
  override name = "CliError";
}

/** Runs a command's main function, turning known failures into one clear line and exit code 1. */
export function runCli(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    if (error instanceof ConfigError || error instanceof CliError) {
      console.error(error.message);
    } else {
      console.error(error);
    }
    process.exit(1);
  });
}

/** Turns a failure to connect to Postgres into a message that says what to check. */
export function describeDatabaseError(error: unknown, url: string): CliError {
  const where = safeHost(url);
  const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
  return new CliError(
    `Cannot use the database in DATABASE_URL (${where}): ${reason || "connection failed"}. ` +
      "Check that Postgres is running and the URL is right, or unset DATABASE_URL to use the embedded database.",
  );
}

function safeHost(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`;
  } catch {
    return "unparseable URL";
  }
}
