import type { Hazard } from "../hazard-schema";
import { risk } from "./shared";

// H14: Referral record destroyed too early.
export const h14: Hazard = {
  id: "H14",
  title: "Referral record destroyed too early",
  causes:
    "Nightly anonymisation of closed referrals after RETENTION_DAYS (730 by default), which may be shorter than the Records Management Code requires.",
  effect: "Record unavailable for a complaint, incident review or inquest.",
  initial: risk("Low", "Considerable"),
  controls: [
    {
      control:
        "Only finished referrals past the retention period are anonymised, and each run is audited; open referrals are never anonymised, only counted and warned about.",
      test: {
        file: "tests/integration/scheduled-retention.test.ts",
        title:
          "anonymises closed referrals past the retention period, leaves recent ones, and logs and audits only the count",
      },
    },
    {
      control: "An open referral is kept however old; the nightly run warns that someone must decide.",
      test: {
        file: "tests/integration/admin/retention-schedule.test.ts",
        title: "keeps an open referral however old, and warns that someone must decide",
      },
    },
    {
      control:
        "A form held back by a limit is never deleted while it waits; only traces of released or discarded ones go.",
      test: {
        file: "tests/integration/admin/retention-schedule.test.ts",
        title: "deletes the trace of a form released or discarded long ago, never a form still waiting",
      },
    },
  ],
  residual: risk("Low", "Considerable"),
  procedures: [
    "Set RETENTION_DAYS with information governance and the Caldicott Guardian; copy accepted referrals into the clinical record before closing.",
  ],
  openActions: [{ action: "Record the retention decision in the DPIA.", issue: null }],
};
