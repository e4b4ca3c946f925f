/**
 * Speed of the working calendar's hot-path queries: models call them for every step of every
 * application, so each bench does 1e5 calls on pre-drawn random inputs (fixed seed).
 *
 * Run: deno bench --allow-read tests/bench/calendar.bench.ts
 */

import seedrandom from "seedrandom";
import { WorkCalendar } from "../../sim/engine/calendar.ts";

const CALLS = 1e5;
const cal = await WorkCalendar.load(
  decodeURIComponent(new URL("../../data/calendar", import.meta.url).pathname),
  { epoch: "2023-01-01" },
);
const rng = seedrandom("calendar-bench");
const first = cal.timeOf("2022-01-01");
const span = cal.timeOf("2025-06-01") - first;
const t0 = Float64Array.from({ length: CALLS }, () => first + rng() * span);
const hours = Float64Array.from({ length: CALLS }, () => rng() * 400);
const t1 = Float64Array.from(t0, (t) => t + rng() * 24 * 60);
const days = Int32Array.from({ length: CALLS }, () => Math.floor(rng() * 40));

/** Results are summed into a module-level variable so that the loops are not optimised away. */
let sink = 0;

Deno.bench(`addWorkingHours × ${CALLS}`, { group: "calendar", baseline: true }, () => {
  for (let i = 0; i < CALLS; i++) sink += cal.addWorkingHours(t0[i], hours[i]);
});

Deno.bench(`workingDaysBetween × ${CALLS}`, { group: "calendar" }, () => {
  for (let i = 0; i < CALLS; i++) sink += cal.workingDaysBetween(t0[i], t1[i]);
});

Deno.bench(`workingHoursBetween × ${CALLS}`, { group: "calendar" }, () => {
  for (let i = 0; i < CALLS; i++) sink += cal.workingHoursBetween(t0[i], t1[i]);
});

Deno.bench(`deadline × ${CALLS}`, { group: "calendar" }, () => {
  for (let i = 0; i < CALLS; i++) sink += cal.deadline(t0[i], days[i]);
});
