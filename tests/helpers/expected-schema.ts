import { get_dmmf } from "@prisma/prisma-schema-wasm";
import { prismaSchemaText } from "./prisma-schema-text";

// What the Prisma schema (prisma/schema/) says the database should hold, in the terms Postgres's catalog uses.

interface DmmfField {
  name: string;
  dbName?: string | null;
  kind: "scalar" | "enum" | "object" | "unsupported";
  type: string;
  isRequired: boolean;
  isList: boolean;
  hasDefaultValue: boolean;
  default?: { name?: string } | string | number | boolean;
  nativeType?: [string, string[]] | null;
  isUpdatedAt: boolean;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
}
interface DmmfModel {
  name: string;
  dbName: string | null;
  fields: DmmfField[];
}
interface DmmfIndex {
  model: string;
  type: "id" | "unique" | "normal" | "fulltext";
  dbName?: string;
  fields: { name: string; sortOrder?: "asc" | "desc" }[];
}
interface Dmmf {
  datamodel: {
    models: DmmfModel[];
    enums: { name: string; dbName?: string | null; values: { name: string; dbName?: string | null }[] }[];
    indexes: DmmfIndex[];
  };
}

export interface ExpectedColumn {
  table: string;
  column: string;
  type: string;
  nullable: boolean;
  hasDbDefault: boolean;
}

export function loadDmmf(): Dmmf {
  return JSON.parse(get_dmmf(JSON.stringify({ prismaSchema: prismaSchemaText() }))) as Dmmf;
}

const tableOf = (model: DmmfModel) => model.dbName ?? model.name;
const columnOf = (field: DmmfField) => field.dbName ?? field.name;

// Defaults Prisma fills in on the client side leave no default in the database.
const CLIENT_SIDE_DEFAULTS = new Set(["uuid", "cuid", "nanoid", "ulid"]);

function hasDbDefault(field: DmmfField): boolean {
  if (!field.hasDefaultValue) return false;
  const fn = typeof field.default === "object" ? field.default?.name : undefined;
  return !(fn && CLIENT_SIDE_DEFAULTS.has(fn));
}

/** The column type as Postgres's format_type() prints it. */
export function postgresType(field: DmmfField, enumDbNames: Map<string, string>): string {
  if (field.kind === "enum") return `"${enumDbNames.get(field.type) ?? field.type}"`;
  const [native, args = []] = field.nativeType ?? [];
  const byNative: Record<string, string> = {
    VarChar: `character varying(${args[0]})`,
    Char: `character(${args[0]})`,
    Text: "text",
    Uuid: "uuid",
    Date: "date",
    Timestamptz: `timestamp(${args[0] ?? 6}) with time zone`,
    Timestamp: `timestamp(${args[0] ?? 6}) without time zone`,
    JsonB: "jsonb",
    Json: "json",
    Inet: "inet",
    SmallInt: "smallint",
    Integer: "integer",
    BigInt: "bigint",
  };
  if (native) {
    const type = byNative[native];
    if (!type) throw new Error(`No Postgres mapping for native type @db.${native} on ${field.name}`);
    return type;
  }
  const byScalar: Record<string, string> = {
    String: "text",
    Boolean: "boolean",
    Int: "integer",
    BigInt: "bigint",
    Float: "double precision",
    Decimal: "numeric(65,30)",
    DateTime: "timestamp(3) without time zone",
    Json: "jsonb",
    Bytes: "bytea",
  };
  const type = byScalar[field.type];
  if (!type) throw new Error(`No Postgres mapping for ${field.type} on ${field.name}`);
  return field.isList ? `${type}[]` : type;
}

export function expectedColumns(dmmf: Dmmf): ExpectedColumn[] {
  const enumDbNames = new Map(dmmf.datamodel.enums.map((e) => [e.name, e.dbName ?? e.name]));
  return dmmf.datamodel.models.flatMap((model) =>
    model.fields
      .filter((f) => f.kind === "scalar" || f.kind === "enum")
      .map((field) => ({
        table: tableOf(model),
        column: columnOf(field),
        type: postgresType(field, enumDbNames),
        nullable: !field.isRequired,
        hasDbDefault: hasDbDefault(field),
      })),
  );
}

export function expectedTables(dmmf: Dmmf): string[] {
  return dmmf.datamodel.models.map(tableOf).sort();
}

export function expectedEnums(dmmf: Dmmf): Record<string, string[]> {
  return Object.fromEntries(
    dmmf.datamodel.enums.map((e) => [e.dbName ?? e.name, e.values.map((v) => v.dbName ?? v.name)]),
  );
}

/** Each index as "table unique? (col [DESC], …)"; the primary key as "table PRIMARY (…)". */
export function expectedIndexes(dmmf: Dmmf): string[] {
  const models = new Map(dmmf.datamodel.models.map((m) => [m.name, m]));
  return dmmf.datamodel.indexes
    .map((index) => {
      const model = models.get(index.model)!;
      const columns = index.fields.map((f) => {
        const field = model.fields.find((mf) => mf.name === f.name)!;
        return columnOf(field) + (f.sortOrder === "desc" ? " DESC" : "");
      });
      const kind = index.type === "id" ? "PRIMARY" : index.type === "unique" ? "UNIQUE" : "INDEX";
      return `${tableOf(model)} ${kind} (${columns.join(", ")})`;
    })
    .sort();
}

/** Each foreign key as "table (cols) -> table (cols) ON DELETE rule". */
export function expectedForeignKeys(dmmf: Dmmf): string[] {
  const models = new Map(dmmf.datamodel.models.map((m) => [m.name, m]));
  return dmmf.datamodel.models
    .flatMap((model) =>
      model.fields
        .filter((f) => f.kind === "object" && f.relationFromFields?.length)
        .map((f) => {
          const target = models.get(f.type)!;
          const from = f.relationFromFields!.map((n) => columnOf(model.fields.find((x) => x.name === n)!));
          const to = f.relationToFields!.map((n) => columnOf(target.fields.find((x) => x.name === n)!));
          const rule = (f.relationOnDelete ?? (f.isRequired ? "Restrict" : "SetNull"))
            .replace(/([a-z])([A-Z])/g, "$1 $2")
            .toUpperCase();
          return `${tableOf(model)} (${from.join(", ")}) -> ${tableOf(target)} (${to.join(", ")}) ON DELETE ${rule}`;
        }),
    )
    .sort();
}
