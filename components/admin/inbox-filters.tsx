import { riskFlagLabels, riskFlagNames } from "@/lib/referrals/risk-flags";
import type { InboxFilter } from "@/lib/triage/filters";
import { JOURNEY_LABELS, QUEUE_JOURNEYS, QUEUE_STATUSES, STATUS_LABELS } from "@/lib/triage/labels";
import { Select } from "@/components/forms/select";
import { TextInput } from "@/components/forms/text-input";
import { workingTime } from "./working-time";

export interface InboxFiltersProps {
  filter: InboxFilter;
  errors: Partial<Record<"from" | "to", string>>;
  programmes: { id: string; name: string }[];
  staff: { id: string; name: string }[];
  /** The escalation rules, for the overdue choices' words. */
  standards: { responseWorkingDays: number; urgentAfterWorkingMinutes: number };
}

/**
 * Search and filters as a plain form that works without JavaScript. It posts (to /admin/search),
 * so the words typed never appear in a URL; the inbox address it leads to carries the filters and
 * a saved search's id, and can still be bookmarked by the person who searched.
 */
export function InboxFilters({ filter, errors, programmes, staff, standards }: InboxFiltersProps) {
  return (
    <form method="post" action="/admin/search" className="admin-filters" role="search" aria-label="Referrals">
      {/* The queue the person is looking at: filtering keeps them in it. */}
      <input type="hidden" name="queue" value={filter.queue} />
      <TextInput
        field={{
          kind: "search",
          name: "q",
          label: "Search referrals",
          hint: "Reference, name, NHS number or email address",
          width: 30,
          spellCheck: false,
        }}
        value={filter.q}
      />
      <details
        className="nhsuk-details"
        open={Boolean(
          filter.journey ||
          filter.programme ||
          filter.urgent ||
          filter.flag ||
          filter.overdue ||
          filter.assignee ||
          filter.from ||
          filter.to ||
          filter.status !== "open",
        )}
      >
        <summary className="nhsuk-details__summary">
          <span className="nhsuk-details__summary-text">Filters</span>
        </summary>
        <div className="nhsuk-details__text admin-filters__grid">
          <Select
            field={{
              kind: "select",
              name: "status",
              label: "Status",
              options: [
                {
                  value: "open",
                  label: filter.queue === "enquiries" ? "Waiting (new)" : "Waiting (new and in review)",
                },
                { value: "all", label: "All statuses" },
                ...QUEUE_STATUSES[filter.queue].map((s) => ({ value: s, label: STATUS_LABELS[s] })),
              ],
            }}
            value={filter.status}
          />
          <Select
            field={{
              kind: "select",
              name: "journey",
              label: "Type",
              options: [
                { value: "", label: "All types" },
                ...QUEUE_JOURNEYS[filter.queue].map((j) => ({ value: j, label: JOURNEY_LABELS[j] })),
              ],
            }}
            value={filter.journey ?? ""}
          />
          <Select
            field={{
              kind: "select",
              name: "programme",
              label: "Programme",
              options: [
                { value: "", label: "All programmes" },
                ...programmes.map((p) => ({ value: p.id, label: p.name })),
              ],
            }}
            value={filter.programme ?? ""}
          />
          <Select
            field={{
              kind: "select",
              name: "urgent",
              label: "Urgency",
              options: [
                { value: "", label: "Urgent and not urgent" },
                { value: "yes", label: "Urgent only" },
              ],
            }}
            value={filter.urgent ?? ""}
          />
          <Select
            field={{
              kind: "select",
              name: "flag",
              label: "Risk and safeguarding",
              options: [
                { value: "", label: "With or without flags" },
                { value: "any", label: "Any flag" },
                ...riskFlagNames.map((name) => ({ value: name, label: riskFlagLabels[name] })),
              ],
            }}
            value={filter.flag ?? ""}
          />
          <Select
            field={{
              kind: "select",
              name: "overdue",
              label: "Overdue",
              options: overdueOptions(standards),
            }}
            value={filter.overdue ?? ""}
          />
          <Select
            field={{
              kind: "select",
              name: "assignee",
              label: "Assigned to",
              options: [
                { value: "", label: "Anyone or no one" },
                { value: "me", label: "Me" },
                { value: "none", label: "No one" },
                ...staff.map((s) => ({ value: s.id, label: s.name })),
              ],
            }}
            value={filter.assignee ?? ""}
          />
          <TextInput
            field={{ kind: "calendar", name: "from", label: "Received from" }}
            error={errors.from}
            value={filter.from}
          />
          <TextInput
            field={{ kind: "calendar", name: "to", label: "Received to" }}
            error={errors.to}
            value={filter.to}
          />
        </div>
      </details>
      <button className="nhsuk-button nhsuk-u-margin-bottom-0" type="submit">
        Search
      </button>{" "}
      <a href="/admin" className="nhsuk-u-margin-left-3">
        Clear search and filters
      </a>
    </form>
  );
}

/** The overdue view's choices, worded as the escalation banner words its lines. */
function overdueOptions(standards: InboxFiltersProps["standards"]) {
  const within = workingTime(standards.urgentAfterWorkingMinutes);
  return [
    { value: "", label: "Overdue or not" },
    { value: "any", label: "Overdue: past the standard, or urgent and not opened in time" },
    { value: "past-standard", label: `Past the ${standards.responseWorkingDays}-working-day response standard` },
    { value: "urgent-unopened", label: `Urgent, not opened within ${within}` },
  ];
}
