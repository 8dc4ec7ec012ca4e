import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** Prisma's multi-file schema: every .prisma file under prisma/schema/, one model group each. */
export const PRISMA_SCHEMA_DIR = path.resolve("prisma/schema");

/** The whole schema as one text (Prisma reads the folder's files as one schema). */
export function prismaSchemaText(dir = PRISMA_SCHEMA_DIR): string {
  return readdirSync(dir)
    .filter((file) => file.endsWith(".prisma"))
    .sort()
    .map((file) => readFileSync(path.join(dir, file), "utf8"))
    .join("\n");
}
