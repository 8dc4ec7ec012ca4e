import { z } from "zod";
import { divisions, weekdayNames } from "@/lib/calendar";
import { nations } from "@/lib/content/crisis-lines";
import { languageHelpSchema } from "./language-help-schema";

const text = (max: number) => z.string().trim().min(1).max(max);

/** Words that would tell anyone reading a shared inbox what the email is about. */
export const SENSITIVE_WORDS = /mental|therap|referr|psych|depress|counsel|\bIPT\b/i;
const neutralText = (max: number) =>
  text(max).refine((v) => !SENSITIVE_WORDS.test(v), "must not say what the email is about (no health words)");

export const programmeIds = ["fb-ipt", "ipt-a", "ipt-ast", "adult-ipt"] as const;
export type ProgrammeId = (typeof programmeIds)[number];

const sessionRange = z
  .strictObject({ from: z.int().min(1).max(100), to: z.int().min(1).max(100) })
  .refine((r) => r.to > r.from, { message: "to must be more than from", path: ["to"] });

const programmeSchema = z
  .object({
    id: z.enum(programmeIds),
    name: text(80),
    summary: text(200),
    /**
     * Ages are half-open, as clinicians state them: from the `fromBirthday`th birthday until (not
     * including) the `untilBirthday`th, so { 12, 18 } takes a 17-year-old but never an 18-year-old.
     * null means no upper limit.
     */
    fromBirthday: z.int().min(0).max(120),
    untilBirthday: z.int().min(1).max(121).nullable(),
    /**
     * True while the age band is the example's, not from a source or the team's own decision (the
     * seeds give no ages for IPT-A or IPT-AST): pages then show the ages as "to be confirmed".
     */
    agesToBeConfirmed: z.boolean().default(false),
    /**
     * Number of sessions; a range where the sources differ and the team has not fixed one (adult IPT:
     * around 8, 12 to 16 weeks, 16 to 20); null where the service does not fix one.
     */
    sessions: z.union([z.int().min(1).max(100), sessionRange]).nullable(),
    format: z.enum(["individual", "family", "group"]),
    /** Programmes this service does not run are still described, but not offered. */
    offered: z.boolean(),
  })
  .refine((p) => p.untilBirthday === null || p.untilBirthday > p.fromBirthday, {
    message: "untilBirthday must be after fromBirthday",
    path: ["untilBirthday"],
  });

const clockTime = z.string().regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, 'expected a 24-hour time such as "09:00"');

/** When the team reads forms (UK local time); used for "We next read forms on…" and working-day counts. */
const officeHoursSchema = z
  .object({
    days: z.array(z.enum(weekdayNames)).min(1),
    opens: clockTime,
    closes: clockTime,
    /** Which UK bank holidays the team keeps (GOV.UK's divisions; Wales shares England's). */
    bankHolidays: z.enum(divisions),
  })
  .strict()
  .refine((h) => h.opens < h.closes, { message: "closes must be after opens", path: ["closes"] });

/**
 * The words a person (and the professional who referred them) may be shown for each outcome; staff
 * pick one when they set the outcome. "{programme}" becomes the name of the programme staff placed
 * the person in. Short, plain and free of anything about the person: the team edits the list.
 */
const outcomeWordsSchema = z
  .strictObject({
    $comment: z.string().optional(),
    ACCEPTED: z.array(text(120)).min(1).max(10),
    SIGNPOSTED: z.array(text(120)).min(1).max(10),
    DECLINED: z.array(text(120)).min(1).max(10),
  })
  .default({
    ACCEPTED: ["Accepted into {programme}"],
    SIGNPOSTED: ["Signposted to your GP practice"],
    DECLINED: ["We are not the right service for this need"],
  });

/** The details that make the site this team's own; edited in content/service.json. */
export const serviceSchema = z
  .object({
    $comment: z.string().optional(),
    name: text(80),
    organisation: text(120),
    showNhsLogo: z.boolean(),
    /** Where "Exit this page" sends someone: a neutral site that gives nothing away (GOV.UK uses BBC Weather). */
    exitPageUrl: z.url({ protocol: /^https$/ }).default("https://www.bbc.co.uk/weather"),
    phone: z.string().regex(/^[0-9 +()]{6,20}$/, "expected a phone number"),
    phoneHours: text(120),
    email: z.email(),
    address: text(200),
    catchment: text(200),
    /** The UK nation the service is in: it picks the nation's own urgent mental health line. */
    nation: z.enum(nations),
    /** How many working days until a referral is read and the person hears back. */
    responseWorkingDays: z.int().min(1).max(30),
    /**
     * What the team promises an urgent referral, completing "If your form is urgent, …", for example
     * "a clinician phones you the same working day". A clinical decision for each team.
     */
    urgentStandard: text(200),
    officeHours: officeHoursSchema,
    programmes: z.array(programmeSchema).min(1),
    /**
     * The person's own email (their reference) may land in an inbox others read: its sender name and
     * subject must not say what it is about (H05).
     */
    neutralEmail: z
      .object({ senderName: neutralText(60), subject: neutralText(60) })
      .strict()
      .default({ senderName: "Appointments team", subject: "Your reference" }),
    languageHelp: languageHelpSchema,
    outcomeWords: outcomeWordsSchema,
  })
  .strict()
  // Bank holidays follow the nation (Wales keeps England's); a mismatch would misdate urgent promises.
  .refine((s) => s.officeHours.bankHolidays === bankHolidayDivisionOf[s.nation], {
    message: "bankHolidays must be the service's own nation's (england-and-wales for England and Wales)",
    path: ["officeHours", "bankHolidays"],
  });

const bankHolidayDivisionOf = {
  england: "england-and-wales",
  wales: "england-and-wales",
  scotland: "scotland",
  "northern-ireland": "northern-ireland",
} as const;

export type ServiceConfig = z.infer<typeof serviceSchema>;
export type Programme = ServiceConfig["programmes"][number];
