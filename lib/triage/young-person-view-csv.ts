import { viewRows, type YoungPersonAnswers } from "@/lib/young-person/view-form";

// The young person's own view in the staff CSV export (issue 11): staff who work from the
// spreadsheet must see it beside the referrer's account, as the referral page shows it. Only the
// view itself and whether it came: the email or phone the link went to is for sending the link.

export interface ViewForCsv {
  answeredAt: Date | null;
  expiresAt: Date;
  answers: unknown;
}

// The same rows, in the same order and words, as the referral page's "The young person's own view".
const VIEW_KEYS = viewRows({}).map((row) => row.key);

export const VIEW_HEADER = ["Young person's view", ...VIEW_KEYS.map((key) => `Young person: ${key}`)];

/** Whether the view came ("Added 06/12/2026 14:05", "Invited, not answered", "Link expired unused"), then its answers. */
export function viewCells(view: ViewForCsv | null, now: Date, dateTime: (d: Date) => string): string[] {
  const blank = VIEW_KEYS.map(() => "");
  if (!view) return ["", ...blank];
  if (!view.answeredAt || !view.answers || typeof view.answers !== "object")
    return [view.expiresAt <= now ? "Link expired unused" : "Invited, not answered", ...blank];
  return [
    `Added ${dateTime(view.answeredAt)}`,
    ...viewRows(view.answers as Partial<YoungPersonAnswers>).map((row) => row.value),
  ];
}
