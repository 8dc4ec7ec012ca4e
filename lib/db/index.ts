export { createPrismaClient, getDb, switchDatabase, type Database } from "./client";
export { checkDatabase, type DatabaseHealth } from "./health";
