export { ConfigError, getEnv, parseEnv, processEnvironment } from "./env";
export type { Env } from "./env-schema";
