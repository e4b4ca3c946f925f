/**
 * The working-time calendar of the engine: working days and working hours on the Chinese
 * official calendar (weekends off, public holidays off, make-up working weekends on). See
 * {@link WorkCalendar} for the time base and the counting rule (Civil Code art. 201), and
 * `data/calendar/README.md` for the data.
 *
 * @module
 */

export { DEFAULT_CALENDAR_DIR, WorkCalendar } from "./calendar/work-calendar.ts";
export type { CalendarData, WorkCalendarOptions } from "./calendar/work-calendar.ts";
export { DEFAULT_OFFICE_HOURS } from "./calendar/office-hours.ts";
export type { OfficeHours } from "./calendar/office-hours.ts";
export type { CalendarRow, DayKind } from "./calendar/rows.ts";
export { CALENDAR_HEADER } from "./calendar/read.ts";
export {
  civilFromDays,
  daysFromCivil,
  formatIsoDate,
  parseIsoDate,
  weekdayOfDays,
} from "./calendar/civil.ts";
export type { CivilDate } from "./calendar/civil.ts";
