/**
 * Work measured in working time. Staff and crews work office hours on working days, so a job of
 * H working hours started late on the Friday before a holiday finishes after the holiday. Models
 * say so in one line: `yield workFor(env, calendar, 6)`.
 */
import type { WorkCalendar } from "./calendar.ts";
import type { Environment } from "./environment.ts";

/**
 * The plain duration a process must wait, from now, for `hours` of working time to elapse
 * (counting starts at the next opening when now is outside office hours).
 *
 * @example
 * // Friday 2023-04-28 16:00, a 6-hour job: 2 h that day, Labour Day 04-29..05-03 off,
 * // 3.5 h on the morning of Thursday 05-04 and 0.5 h after lunch: done at 14:00.
 * env.process(function* () {
 *   yield workFor(env, calendar, 6);
 *   calendar.dateOf(env.now); // "2023-05-04"
 * });
 */
export function workFor(env: Environment, calendar: WorkCalendar, hours: number): number {
  const now = env.now;
  return calendar.addWorkingHours(now, hours) - now;
}

/**
 * The plain duration until the end of office hours of the `days`-th working day after today
 * (Civil Code art. 201: today is not counted): the latest moment a step "within N working days"
 * may finish.
 */
export function untilDeadline(env: Environment, calendar: WorkCalendar, days: number): number {
  const now = env.now;
  return Math.max(0, calendar.deadline(now, days) - now);
}
