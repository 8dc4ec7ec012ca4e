const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** A threshold in office hours as staff say it: "2 working hours", "90 working minutes" or "1 working minute". */
export const workingTime = (minutes: number) =>
  minutes % 60 === 0
    ? count(minutes / 60, "working hour", "working hours")
    : count(minutes, "working minute", "working minutes");
