import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import {
  expectedColumns,
  expectedEnums,
  expectedForeignKeys,
  expectedIndexes,
  expectedTables,
  loadDmmf,
} from "../helpers/expected-schema";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

// Tables that belong to a library rather than to the Prisma schema, and live in the public schema.
const LIBRARY_TABLES = ["_prisma_migrations"];

let database: TestDatabase;
let client: pg.Client;
const dmmf = loadDmmf();

beforeAll(async () => {
  database = await createTestDatabase();
  client = new pg.Client({ connectionString: database.url });
  await client.connect();
});
afterAll(async () => {
  await client.end();
  await database.drop();
});

const rows = async <T extends pg.QueryResultRow>(sql: string) => (await client.query<T>(sql)).rows;

describe("the migrated database matches the Prisma schema", () => {
  it("has exactly the tables the schema names", async () => {
    const tables = await rows<{ tablename: string }>(`SELECT tablename FROM pg_tables WHERE schemaname = 'public'`);
    const actual = tables.map((t) => t.tablename).filter((t) => !LIBRARY_TABLES.includes(t));
    expect(actual.sort()).toEqual(expectedTables(dmmf));
  });

  it("has every column with the schema's type, nullability and default, and no others", async () => {
    const columns = await rows<{
      table: string;
      column: string;
      type: string;
      nullable: boolean;
      has_default: boolean;
    }>(`
      SELECT c.relname AS table, a.attname AS column, format_type(a.atttypid, a.atttypmod) AS type,
             NOT a.attnotnull AS nullable, a.atthasdef AS has_default
      FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped`);
    const actual = columns
      .filter((c) => !LIBRARY_TABLES.includes(c.table))
      .map((c) => `${c.table}.${c.column}: ${c.type}${c.nullable ? " NULL" : ""}${c.has_default ? " DEFAULT" : ""}`)
      .sort();
    const expected = expectedColumns(dmmf)
      .map((c) => `${c.table}.${c.column}: ${c.type}${c.nullable ? " NULL" : ""}${c.hasDbDefault ? " DEFAULT" : ""}`)
      .sort();
    expect(actual).toEqual(expected);
  });

  it("has the schema's enums with their values in order", async () => {
    const values = await rows<{ name: string; value: string }>(`
      SELECT t.typname AS name, e.enumlabel AS value FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid
      JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' ORDER BY t.typname, e.enumsortorder`);
    const actual: Record<string, string[]> = {};
    for (const { name, value } of values) (actual[name] ??= []).push(value);
    expect(actual).toEqual(expectedEnums(dmmf));
  });

  it("has the schema's primary keys, unique constraints and indexes, and no others", async () => {
    const indexes = await rows<{ table: string; primary: boolean; unique: boolean; columns: string }>(`
      SELECT t.relname AS table, ix.indisprimary AS primary, ix.indisunique AS unique,
             (SELECT string_agg(a.attname || CASE WHEN ix.indoption[k.i - 1] & 1 = 1 THEN ' DESC' ELSE '' END, ', ' ORDER BY k.i)
                FROM unnest(ix.indkey) WITH ORDINALITY AS k(attnum, i)
                JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum) AS columns
      FROM pg_index ix JOIN pg_class t ON t.oid = ix.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace
      WHERE n.nspname = 'public'`);
    const actual = indexes
      .filter((i) => !LIBRARY_TABLES.includes(i.table))
      .map((i) => `${i.table} ${i.primary ? "PRIMARY" : i.unique ? "UNIQUE" : "INDEX"} (${i.columns})`)
      .sort();
    expect(actual).toEqual(expectedIndexes(dmmf));
  });

  it("has the schema's foreign keys with their delete rules", async () => {
    const keys = await rows<{ description: string }>(`
      SELECT format('%s (%s) -> %s (%s) ON DELETE %s', tc.table_name,
               (SELECT string_agg(kcu.column_name, ', ' ORDER BY kcu.ordinal_position) FROM information_schema.key_column_usage kcu
                 WHERE kcu.constraint_name = tc.constraint_name AND kcu.table_schema = tc.table_schema),
               ccu.table_name,
               (SELECT string_agg(DISTINCT ccu2.column_name, ', ') FROM information_schema.constraint_column_usage ccu2
                 WHERE ccu2.constraint_name = tc.constraint_name AND ccu2.table_schema = tc.table_schema),
               rc.delete_rule) AS description
      FROM information_schema.table_constraints tc
      JOIN information_schema.referential_constraints rc ON rc.constraint_name = tc.constraint_name AND rc.constraint_schema = tc.table_schema
      JOIN (SELECT DISTINCT constraint_name, table_schema, table_name FROM information_schema.constraint_column_usage) ccu
        ON ccu.constraint_name = tc.constraint_name AND ccu.table_schema = tc.table_schema
      WHERE tc.constraint_type = 'FOREIGN KEY' AND tc.table_schema = 'public'`);
    expect(keys.map((k) => k.description).sort()).toEqual(expectedForeignKeys(dmmf));
  });
});
