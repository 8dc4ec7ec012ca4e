export { createPrismaClient, getDb, type Database } from "./client";
export { checkDatabase, type DatabaseHealth } from "./health";
