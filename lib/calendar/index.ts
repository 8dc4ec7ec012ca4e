export { bankHolidaySource, divisions, isBankHoliday, lastYearCovered, type Division } from "./bank-holidays";
export {
  isWorkingDay,
  nextReading,
  nextReadingSentence,
  spokenTime,
  weekdayNames,
  type NextReading,
  type OfficeHours,
  type WeekdayName,
} from "./office-hours";
export { workingDaysBetween } from "./working-days";
export { londonInstant, londonParts, nextIsoDate, weekdayOf } from "./london-time";
export { workingMinutesBetween } from "./working-minutes";
export { overdueCutoff } from "./overdue-cutoff";
export { workingMinutesBefore } from "./working-minutes-before";
