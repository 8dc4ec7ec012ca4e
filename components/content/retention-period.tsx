import { getEnv } from "@/lib/config";

/** "730 days (about 2 years)": RETENTION_DAYS, the period `npm run retention` applies, for the privacy notice. */
export function RetentionPeriod() {
  const days = getEnv().RETENTION_DAYS;
  const years = Math.round(days / 365);
  return <>{days >= 365 ? `${days} days (about ${years} ${years === 1 ? "year" : "years"})` : `${days} days`}</>;
}
