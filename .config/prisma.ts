// Prisma CLI settings (`prisma generate`, and `prisma migrate deploy` where its engine can be had).
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "../prisma/schema",
  migrations: { path: "../prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "" }, // eslint-disable-line no-restricted-properties -- read by the Prisma CLI only
});
