import { ServerForm } from "@/components/forms/server-form";
import type { FormActionFn } from "@/lib/forms/action";
import type { DuplicateLink } from "@/lib/triage/duplicates";
import { DuplicateTag } from "./duplicate-tag";

export interface DuplicatePanelProps {
  referralId: string;
  duplicates: DuplicateLink[];
  actions: { link: FormActionFn; dismiss: FormActionFn };
}

/**
 * Other referrals that may be the same person, each with why, and (while only possible) a way to
 * link them, keeping both and the urgent flag, or to dismiss the match.
 */
export function DuplicatePanel({ referralId, duplicates, actions }: DuplicatePanelProps) {
  if (!duplicates.length) return null;
  return (
    <section aria-labelledby="duplicates-heading" className="nhsuk-inset-text">
      <h2 id="duplicates-heading" className="nhsuk-heading-s">
        Possible duplicates
      </h2>
      <ul className="nhsuk-list">
        {duplicates.map((d) => (
          <li key={d.matchId}>
            <p>
              <DuplicateTag link={d} /> <a href={`/admin/referrals/${d.id}`}>Open {d.reference}</a> ({d.why})
            </p>
            {d.state === "POSSIBLE" && (
              <div className="admin-duplicate-actions">
                <ServerForm
                  id={`link-${d.matchId}`}
                  action={actions.link}
                  hidden={{ referralId, matchId: d.matchId }}
                  fields={[]}
                  submitLabel={`Link with ${d.reference}`}
                  variant="secondary"
                />
                <ServerForm
                  id={`dismiss-${d.matchId}`}
                  action={actions.dismiss}
                  hidden={{ referralId, matchId: d.matchId }}
                  fields={[]}
                  submitLabel={`Not the same person: dismiss ${d.reference}`}
                  variant="secondary"
                />
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
