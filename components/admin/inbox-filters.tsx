import { riskFlagLabels, riskFlagNames } from "@/lib/referrals/risk-flags";
import type { InboxFilter } from "@/lib/triage/filters";
import { JOURNEYS, JOURNEY_LABELS, STATUSES, STATUS_LABELS } from "@/lib/triage/labels";
import { SelectField, TextField } from "./fields";

export interface InboxFiltersProps {
  filter: InboxFilter;
  errors: Partial<Record<"from" | "to", string>>;
  programmes: { id: string; name: string }[];
  staff: { id: string; name: string }[];
}

/** Search and filters as a plain GET form: works without JavaScript and gives a shareable URL. */
export function InboxFilters({ filter, errors, programmes, staff }: InboxFiltersProps) {
  return (
    <form method="get" action="/admin" className="admin-filters" role="search" aria-label="Referrals">
      <TextField name="q" type="search" label="Search referrals" hint="Reference, name, NHS number or email address" defaultValue={filter.q} width="30" />
      <details className="nhsuk-details" open={Boolean(filter.journey || filter.programme || filter.urgent || filter.flag || filter.assignee || filter.from || filter.to || filter.status !== "open")}>
        <summary className="nhsuk-details__summary">
          <span className="nhsuk-details__summary-text">Filters</span>
        </summary>
        <div className="nhsuk-details__text admin-filters__grid">
          <SelectField
            name="status"
            label="Status"
            defaultValue={filter.status}
            options={[{ value: "open", label: "Waiting (new and in review)" }, { value: "all", label: "All statuses" }, ...STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }))]}
          />
          <SelectField name="journey" label="Type" defaultValue={filter.journey ?? ""} options={[{ value: "", label: "All types" }, ...JOURNEYS.map((j) => ({ value: j, label: JOURNEY_LABELS[j] }))]} />
          <SelectField name="programme" label="Programme" defaultValue={filter.programme ?? ""} options={[{ value: "", label: "All programmes" }, ...programmes.map((p) => ({ value: p.id, label: p.name }))]} />
          <SelectField name="urgent" label="Urgency" defaultValue={filter.urgent ?? ""} options={[{ value: "", label: "Urgent and not urgent" }, { value: "yes", label: "Urgent only" }]} />
          <SelectField
            name="flag"
            label="Risk and safeguarding"
            defaultValue={filter.flag ?? ""}
            options={[
              { value: "", label: "With or without flags" },
              { value: "any", label: "Any flag" },
              ...riskFlagNames.map((name) => ({ value: name, label: riskFlagLabels[name] })),
            ]}
          />
          <SelectField
            name="assignee"
            label="Assigned to"
            defaultValue={filter.assignee ?? ""}
            options={[{ value: "", label: "Anyone or no one" }, { value: "me", label: "Me" }, { value: "none", label: "No one" }, ...staff.map((s) => ({ value: s.id, label: s.name }))]}
          />
          <TextField name="from" type="date" label="Received from" error={errors.from} defaultValue={filter.from} />
          <TextField name="to" type="date" label="Received to" error={errors.to} defaultValue={filter.to} />
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
