/**
 * The repository's working calendar (data/calendar), loaded once with its epoch on 2023-01-01,
 * for the calendar's tests (tests/calendar/).
 */
import { WorkCalendar } from "../../sim/engine/calendar.ts";

export const DATA_DIR = decodeURIComponent(
  new URL("../../data/calendar", import.meta.url).pathname,
);
export const cal = await WorkCalendar.load(DATA_DIR, { epoch: "2023-01-01" });
/** The simulation time of `date` at `hour`. */
export const at = (date: string, hour = 0): number => cal.timeOf(date, hour);
/** The covered years, as the calendar's messages say them. */
export const COVERS = `covers 2021-01-01..2026-12-31`;
