import { getService, type Programme, type ProgrammeId } from "@/lib/config";
import { ReferralLink } from "./referral-link";

export interface ProgrammeCallToActionProps {
  programme: Pick<Programme, "offered">;
}

/** The way in at the foot of a programme page: a referral, or a question where we do not run it. */
export function ProgrammeCallToAction({ programme }: ProgrammeCallToActionProps) {
  return programme.offered ? <ReferralLink /> : <ReferralLink href="/enquire">Ask us about this</ReferralLink>;
}

/** The call to action for a programme named in content/service.json. */
export function ProgrammeCallToActionFor({ id }: { id: ProgrammeId }) {
  const programme = getService().programmes.find((p) => p.id === id);
  return programme ? <ProgrammeCallToAction programme={programme} /> : null;
}
