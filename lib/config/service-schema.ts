import { z } from "zod";
import { nations } from "@/lib/content/crisis-lines";

const text = (max: number) => z.string().trim().min(1).max(max);

export const programmeIds = ["fb-ipt", "ipt-a", "ipt-ast", "adult-ipt"] as const;
export type ProgrammeId = (typeof programmeIds)[number];

const programmeSchema = z
  .object({
    id: z.enum(programmeIds),
    name: text(80),
    summary: text(200),
    /** Ages in whole years; a person is in range when minAge <= age and (maxAge is null or age <= maxAge). */
    minAge: z.int().min(0).max(120),
    maxAge: z.int().min(0).max(120).nullable(),
    /** Number of sessions, or null where the service does not fix one. */
    sessions: z.int().min(1).max(100).nullable(),
    format: z.enum(["individual", "family", "group"]),
    /** Programmes this service does not run are still described, but not offered. */
    offered: z.boolean(),
  })
  .refine((p) => p.maxAge === null || p.maxAge >= p.minAge, { message: "maxAge must be at least minAge", path: ["maxAge"] });

/** The details that make the site this team's own; edited in content/service.json. */
export const serviceSchema = z
  .object({
    $comment: z.string().optional(),
    name: text(80),
    organisation: text(120),
    showNhsLogo: z.boolean(),
    phone: z.string().regex(/^[0-9 +()]{6,20}$/, "expected a phone number"),
    phoneHours: text(120),
    email: z.email(),
    address: text(200),
    catchment: text(200),
    /** The UK nation the service is in: it picks the nation's own urgent mental health line. */
    nation: z.enum(nations),
    /** How many working days until a referral is read and the person hears back. */
    responseWorkingDays: z.int().min(1).max(30),
    programmes: z.array(programmeSchema).min(1),
  })
  .strict();

export type ServiceConfig = z.infer<typeof serviceSchema>;
export type Programme = ServiceConfig["programmes"][number];
