import type { TimelineEntry } from "@/lib/triage/timeline";
import { formatDateTime } from "./format";

/** Everything that happened to the referral, oldest first, as an ordered list. */
export function Timeline({ entries }: { entries: TimelineEntry[] }) {
  return (
    <ol className="nhsuk-list admin-timeline">
      {entries.map((entry, index) => (
        <li key={index} className="nhsuk-u-margin-bottom-3">
          <strong>{entry.what}</strong>
          <br />
          <span className="nhsuk-body-s">
            {entry.who}, <time dateTime={entry.at.toISOString()}>{formatDateTime(entry.at)}</time>
          </span>
          {entry.text && <p className="admin-note-text nhsuk-u-margin-bottom-0">{entry.text}</p>}
        </li>
      ))}
    </ol>
  );
}
