/**
 * Tests of sim/model/reliability/weather.ts: season factors average 1; storm-day draws keep the
 * yearly fault mean, over 2000 drawn years.
 */
import { RandomStreams } from "../../sim/engine/random/streams.ts";
import { defaultsOf } from "../../sim/spec/spec.ts";
import { RELIABILITY_SPEC } from "../../sim/model/reliability/parameters.ts";
import { dailyFactors, drawWeather } from "../../sim/model/reliability/weather.ts";
import { calendar, close } from "../support/reliability.ts";

Deno.test("weather: season factors average 1; storm-day draws keep the yearly fault mean", () => {
  const p = defaultsOf(RELIABILITY_SPEC);
  const monthOfDay = new Uint8Array(365);
  for (let d = 0; d < 365; d++) monthOfDay[d] = calendar.month(d * 24 + 12);
  const season = dailyFactors(p.faults.monthFactors, monthOfDay);
  close(season.reduce((s, x) => s + x, 0) / 365, 1, 1e-12, "season mean");
  close(season[200] / season[40], 1.5 / 0.9, 1e-12, "July over February");
  const rng = new RandomStreams(42).stream("storms");
  let total = 0;
  let stormDays = 0;
  const years = 2000;
  for (let i = 0; i < years; i++) {
    const w = drawWeather(rng, p, monthOfDay);
    total += w.line.reduce((s, x) => s + x, 0) / 365;
    stormDays += w.storm.filter((x) => x > 1).length;
  }
  // Expected 1 (normalised); storms make it vary from year to year (sd ≈ 0.25 at the
  // defaults), so 2000 years give a standard error ≈ 0.006.
  close(total / years, 1, 0.03, "mean yearly line factor");
  // 2.5 storms a year, 30 % of them two days (a few overlap or fall off the year's end).
  close(stormDays / years, 2.5 * 1.3, 0.15, "storm days a year");
});
