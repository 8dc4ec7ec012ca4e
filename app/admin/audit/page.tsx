import type { Metadata } from "next";
import { AuditTable } from "@/components/admin/audit-table";
import { Select } from "@/components/forms/select";
import { TextInput } from "@/components/forms/text-input";
import { Pagination } from "@/components/admin/pagination";
import { requireStaff } from "@/lib/auth";
import { AUDIT_ACTIONS, AUDIT_ACTION_LABELS, auditFilterSchema, triage } from "@/lib/triage";
import { staffAccounts } from "@/lib/staff";

export const metadata: Metadata = { title: "Audit log" };

export default async function AuditPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const context = await requireStaff("audit:view");
  const filter = auditFilterSchema.parse(await searchParams);
  const [{ rows, before }, staff] = await Promise.all([triage.audit(context, filter), staffAccounts.list()]);
  const query = new URLSearchParams(
    Object.entries(filter).filter(([k, v]) => k !== "before" && v) as [string, string][],
  );
  return (
    <>
      <h1>Audit log</h1>
      <p>Every sign-in, view, change and export, newest first. Entries cannot be changed or deleted.</p>
      <form method="get" action="/admin/audit" className="admin-filters" aria-label="Filter the audit log">
        <div className="admin-filters__grid">
          <Select
            field={{
              kind: "select",
              name: "action",
              label: "Action",
              options: [
                { value: "", label: "All actions" },
                ...AUDIT_ACTIONS.map((a) => ({ value: a, label: AUDIT_ACTION_LABELS[a] })),
              ],
            }}
            value={filter.action ?? ""}
          />
          <Select
            field={{
              kind: "select",
              name: "actor",
              label: "Person",
              options: [{ value: "", label: "Anyone" }, ...staff.map((s) => ({ value: s.id, label: s.name }))],
            }}
            value={filter.actor ?? ""}
          />
          <TextInput
            field={{
              kind: "text",
              name: "reference",
              label: "Reference",
              hint: "For example, 4NA2-E6NV",
              spellCheck: false,
            }}
            value={filter.reference}
          />
          {filter.target && <input type="hidden" name="target" value={filter.target} />}
          <TextInput field={{ kind: "calendar", name: "from", label: "From" }} value={filter.from} />
          <TextInput field={{ kind: "calendar", name: "to", label: "To" }} value={filter.to} />
        </div>
        <button className="nhsuk-button nhsuk-u-margin-bottom-0" type="submit">
          Filter
        </button>{" "}
        <a href="/admin/audit" className="nhsuk-u-margin-left-3">
          Clear filters
        </a>
      </form>
      <AuditTable rows={rows} />
      <Pagination
        nextHref={before ? `/admin/audit?${query}&before=${before}` : null}
        firstHref={filter.before ? `/admin/audit?${query}` : null}
      />
    </>
  );
}
