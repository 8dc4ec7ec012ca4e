import type { ReportPeriod } from "@/lib/reports";
import { TextInput } from "@/components/forms/text-input";

/** The period as a plain GET form: works without JavaScript, and a report's URL can be shared. */
export function ReportPeriodForm({ period }: { period: ReportPeriod }) {
  const value = (key: "from" | "to") => (period.errors[key] ? period.entered[key] : period[key]);
  return (
    <form method="get" action="/admin/reports" className="admin-filters" aria-label="Report period">
      <div className="admin-filters__grid">
        <TextInput
          field={{ kind: "calendar", name: "from", label: "From", hint: "The first day, UK time" }}
          value={value("from")}
          error={period.errors.from}
        />
        <TextInput
          field={{ kind: "calendar", name: "to", label: "To", hint: "The last day, included" }}
          value={value("to")}
          error={period.errors.to}
        />
      </div>
      <button className="nhsuk-button nhsuk-u-margin-bottom-0" type="submit">
        Show report
      </button>
    </form>
  );
}
