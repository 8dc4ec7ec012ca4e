import { z } from "zod";
import { programmeIds } from "@/lib/config/service-schema";

/** Who a page is written for; pages for young people and families must read most easily. */
export const audiences = ["everyone", "families", "young-people", "adults", "professionals"] as const;
export type Audience = (typeof audiences)[number];

const isoDate = z
  .string({ error: "expected a date written as YYYY-MM-DD" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date written as YYYY-MM-DD")
  .refine(
    (value) =>
      !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value),
    "not a real date",
  );

const text = (max: number) =>
  z
    .string({ error: "expected some text" })
    .trim()
    .min(1, "must not be empty")
    .max(max, `must be ${max} characters or fewer`);

const common = {
  title: text(90),
  /** Shown under the title, in search results and in the page's meta description. */
  description: text(200),
  audience: z.array(z.enum(audiences)).min(1, "name at least one audience"),
  lastReviewed: isoDate,
  nextReviewDue: isoDate,
  /** Slug of the page this one sits under in the breadcrumbs; omit for a top-level page. */
  parent: z
    .string()
    .regex(/^[a-z0-9-]+$/, "expected the slug of another page")
    .optional(),
  /** The source documents (shared/seeds) or public guidelines each fact on the page comes from. */
  sources: z.array(text(300)).min(1, "name at least one source"),
  /** The clinician (name or role) who signed the page off, or "awaiting review": readers are then told. */
  clinicalReviewer: text(120),
};

/** The reviewer value that marks a page not yet signed off by a clinician. */
export const awaitingReview = "awaiting review";

const reviewOrder = {
  check: (meta: { lastReviewed: string; nextReviewDue: string }) => meta.nextReviewDue > meta.lastReviewed,
  params: { message: "must be after lastReviewed", path: ["nextReviewDue"] },
};

export const pageSchema = z
  .object({ ...common, kind: z.literal("page").default("page") })
  .strict()
  .refine(reviewOrder.check, reviewOrder.params);

/** A treatment page. Ages and session counts come from content/service.json for this programme. */
export const programmeSchema = z
  .object({ ...common, kind: z.literal("programme"), programme: z.enum(programmeIds) })
  .strict()
  .refine(reviewOrder.check, reviewOrder.params);

const toBeConfirmed = z.literal("to be confirmed");

/** A course for professionals: content/courses/*.mdx. */
export const courseSchema = z
  .object({
    ...common,
    kind: z.literal("course").default("course"),
    /** Start dates of the next runs; an empty list shows "dates to be announced". */
    dates: z.array(isoDate),
    /** False until the team confirms the dates: the page then marks them as examples. */
    datesConfirmed: z.boolean().default(false),
    length: text(60),
    /** Fee in whole pounds. */
    fee: z.union([z.number().int().min(0), toBeConfirmed], { error: 'expected a fee in pounds or "to be confirmed"' }),
    cpdHours: z.union([z.number().positive().max(500), toBeConfirmed], {
      error: 'expected CPD hours as a number or "to be confirmed"',
    }),
    courseAudience: text(300),
    entryRequirements: z.array(text(300)).min(1, "list at least one entry requirement"),
  })
  .strict()
  .refine(reviewOrder.check, reviewOrder.params);

export type PageMeta = z.infer<typeof pageSchema>;
export type ProgrammeMeta = z.infer<typeof programmeSchema>;
export type CourseMeta = z.infer<typeof courseSchema>;
export type ContentMeta = PageMeta | ProgrammeMeta | CourseMeta;

export type Collection = "pages" | "courses";

/** A content file is wrong. The message names the file and the field. */
export class ContentError extends Error {
  override name = "ContentError";
}

/** Checks one file's frontmatter; pages choose their kind with `kind: programme`, courses are always courses. */
export function parseFrontmatter(file: string, collection: Collection, data: unknown): ContentMeta {
  const kind = (data as { kind?: unknown } | null)?.kind;
  const schema = collection === "courses" ? courseSchema : kind === "programme" ? programmeSchema : pageSchema;
  const result = schema.safeParse(data ?? {});
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const field = issue.path.join(".") || "(frontmatter)";
    if (issue.code === "unrecognized_keys") return `unknown field(s) ${issue.keys.map((k) => `"${k}"`).join(", ")}`;
    const missing = issue.code !== "custom" && valueAt(data, issue.path) === undefined;
    return `field "${field}": ${missing ? "is missing" : issue.message}`;
  });
  throw new ContentError(`${file}: frontmatter ${problems.join("; ")}`);
}

function valueAt(data: unknown, path: PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (value, key) => (value && typeof value === "object" ? (value as Record<PropertyKey, unknown>)[key] : undefined),
    data,
  );
}
