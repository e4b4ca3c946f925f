/**
 * The year's maintenance plan, known at the start of the year: 10 kV maintenance and
 * construction jobs per feeder-year (NEA 2020: about half each of planned outage time) and
 * 0.4 kV jobs per public transformer area and year, on working days, more in spring and autumn
 * (`planned.monthFactors`). A 10 kV job takes the whole feeder or one section (and those behind
 * it on a radial feeder); a 0.4 kV job one transformer area.
 *
 * Every job draws all its numbers (feeder or area, day, place, live-line, duration) whether or
 * not it ends up in an outage (common random numbers): `job-placement.ts` decides that.
 *
 * @module
 */
import { poisson } from "../../engine/random/poisson.ts";
import type { Rng } from "../../engine/random/rng.ts";
import { triangularQuantile } from "../../engine/random/triangular.ts";
import type { RegionState } from "./network.ts";
import type { ReliabilityParameters } from "./parameters.ts";
import { type PlannedJob, sectionScope, workStart } from "./planned-job.ts";
import { dailyFactors } from "./weather.ts";
import { WeightedPick } from "../../engine/random/weighted-pick.ts";
import type { ReliabilityYear } from "./year.ts";

/** The levers of the maintenance plan. */
export type MaintenanceLevers = Pick<
  ReliabilityParameters["planned"],
  | "maintenance10kvPerFeederYear"
  | "wholeFeederShare"
  | "maintenance10kvHoursMin"
  | "maintenance10kvHoursMode"
  | "maintenance10kvHoursMax"
  | "maintenance04kvPerAreaYear"
  | "maintenance04kvHoursMin"
  | "maintenance04kvHoursMode"
  | "maintenance04kvHoursMax"
  | "monthFactors"
  | "startHour"
  | "liveLineShare10kv"
  | "liveLineShare04kv"
>;

/** The streams and the day pick the plan is drawn with. */
interface PlanDraws {
  /** How many jobs, where and when. */
  jobRng: Rng;
  /** Whether each is done live-line. */
  liveRng: Rng;
  /** How long each takes. */
  hoursRng: Rng;
  /** Working days, weighted by the season. */
  jobDays: WeightedPick;
}

/**
 * The year's maintenance jobs, region by region (10 kV then 0.4 kV), in date order: a job
 * joins the earliest outage within its window (the sort is stable).
 */
export function drawMaintenancePlan(
  year: ReliabilityYear,
  levers: MaintenanceLevers,
): PlannedJob[] {
  const season = dailyFactors(levers.monthFactors, year.monthOfDay);
  const draws: PlanDraws = {
    jobRng: year.streams.stream("reliability.planned.jobs"),
    liveRng: year.streams.stream("reliability.planned.liveLine"),
    hoursRng: year.streams.stream("reliability.planned.duration"),
    jobDays: new WeightedPick(season.map((s, d) => (year.working[d] === 1 ? s : 0))),
  };
  const jobs: PlannedJob[] = [];
  for (const region of draws.jobDays.total > 0 ? year.network.regions : []) {
    draw10kvJobs(year, region, levers, draws, jobs);
    draw04kvJobs(year, region, levers, draws, jobs);
  }
  jobs.sort((a, b) => a.time - b.time);
  return jobs;
}

/** The 10 kV jobs of `region`, added to `jobs`. */
function draw10kvJobs(
  year: ReliabilityYear,
  region: RegionState,
  levers: MaintenanceLevers,
  { jobRng, liveRng, hoursRng, jobDays }: PlanDraws,
  jobs: PlannedJob[],
): void {
  const feeders = region.feeders;
  // NEA 2020: maintenance and construction jobs, calibrated to the county's record.
  const rate = levers.maintenance10kvPerFeederYear[region.region];
  const count = feeders.length > 0 ? poisson(jobRng, feeders.length * rate)() : 0;
  for (let k = 0; k < count; k++) {
    const feeder = feeders[Math.floor(jobRng() * feeders.length)];
    const day = jobDays.pick(jobRng());
    const whole = jobRng() < levers.wholeFeederShare;
    const sectionU = jobRng();
    const feederState = year.network.feeders[feeder];
    const sections = feederState.sectionCustomers.length;
    jobs.push({
      kind: "maintenance10kv",
      feeder,
      time: workStart(year.origin, day, levers.startHour),
      scope: whole
        ? { sectionFrom: 0, sectionTo: sections - 1 }
        : sectionScope(feederState, Math.floor(sectionU * sections)),
      live: liveRng() < levers.liveLineShare10kv, // plan 三.(五) (带电作业)
      hours: triangularQuantile(
        hoursRng(),
        levers.maintenance10kvHoursMin,
        levers.maintenance10kvHoursMode,
        levers.maintenance10kvHoursMax,
      ),
    });
  }
}

/** The 0.4 kV jobs of `region` (public transformer areas), added to `jobs`. */
function draw04kvJobs(
  year: ReliabilityYear,
  region: RegionState,
  levers: MaintenanceLevers,
  { jobRng, liveRng, hoursRng, jobDays }: PlanDraws,
  jobs: PlannedJob[],
): void {
  const areas = region.publicTransformers;
  const count = areas.length > 0
    ? poisson(jobRng, areas.length * levers.maintenance04kvPerAreaYear)()
    : 0;
  for (let k = 0; k < count; k++) {
    const area = areas[Math.floor(jobRng() * areas.length)];
    const day = jobDays.pick(jobRng());
    jobs.push({
      kind: "maintenance04kv",
      feeder: year.network.transformers[area].feeder,
      time: workStart(year.origin, day, levers.startHour),
      scope: { area },
      live: liveRng() < levers.liveLineShare04kv, // plan 三.(五) (带电作业)
      hours: triangularQuantile(
        hoursRng(),
        levers.maintenance04kvHoursMin,
        levers.maintenance04kvHoursMode,
        levers.maintenance04kvHoursMax,
      ),
    });
  }
}
