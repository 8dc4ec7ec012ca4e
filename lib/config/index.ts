export { ConfigError, getEnv, parseEnv, processEnvironment } from "./env";
export type { Env } from "./env-schema";
export { getService, parseServiceConfig } from "./service";
export { programmeIds, type Programme, type ProgrammeId, type ServiceConfig } from "./service-schema";
