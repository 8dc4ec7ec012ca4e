/** "2 hours 5 minutes", "45 minutes", "3 days 1 hour": how long, in words, for the duty email and banner. */
export function durationInWords(minutes: number): string {
  const whole = Math.max(0, Math.floor(minutes));
  const days = Math.floor(whole / (24 * 60));
  const hours = Math.floor((whole % (24 * 60)) / 60);
  const mins = whole % 60;
  const part = (n: number, unit: string) => (n === 1 ? `1 ${unit}` : `${n} ${unit}s`);
  const parts =
    days > 0
      ? [part(days, "day"), hours ? part(hours, "hour") : ""]
      : [hours ? part(hours, "hour") : "", mins || !hours ? part(mins, "minute") : ""];
  return parts.filter(Boolean).join(" ");
}
