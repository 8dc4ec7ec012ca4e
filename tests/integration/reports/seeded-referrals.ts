import type { Database } from "../../../lib/db/client";
import type { Journey } from "../../../lib/triage/labels";
import type { ReferralStatus } from "../../../lib/db/generated/enums";
import { insertReferral } from "../../helpers/referral-factory";

/**
 * Twelve referrals received Monday 2 to Sunday 15 November 2026 (GMT, no bank holidays), with
 * staff actions chosen so every figure can be worked out by hand. Office hours are Monday to
 * Friday. "wd" = working days after the day received, up to and including the day of the action.
 *
 *      received         journey            programme  urgent role           first action      outcome
 *  R1  Mon 2  10:00     young person       ipt-a      yes                   status Mon 2  0wd accepted  Wed 4  2wd
 *  R2  Mon 2  10:00     parent             fb-ipt                           note   Tue 3  1wd accepted  Fri 6  4wd
 *  R3  Tue 3  10:00     professional       ipt-a      yes    GP             status Thu 5  2wd declined  Tue 10 5wd
 *  R4  Wed 4  10:00     adult              adult-ipt                        change Fri 6  2wd accepted  Fri 13 7wd
 *  R5  Thu 5  10:00     professional       ipt-ast           School nurse   status Tue 10 3wd (in review)
 *  R6  Fri 6  10:00     parent             fb-ipt                           note   Thu 12 4wd withdrawn Wed 18 8wd
 *  R7  Sun 8  23:30     adult              (none yet)                       (none)            (new)
 *  R8  Mon 9  00:00     young person       none       yes                   status Thu 12 3wd signposted Mon 23 10wd
 *  R9  Tue 10 10:00     professional       adult-ipt         Social worker  status Tue 17 5wd (in review)
 *  R10 Wed 11 10:00     professional       ipt-a             GP registrar   note   Thu 19 6wd (in review)
 *  R11 Thu 12 10:00     parent             fb-ipt     yes                   status Wed 25 9wd (in review)
 *  R12 Sun 15 23:59     young person       ipt-a                            (none)            (new)
 *
 * Not counted: an adult's referral at 23:59 on Sunday 1 November and one at 00:00 on Monday 16
 * November (outside the period), a general question and a training enquiry (not referrals).
 */
export const PERIOD = { from: "2026-11-02", to: "2026-11-15" };
/** When the report is made: Wednesday 25 November 2026, 12:00 GMT. */
export const NOW = new Date("2026-11-25T12:00:00Z");

type Action =
  | { kind: "status"; at: string; from: ReferralStatus | null; to: ReferralStatus }
  | { kind: "note" | "change"; at: string };

interface Seed {
  receivedAt: string;
  journey: Journey;
  programme: string | null;
  urgent?: boolean;
  role?: string;
  status: ReferralStatus;
  actions: Action[];
}

const at = (isoDate: string, time = "14:00") => `${isoDate}T${time}:00Z`;

export const SEEDS: Seed[] = [
  {
    receivedAt: at("2026-11-02", "10:00"),
    journey: "YOUNG_PERSON_SELF",
    programme: "ipt-a",
    urgent: true,
    status: "ACCEPTED",
    actions: [
      { kind: "status", at: at("2026-11-02"), from: "NEW", to: "IN_REVIEW" },
      { kind: "status", at: at("2026-11-04"), from: "IN_REVIEW", to: "ACCEPTED" },
    ],
  },
  {
    receivedAt: at("2026-11-02", "10:00"),
    journey: "PARENT_CARER",
    programme: "fb-ipt",
    status: "ACCEPTED",
    actions: [
      { kind: "note", at: at("2026-11-03") },
      { kind: "status", at: at("2026-11-06"), from: "NEW", to: "ACCEPTED" },
    ],
  },
  {
    receivedAt: at("2026-11-03", "10:00"),
    journey: "PROFESSIONAL",
    programme: "ipt-a",
    urgent: true,
    role: "GP",
    status: "DECLINED",
    actions: [
      { kind: "status", at: at("2026-11-05"), from: "NEW", to: "IN_REVIEW" },
      { kind: "status", at: at("2026-11-10"), from: "IN_REVIEW", to: "DECLINED" },
    ],
  },
  {
    receivedAt: at("2026-11-04", "10:00"),
    journey: "ADULT_SELF",
    programme: "adult-ipt",
    status: "ACCEPTED",
    actions: [
      { kind: "change", at: at("2026-11-06") },
      { kind: "status", at: at("2026-11-09"), from: "NEW", to: "IN_REVIEW" },
      { kind: "status", at: at("2026-11-13"), from: "IN_REVIEW", to: "ACCEPTED" },
    ],
  },
  {
    receivedAt: at("2026-11-05", "10:00"),
    journey: "PROFESSIONAL",
    programme: "ipt-ast",
    role: "School nurse",
    status: "IN_REVIEW",
    actions: [{ kind: "status", at: at("2026-11-10"), from: "NEW", to: "IN_REVIEW" }],
  },
  {
    receivedAt: at("2026-11-06", "10:00"),
    journey: "PARENT_CARER",
    programme: "fb-ipt",
    status: "WITHDRAWN",
    actions: [
      { kind: "note", at: at("2026-11-12") },
      { kind: "status", at: at("2026-11-18"), from: "NEW", to: "WITHDRAWN" },
    ],
  },
  { receivedAt: at("2026-11-08", "23:30"), journey: "ADULT_SELF", programme: null, status: "NEW", actions: [] },
  {
    receivedAt: at("2026-11-09", "00:00"),
    journey: "YOUNG_PERSON_SELF",
    programme: "none",
    urgent: true,
    status: "SIGNPOSTED",
    actions: [
      { kind: "status", at: at("2026-11-12"), from: "NEW", to: "IN_REVIEW" },
      { kind: "status", at: at("2026-11-23"), from: "IN_REVIEW", to: "SIGNPOSTED" },
    ],
  },
  {
    receivedAt: at("2026-11-10", "10:00"),
    journey: "PROFESSIONAL",
    programme: "adult-ipt",
    role: "Social worker",
    status: "IN_REVIEW",
    actions: [{ kind: "status", at: at("2026-11-17"), from: "NEW", to: "IN_REVIEW" }],
  },
  {
    receivedAt: at("2026-11-11", "10:00"),
    journey: "PROFESSIONAL",
    programme: "ipt-a",
    role: "GP registrar",
    status: "IN_REVIEW",
    actions: [{ kind: "note", at: at("2026-11-19") }],
  },
  {
    receivedAt: at("2026-11-12", "10:00"),
    journey: "PARENT_CARER",
    programme: "fb-ipt",
    urgent: true,
    status: "IN_REVIEW",
    actions: [{ kind: "status", at: at("2026-11-25", "09:00"), from: "NEW", to: "IN_REVIEW" }],
  },
  {
    receivedAt: at("2026-11-15", "23:59"),
    journey: "YOUNG_PERSON_SELF",
    programme: "ipt-a",
    status: "NEW",
    actions: [],
  },
];

const NOT_COUNTED: Seed[] = [
  { receivedAt: at("2026-11-01", "23:59"), journey: "ADULT_SELF", programme: "adult-ipt", status: "NEW", actions: [] },
  { receivedAt: at("2026-11-16", "00:00"), journey: "ADULT_SELF", programme: "adult-ipt", status: "NEW", actions: [] },
  { receivedAt: at("2026-11-04", "10:00"), journey: "GENERAL_QUESTION", programme: null, status: "NEW", actions: [] },
  { receivedAt: at("2026-11-12", "10:00"), journey: "TRAINING_ENQUIRY", programme: null, status: "NEW", actions: [] },
];

/** Inserts the twelve, the four that must not count, and their staff actions by `authorId`. */
export async function seedReportReferrals(db: Database, authorId: string): Promise<void> {
  for (const seed of [...SEEDS, ...NOT_COUNTED]) {
    const referral = await insertReferral(db, {
      journey: seed.journey,
      programme: seed.programme,
      suggestedProgramme: seed.programme,
      urgent: seed.urgent ?? false,
      status: seed.status,
      createdAt: new Date(seed.receivedAt),
      answers: seed.role ? { referrer: { yourName: "Dr Jo Example", role: seed.role } } : { whatIsHappening: "Low" },
    });
    for (const action of seed.actions) {
      const common = { referralId: referral.id, authorId, createdAt: new Date(action.at) };
      if (action.kind === "status")
        await db.statusChange.create({ data: { ...common, from: action.from, to: action.to } });
      if (action.kind === "note") await db.note.create({ data: { ...common, body: "Phoned, left a message" } });
      if (action.kind === "change")
        await db.referralChange.create({
          data: { ...common, field: "PROGRAMME", fromValue: "ipt-a", toValue: "adult-ipt", reason: "Aged 19" },
        });
    }
  }
}
