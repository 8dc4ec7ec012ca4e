const time = new Intl.DateTimeFormat("en-GB", { timeStyle: "short", timeZone: "Europe/London" });

/** A UK clock time such as "14:05", for messages like "try again at 14:05". */
export function formatTime(date: Date): string {
  return time.format(date);
}
