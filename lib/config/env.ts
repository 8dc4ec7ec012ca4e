import { envSchema, type Env } from "./env-schema";

export type { Env };

/** A setting is missing or malformed. The message is one line naming the variable. */
export class ConfigError extends Error {
  override name = "ConfigError";
}

/** Parses an environment into settings, or throws a ConfigError naming the first bad variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const name = issue.path.join(".");
    const given = source[name];
    const shown = given === undefined ? "it is not set" : `got ${JSON.stringify(redact(name, given))}`;
    return `${name}: ${issue.message} (${shown})`;
  });
  throw new ConfigError(`Configuration error: ${problems.join("; ")}`);
}

// Connection URLs carry passwords and tokens are secrets; never echo them back.
function redact(name: string, value: string): string {
  if (name.endsWith("_TOKEN") || name.endsWith("_SECRET")) return "(hidden)";
  if (!name.endsWith("_URL")) return value;
  return value.replace(/\/\/([^:/@]+):([^@]*)@/, "//$1:***@");
}

let cached: Env | undefined;

/** The settings of this process, parsed once. */
export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** The raw environment, for handing on to a child process (the web server, the worker). */
export function processEnvironment(): NodeJS.ProcessEnv {
  return process.env;
}
