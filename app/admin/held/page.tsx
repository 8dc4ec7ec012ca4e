import type { Metadata } from "next";
import { HeldSubmissionsTable } from "@/components/admin/held-submissions-table";
import { requireStaff } from "@/lib/auth";
import { triage } from "@/lib/triage";
import { discardHeldAction, releaseHeldAction } from "./actions";

export const metadata: Metadata = { title: "Held submissions" };

// A reference is letters, digits and a dash ("KX7P-3M9Q"); anything else in the query is not shown.
const REFERENCE = /^[A-Z0-9-]{4,20}$/;

export default async function HeldSubmissionsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireStaff("referral:update");
  const [rows, query] = await Promise.all([triage.heldSubmissions(), searchParams]);
  const released = typeof query.released === "string" && REFERENCE.test(query.released) ? query.released : null;
  return (
    <>
      {released && (
        <div className="nhsuk-inset-text" role="status">
          <p>Released to the inbox as referral {released}. The team has been notified as for any new referral.</p>
        </div>
      )}
      {query.discarded && (
        <div className="nhsuk-inset-text" role="status">
          <p>Discarded as spam. Its answers have been deleted.</p>
        </div>
      )}
      <h1>Held submissions</h1>
      <p>
        Forms refused by a limit (for example, too many from one address in an hour) are held here instead of being
        lost. Release a genuine one to the inbox, where it is triaged like any other referral; discard spam. Urgent ones
        are listed first.
      </p>
      {rows.length ? (
        <HeldSubmissionsTable rows={rows} release={releaseHeldAction} discard={discardHeldAction} />
      ) : (
        <p>There are no held submissions waiting.</p>
      )}
    </>
  );
}
