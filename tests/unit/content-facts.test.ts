import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { getEnv, getService } from "@/lib/config";
import { getAllContent, getCourse } from "@/lib/content";
import { renderContentHtml } from "../helpers/render-content";
import { RETURN_LINK_DAYS } from "@/lib/referrals/return-link";

// The facts the clinical review of 4 December 2026 found wrong, each with what the page must now
// say (or must no longer say) and the source that decides it. S000–S004 are shared/seeds/.
const facts: { id: string; file: string; says?: RegExp; neverSays?: RegExp; source: string }[] = [
  {
    id: "T2",
    file: "content/courses/ipt-practitioner-course.mdx",
    says: /cpdHours: to be confirmed/,
    source: "S000 gives no CPD hours",
  },
  {
    id: "T3a",
    file: "content/courses/ipt-practitioner-course.mdx",
    says: /course of study in a model of psychological therapy/,
    source: "S000:42",
  },
  {
    id: "T3b",
    file: "content/courses/ipt-practitioner-course.mdx",
    says: /employment giving psychological therapy to adults/,
    source: "S000:44",
  },
  {
    id: "T3c",
    file: "content/courses/ipt-practitioner-course.mdx",
    says: /not for Psychological Wellbeing Practitioners/,
    source: "S000:36",
  },
  {
    id: "T3d",
    file: "content/courses/ipt-practitioner-course.mdx",
    says: /confirm it before the course starts/,
    source: "S000:37",
  },
  {
    id: "T5",
    file: "content/courses/ipt-practitioner-course.mdx",
    says: /completed two years of full-time training/,
    source: "S000:35",
  },
  {
    id: "T6",
    file: "content/courses/ipt-a-practitioner-course.mdx",
    says: /length: 6 days, including a refresher day/,
    neverSays: /plus a/,
    source: "S000:71 six-day course, including one refresher day",
  },
  {
    id: "T8",
    file: "content/courses/ipt-a-practitioner-course.mdx",
    says: /cpdHours: to be confirmed/,
    source: "S000 gives no CPD hours",
  },
  {
    id: "T10",
    file: "content/courses/mentalization-in-ipt.mdx",
    says: /length: to be confirmed[\s\S]*cpdHours: to be confirmed/,
    source: "S000:70 gives the fee only",
  },
  {
    id: "T17",
    file: "content/training.mdx",
    says: /NHS Talking Therapies, supervision for four cases/,
    source: "S000:47 (in IAPT)",
  },
  {
    id: "F8",
    file: "content/ipt-skills-group.mdx",
    says: /Trained therapists run the group/,
    source: "lib/content/programmes.ts says 'with therapists'",
  },
  {
    id: "F10",
    file: "content/ipt-for-adults.mdx",
    neverSays: /50 minutes/,
    source: "S004 gives 50 minutes for an 8-session service only",
  },
  {
    id: "F11",
    file: "content/what-happens-in-sessions.mdx",
    neverSays: /50 minutes/,
    source: "only S004 (adults) gives a length",
  },
  {
    id: "F14",
    file: "content/is-ipt-right-for-me.mdx",
    neverSays: /all the time for many years/,
    source: "S001:74 (IPT adapted for dysthymia) vs S004:25",
  },
  {
    id: "F15",
    file: "content/evidence.mdx",
    says: /NICE lists IPT among the talking therapies/,
    neverSays: /alongside cognitive behavioural therapy/,
    source: "NICE NG222, NG134",
  },
  { id: "F16", file: "content/faq.mdx", neverSays: /Yes\. NICE says the NHS should offer it/, source: "NICE NG222" },
  {
    id: "F17",
    file: "content/what-is-ipt.mdx",
    neverSays: /because NICE says it works/,
    source: "NICE guidance is advice",
  },
  {
    id: "F18",
    file: "content/what-is-ipt.mdx",
    says: /Two researchers, Gerald Klerman and Myrna Weissman/,
    source: "S001:51",
  },
  { id: "P2", file: "content/for-professionals.mdx", neverSays: /about 10 minutes/, source: "not measured" },
  {
    id: "F3",
    file: "content/family-based-ipt.mdx",
    says: /- talking about feelings\n- meeting in the middle when you disagree\n/,
    neverSays: /listening to each other/,
    source: "S000:25 names talking about feelings and meeting in the middle",
  },
  {
    id: "F14b",
    file: "content/ipt-for-adults.mdx",
    says: /changed to suit low mood that lasts a long time/,
    neverSays: /rather than being there all the time/,
    source: "S004:25 (episodes) and S001:74 (dysthymia)",
  },
  {
    id: "F11b",
    file: "content/what-happens-in-sessions.mdx",
    neverSays: /How long each session lasts, and how many sessions you have, depends on the kind of IPT/,
    source: "the programme list gives no session length",
  },
  {
    id: "T5b",
    file: "content/courses/ipt-a-practitioner-course.mdx",
    says: /completed two years of full-time training/,
    neverSays: /Trainees in their final year of full-time therapy training/,
    source: "S000:80",
  },
  {
    id: "T15b",
    file: "content/for-professionals.mdx",
    neverSays: /We run training/,
    source: "S003 is another organisation's event",
  },
  {
    id: "P1",
    file: "content/for-professionals.mdx",
    neverSays: /the plan in place|past therapy|other services involved|who has parental responsibility, and whether/,
    source: "lib/referrals/journeys/registry.ts professionalSteps",
  },
  {
    id: "P3",
    file: "content/faq.mdx",
    says: /We may share information with your GP/,
    neverSays: /We usually tell your GP/,
    source: "no journey asks about telling the GP; privacy notice says 'may share'",
  },
  {
    id: "P7b",
    file: "content/accessibility.mdx",
    says: /### Non-accessible content/,
    neverSays: /We do not know of any parts of this website that are not accessible/,
    source: "GOV.UK model statement: a partially compliant site lists what is not known to be accessible",
  },
  { id: "P5", file: "content/privacy.mdx", says: /ipt_draft[\s\S]*ipt_done/, source: "app/_journey/request.ts" },
  {
    id: "P9",
    file: "content/privacy.mdx",
    says: new RegExp(`"Save and come back later", we keep your answers for ${RETURN_LINK_DAYS} days`),
    source: "lib/referrals/return-link.ts RETURN_LINK_DAYS",
  },
  {
    id: "P7",
    file: "content/accessibility.mdx",
    says: /partially compliant/,
    neverSays: /fully compliant/,
    source: "no specialist audit recorded",
  },
];

const source = (file: string) => getAllContent().find((entry) => entry.file === file);

describe("content facts", () => {
  it.each(facts)("shows no fact the sources do not give: $id in $file ($source)", ({ file, says, neverSays }) => {
    const text = readFileSync(file, "utf8");
    if (says) expect(text).toMatch(says);
    if (neverSays) expect(text).not.toMatch(neverSays);
  });

  // Review P8 (hazard H02): wherever the routine promise is made, the urgent standard is made too.
  it("tells every reader of the routine response time what an urgent referral gets", async () => {
    const { urgentStandard } = getService();
    for (const file of ["content/home.mdx", "content/faq.mdx", "content/for-professionals.mdx"]) {
      const html = await renderContentHtml(source(file)!);
      expect(html, file).toContain(`If a referral is urgent, we read it first: ${urgentStandard}.`);
    }
    expect(readFileSync("app/(site)/refer/page.tsx", "utf8")).toMatch(
      /If a referral is urgent, we read it\s+first: \{urgentStandard\}/,
    );
  });

  // Review P2: the professional journey is 9 pages and about 25 fields; nobody has timed it.
  it("promises no time to fill in a referral that nobody has measured", () => {
    expect(readFileSync("app/(site)/refer/page.tsx", "utf8")).not.toMatch(/about \d+ minutes/);
    expect(readFileSync("content/for-professionals.mdx", "utf8")).not.toMatch(/about \d+ minutes/);
  });

  it("shows course facts the sources do not give as 'to be confirmed' on the page", async () => {
    const html = (await renderContentHtml(getCourse("mentalization-in-ipt")!)).replace(/<[^>]+>/g, " ");
    expect(html).toMatch(/to be confirmed/i);
    expect(html).not.toMatch(/\b6 CPD hours|\b1 day\b/);
  });

  it("marks course dates as examples until the team confirms them", async () => {
    for (const course of getAllContent().filter((entry) => entry.meta.kind === "course")) {
      if (course.meta.kind !== "course" || course.meta.dates.length === 0) continue;
      const html = await renderContentHtml(course);
      expect(html.includes("example dates, to be confirmed"), course.file).toBe(!course.meta.datesConfirmed);
    }
  });

  it("names its sources and clinical reviewer on every page, and tells readers when review is pending", async () => {
    for (const entry of getAllContent()) {
      expect(entry.meta.sources.length, entry.file).toBeGreaterThan(0);
      expect(entry.meta.clinicalReviewer, entry.file).not.toBe("");
      const html = await renderContentHtml(entry);
      const pending = html.includes("Clinical review pending");
      expect(pending, entry.file).toBe(entry.meta.clinicalReviewer === "awaiting review");
    }
    expect(source("content/privacy.mdx")).toBeDefined();
  });

  it("states the retention the code applies in the privacy notice", async () => {
    const html = await renderContentHtml(source("content/privacy.mdx")!);
    expect(html).toContain(`${getEnv().RETENTION_DAYS} days (about 2 years) after it is finished`);
    expect(html).toContain(`${getEnv().AUDIT_RETENTION_DAYS} days (about 6 years)`);
    expect(html).toContain(`after ${getEnv().DRAFT_IDLE_MINUTES} minutes without activity`);
  });
});
