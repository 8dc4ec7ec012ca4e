import { filterToQuery, type InboxFilter } from "@/lib/triage/filters";
import { QUEUES, QUEUE_LABELS, type Queue } from "@/lib/triage/labels";

/**
 * Referrals and enquiries as two views with their own counts: plain links (saved filters), so they
 * work without JavaScript and can be bookmarked. A search keeps its words when switching.
 */
export function QueueTabs({ filter, counts }: { filter: InboxFilter; counts: Record<Queue, number> }) {
  return (
    <nav aria-label="Queues" className="admin-queues">
      <ul>
        {QUEUES.map((queue) => (
          <li key={queue}>
            <a
              href={`/admin?${filterToQuery({ ...filter, queue, status: "open", journey: undefined })}`}
              aria-current={filter.queue === queue ? "page" : undefined}
            >
              {QUEUE_LABELS[queue]} <span className="admin-queues__count">({counts[queue]})</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
