const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** A threshold in office hours as staff say it: "2 working hours", or "90 working minutes". */
export const workingTime = (minutes: number) =>
  minutes % 60 === 0 ? count(minutes / 60, "working hour", "working hours") : `${minutes} working minutes`;
