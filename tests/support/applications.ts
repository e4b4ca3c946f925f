/**
 * The connection-application model on the default data in 2023, for its tests
 * (tests/applications/): contexts, whole county-years, and parameters fixed at round values so
 * that timelines can be computed by hand.
 */
import type { County } from "../../sim/data/county.ts";
import { DEFAULT_DATA_DIR, loadCounty } from "../../sim/data/county.ts";
import type { Feeder } from "../../sim/data/feeders.ts";
import type { ModelName } from "../../sim/model/context.ts";
import { defaultsOf } from "../../sim/spec/spec.ts";
import { calendarForYear, createContext } from "../../sim/model/setup-context.ts";
import {
  type ApplicationParameters,
  APPLICATIONS_SPEC,
  setupApplications,
} from "../../sim/model/applications/model.ts";
import { applicationContext } from "./application-context.ts";

export const county = await loadCounty(DEFAULT_DATA_DIR, { onNote: () => {} });
export const calendar = await calendarForYear(2023);
export const YEAR = 2023;

export function context(seed: number | string, active: ModelName[] = ["applications"], c = county) {
  return createContext({ county: c, calendar, year: YEAR, seed, replication: 0, active });
}

/** One county-year of the application model alone, with its warm-up and run-out. */
export function runYear(p: ApplicationParameters, seed: number | string = 7, c: County = county) {
  const ctx = applicationContext(c, calendar, seed, p.cohort);
  const finish = setupApplications(ctx, p);
  ctx.env.run(ctx.horizon);
  return finish();
}

/** Default parameters with every median/p90 pair made fixed at its median. */
function fixedDefaults(): ApplicationParameters {
  const p = defaultsOf(APPLICATIONS_SPEC);
  const fix = (group: Record<string, unknown>) => {
    for (const [key, value] of Object.entries(group)) {
      if (typeof value === "object" && value !== null && !Array.isArray(value)) {
        fix(value as Record<string, unknown>);
      } else if (key.endsWith("Median")) {
        group[key.slice(0, -"Median".length) + "P90"] = value;
      }
    }
  };
  fix(p as unknown as Record<string, unknown>);
  return p;
}

/**
 * Fixed, round durations and ample staff, so that every timeline can be computed by hand.
 * Office hours 08:30–12:00 and 13:30–18:00 (8 working hours a day).
 */
export function handParameters(): ApplicationParameters {
  const p = fixedDefaults();
  const set = <T extends Record<string, unknown>>(group: T, values: Record<string, number>) => {
    for (const [key, v] of Object.entries(values)) {
      (group as Record<string, unknown>)[`${key}Median`] = v;
      (group as Record<string, unknown>)[`${key}P90`] = v;
    }
  };
  p.channels.pushedShare = 0;
  p.channels.proactiveShare = 0;
  set(p.intake, { intakeHours: 1 });
  set(p.survey, { lvSurveyHours: 2, hvSurveyHours: 4, dedicatedPlanHours: 8, dualPlanHours: 16 });
  set(p.designReview, { customerDesignDays: 5, reviewHours: 4 });
  set(p.approval, { approvalDays: 2, permitDays: 3, floorAreaM2: 20_000 });
  set(p.networkWorks, {
    lvLineMetres: 300,
    mvLineMetres: 100,
    lvWorksDays: 5,
    mvWorksDays: 10,
    governmentPushDays: 1,
    governmentStartDays: 3,
  });
  p.inspection.cloudInspectionShare = 0;
  p.inspection.firstPassProbability = 1;
  set(p.inspection, { onsiteInspectionHours: 3, cloudInspectionHours: 1, rectificationDays: 2 });
  set(p.energisation, { lvMeteringHours: 1, hvEnergisationHours: 2 });
  const works: Record<string, number> = {
    residential: 1,
    lv_small: 3,
    lv_other: 4,
    hv_single: 20,
    hv_dual: 30,
    base_station: 2,
    ev_charger: 1,
    pv: 5,
  };
  for (const [k, days] of Object.entries(works)) {
    set(p.classes[k as keyof typeof p.classes], { customerWorksDays: days });
  }
  for (const role of Object.values(p.staff)) role.count = 100;
  return p;
}

/** The simulation time of `date` at `hour` on the 2023 calendar. */
export const at = (date: string, hour: number): number => calendar.timeOf(date, hour);
/** The first feeder of the county in `region`. */
export const firstFeeder = (region: Feeder["region"]): Feeder =>
  county.feeders.find((f) => f.region === region)!;
