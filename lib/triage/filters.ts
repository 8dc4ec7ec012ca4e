import { z } from "zod";
import { riskFlagNames } from "@/lib/referrals/risk-flags";
import { JOURNEYS, QUEUES, STATUSES } from "./labels";

const blankToUndefined = (value: unknown) =>
  value === "" || value === null ? undefined : Array.isArray(value) ? value[0] : value;
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());
/**
 * The overdue view (reached from the escalation banner): past the response standard, urgent and not
 * opened in time, or either.
 */
export const OVERDUE_VIEWS = ["any", "past-standard", "urgent-unopened"] as const;
export type OverdueView = (typeof OVERDUE_VIEWS)[number];

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "Enter a real date" })
  .refine((v) => !Number.isNaN(Date.parse(v)), { error: "Enter a real date" });

/**
 * The inbox's query string: plain GET parameters, so filters work with JavaScript off and a
 * filtered view can be bookmarked or shared with a colleague. The search words (`q`) are the
 * exception: they are kept on the server and the URL carries only `search`, a saved search's id
 * (lib/triage/saved-search.ts, security review L-2); the page puts the words back into `q`.
 */
export const inboxFilterSchema = z.object({
  /** Referrals (the default) or enquiries: separate queues, so questions never sit among clinical referrals. */
  queue: z.preprocess(blankToUndefined, z.enum(QUEUES).catch("referrals").default("referrals")),
  /** A status, "open" (new and in review, the default) or "all". */
  status: z.preprocess(
    blankToUndefined,
    z
      .enum([...STATUSES, "open", "all"])
      .catch("open")
      .default("open"),
  ),
  journey: optional(z.enum(JOURNEYS)).catch(undefined),
  programme: optional(z.string().max(40)).catch(undefined),
  urgent: optional(z.enum(["yes"])).catch(undefined),
  /** One risk or safeguarding flag, or "any" of them. */
  flag: optional(z.enum([...riskFlagNames, "any"])).catch(undefined),
  /** Only referrals the escalation banner counts (lib/triage/overdue-view.ts). */
  overdue: optional(z.enum(OVERDUE_VIEWS)).catch(undefined),
  /** A staff id, "me" or "none". */
  assignee: optional(z.string().max(64)).catch(undefined),
  from: optional(isoDate),
  to: optional(isoDate),
  q: optional(z.string().trim().max(100)).catch(undefined),
  /** A saved search's id: the words it stands for are read on the server, never from the URL. */
  search: optional(z.string().regex(/^[A-Za-z0-9_-]{22}$/)).catch(undefined),
  after: optional(z.string().max(200)).catch(undefined),
});

export type InboxFilter = z.infer<typeof inboxFilterSchema>;

export interface ParsedFilter {
  filter: InboxFilter;
  /** Messages for fields that could not be used, shown beside the field. */
  errors: Partial<Record<"from" | "to", string>>;
}

/** Reads search params; bad dates are dropped with a message rather than failing the page. */
export function parseInboxFilter(params: Record<string, string | string[] | undefined>): ParsedFilter {
  const errors: ParsedFilter["errors"] = {};
  const cleaned = { ...params };
  for (const key of ["from", "to"] as const) {
    const raw = blankToUndefined(params[key]);
    if (raw !== undefined && !isoDate.safeParse(raw).success) {
      errors[key] = key === "from" ? "Date from must be a real date" : "Date to must be a real date";
      delete cleaned[key];
    }
  }
  const parsed = inboxFilterSchema.safeParse(cleaned);
  return { filter: parsed.success ? parsed.data : inboxFilterSchema.parse({}), errors };
}

/** The filter as query parameters (without the page cursor or the search words), for links and the CSV export. */
export function filterToQuery(filter: InboxFilter, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) {
    // The referrals queue is the default, so its links stay as short as they were.
    if (key === "queue" && value === "referrals") continue;
    // Search words never go into a URL: `search` (the saved search's id) stands for them.
    if (key === "q") continue;
    if (key !== "after" && value !== undefined && value !== "") params.set(key, String(value));
  }
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  return params.toString();
}
