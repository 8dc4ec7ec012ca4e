import { filterToQuery, type InboxFilter } from "@/lib/triage/filters";
import { QUEUE_STATUSES, STATUS_LABELS, type Status } from "@/lib/triage/labels";

/** How many match in each of this queue's statuses; each links to the same search narrowed to that status. */
export function StatusCounts({ counts, filter }: { counts: Record<Status, number>; filter: InboxFilter }) {
  return (
    <nav aria-label="Count by status">
      <ul className="admin-counts">
        {QUEUE_STATUSES[filter.queue].map((status) => (
          <li key={status}>
            <a
              href={`/admin?${filterToQuery({ ...filter, status })}`}
              aria-current={filter.status === status ? "page" : undefined}
            >
              {STATUS_LABELS[status]}: {counts[status]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
