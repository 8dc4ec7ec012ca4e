import type { Metadata } from "next";
import { DownloadForm } from "@/components/admin/download-form";
import { InboxFilters } from "@/components/admin/inbox-filters";
import { InboxTable } from "@/components/admin/inbox-table";
import { Pagination } from "@/components/admin/pagination";
import { QueueTabs } from "@/components/admin/queue-tabs";
import { StatusCounts } from "@/components/admin/status-counts";
import { OverdueViewIntro } from "@/components/admin/overdue-view-intro";
import { DOWNLOAD_REFUSED, requireStaff, roleAllows } from "@/lib/auth";
import { configuredStandards } from "@/lib/escalation/standards";
import { getService } from "@/lib/config";
import { filterToQuery, parseInboxFilter, triage } from "@/lib/triage";
import { staffAccounts } from "@/lib/staff";
import { measureTriage } from "@/lib/triage/measures";

// The layout's title template applies to child segments only, not to a page beside it.
export const metadata: Metadata = { title: { absolute: "Inbox – Staff dashboard" } };

export default async function InboxPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const context = await requireStaff("referral:view");
  const { download, ...params } = await searchParams;
  const parsed = parseInboxFilter(params);
  const errors = parsed.errors;
  const filter = await triage.withSavedSearchWords(context, parsed.filter);
  const [page, staff] = await Promise.all([triage.inbox(context, filter), staffAccounts.assignable()]);
  const severity = await measureTriage.severities(page.rows.map((row) => row.id));
  const service = getService();
  const query = filterToQuery(filter);
  const standards = configuredStandards();
  return (
    <>
      <h1>{filter.overdue ? "Inbox: overdue" : "Inbox"}</h1>
      {filter.overdue && <OverdueViewIntro view={filter.overdue} standards={standards} />}
      <QueueTabs filter={filter} counts={page.queueCounts} />
      <InboxFilters
        filter={filter}
        errors={errors}
        programmes={service.programmes}
        staff={staff}
        standards={standards}
      />
      <StatusCounts counts={page.counts} filter={filter} />
      <InboxTable
        rows={page.rows}
        targetWorkingDays={service.responseWorkingDays}
        programmes={service.programmes}
        queue={filter.queue}
        severity={severity}
      />
      <Pagination
        nextHref={page.next ? `/admin?${filterToQuery(filter, { after: page.next })}` : null}
        firstHref={page.isFirstPage ? null : `/admin?${query}`}
      />
      {roleAllows(context.staff.role, "referral:export") && (
        <DownloadForm
          action="/admin/export"
          fields={Object.fromEntries(new URLSearchParams(query))}
          returnTo={`/admin?${query}`}
          refused={download === DOWNLOAD_REFUSED}
        >
          Download this list as a spreadsheet (CSV)
        </DownloadForm>
      )}
    </>
  );
}
