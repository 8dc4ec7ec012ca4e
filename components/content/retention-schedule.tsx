import { getEnv } from "@/lib/config";
import { retentionOptionsFrom } from "@/lib/retention/periods";
import { retentionSchedule } from "@/lib/retention/schedule";

/**
 * The privacy notice's "How long we keep it" table, from the same list the nightly retention job
 * applies (lib/retention/schedule.ts), with this deployment's configured periods.
 */
export function RetentionSchedule() {
  // The same periods the nightly job applies, so the notice cannot drift from it.
  const periods = retentionOptionsFrom(getEnv());
  return (
    <table className="nhsuk-table">
      <caption className="nhsuk-table__caption">What we keep, and for how long</caption>
      <thead className="nhsuk-table__head">
        <tr>
          <th scope="col">What</th>
          <th scope="col">How long we keep it</th>
        </tr>
      </thead>
      <tbody className="nhsuk-table__body">
        {retentionSchedule.map((entry) => (
          <tr key={entry.stores.join()}>
            <td>{entry.holds}</td>
            <td>{entry.keptFor(periods)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
