import type { ReactNode } from "react";
import type { CourseMeta } from "@/lib/content";
import { formatDate, formatFee } from "@/lib/content/dates";

export interface CourseFactsProps {
  course: CourseMeta;
}

export function courseDates(course: CourseMeta): string {
  if (course.dates.length === 0) return "Dates to be announced";
  const dates = course.dates.map(formatDate).join(", ");
  return course.datesConfirmed ? dates : `${dates} (example dates, to be confirmed)`;
}

/** Dates, length, fee, CPD hours, who it is for and what you need, from the course's frontmatter. */
export function CourseFacts({ course }: CourseFactsProps) {
  const rows: [string, ReactNode][] = [
    ["Next start dates", courseDates(course)],
    ["Length", course.length],
    ["Fee", course.fee === "to be confirmed" ? "To be confirmed" : formatFee(course.fee)],
    ["CPD hours", course.cpdHours === "to be confirmed" ? "To be confirmed" : String(course.cpdHours)],
    ["Who it is for", course.courseAudience],
    [
      "Entry requirements",
      <ul className="nhsuk-list nhsuk-list--bullet" key="requirements">
        {course.entryRequirements.map((requirement) => (
          <li key={requirement}>{requirement}</li>
        ))}
      </ul>,
    ],
  ];
  return (
    <dl className="nhsuk-summary-list">
      {rows.map(([key, value]) => (
        <div className="nhsuk-summary-list__row" key={key}>
          <dt className="nhsuk-summary-list__key">{key}</dt>
          <dd className="nhsuk-summary-list__value">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
