import serviceJson from "@/content/service.json";
import { serviceSchema, type ServiceConfig } from "./service-schema";
import { ConfigError } from "./env";

/** Checks a service configuration, naming the first bad field. */
export function parseServiceConfig(input: unknown): ServiceConfig {
  const result = serviceSchema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  throw new ConfigError(`content/service.json: ${issue.path.join(".") || "(top level)"}: ${issue.message}`);
}

let cached: ServiceConfig | undefined;

/** The service's own details (name, contact, programmes and their ages), checked once. */
export function getService(): ServiceConfig {
  cached ??= parseServiceConfig(serviceJson);
  return cached;
}
