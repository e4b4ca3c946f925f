/**
 * Sizing the county's staff and crews: the dimensions (each staff role of the application
 * model, each region's repair crews per shift), their costs from the county's `costs.csv`, the
 * targets they answer for (the plan's timeline and process verdicts for staff, the SAIDI verdict
 * for repair crews), and the evaluator that runs the whole county model for a candidate.
 *
 * @example
 * const scenario = await readScenario("plan-2023");
 * const sizing = await sizeCounty(scenario, { confidence: 0.9, screenReps: 10, confirmReps: 60 });
 * sizing.search.answer?.counts;
 *
 * @module
 */
import { type County, loadCounty } from "../data/county.ts";
import { stationCount } from "../model/applications/dispatch.ts";
import { stationCrews } from "../model/reliability/crews.ts";
import { checkScenarioFitsCounty } from "../scenario/county-fit.ts";
import { REGIONS } from "../data/vocabulary.ts";
import type { CostItem } from "../data/vocabulary.ts";
import { quoteValue, UserError } from "../errors.ts";
import { STAFF_ROLES, type StaffRole } from "../model/applications/parameters.ts";
import { defaultWorkers, type PoolOptions, runTasks } from "../runner/pool.ts";
import { WorkerStash } from "../runner/worker-stash.ts";
import type { ReplicationJob } from "../runner/replicate.ts";
import { PROCESS_CHECKS } from "../runner/checks/process.ts";
import { TIMELINE_CHECKS } from "../runner/checks/timelines.ts";
import { TARGET_CHECKS } from "../runner/targets.ts";
import { type Scenario, SCENARIO_SPEC, withSetting } from "../scenario/scenario.ts";
import {
  type Dimension,
  type Evaluator,
  type Outcome,
  type SearchOptions,
  type SearchResult,
  searchSizing,
  type Target,
} from "./search.ts";

/** The role name of the repair crews in `--roles`. */
export const REPAIR_CREWS = "repairCrews";

/** Every role `--roles` accepts. */
export const SIZING_ROLES: readonly string[] = [...STAFF_ROLES, REPAIR_CREWS];

/** The cost item of each staff role (a head or a crew a year). */
const ROLE_COST: Record<StaffRole, CostItem> = {
  customerManagers: "staff_customer_manager",
  surveyCrews: "staff_survey_crew",
  designReviewers: "staff_design_engineer",
  lvCrews: "staff_lv_crew",
  mvCrews: "staff_mv_crew",
  inspectors: "staff_inspector",
};

/** The shifts of the repair crews (`sim/model/reliability/crews.ts`). */
const SHIFTS = ["dayShiftCrews", "nightShiftCrews"] as const;

/** The ceiling of a count: twice the scenario's, and at least 3 more, within the lever's range. */
export function ceilingOf(base: number, max: number): number {
  return Math.min(max, Math.max(2 * base, base + 3));
}

/** A dimension's role, station (region) and the KPIs of its table row. */
export interface CountyDimension extends Dimension {
  role: string;
  /** The station (staff) or region (repair crews) of the dimension; null for county-wide staff. */
  station: string | null;
  /** The repair crews' shift; absent for staff. */
  shift?: "day" | "night";
  /** Scenario path of the count. */
  path: string;
  utilisationKpi: string;
  waitKpi: string;
  waitUnit: "working days" | "hours";
  costItem: CostItem;
}

/** Options of {@link sizeCounty}. */
export interface CountySizingOptions extends SearchOptions, PoolOptions {
  /** Roles to size (names of {@link SIZING_ROLES}); the others are held. Default: every role. */
  roles?: readonly string[];
  /**
   * Stations whose staff (dispatch by station) and regions whose repair crews are sized;
   * default every one.
   */
  stations?: readonly string[];
  seed?: number;
  /**
   * The staff verdicts to meet (ids of the timeline and process checks); default all. A study of
   * one role against the verdict it answers for keeps the others from deciding the answer.
   */
  staffTargets?: readonly string[];
  /** Told before each batch of replications how many it runs; returns a progress callback. */
  onBatch?: (count: number) => PoolOptions["onProgress"];
}

/** A finished county sizing. */
export interface CountySizing {
  scenario: Scenario;
  seed: number;
  dimensions: CountyDimension[];
  search: SearchResult;
  options: Pick<SearchOptions, "confidence" | "screenReps" | "confirmReps">;
  /** The time the search took, seconds. */
  seconds: number;
}

/** Checks a list flag's names against the allowed ones. */
function checkNames(flag: string, names: readonly string[], allowed: readonly string[]): void {
  for (const name of names) {
    if (!allowed.includes(name)) {
      throw new UserError(
        `size: --${flag} has an unknown name ${quoteValue(name)}; expected some of ${
          allowed.join(", ")
        }`,
      );
    }
  }
}

/**
 * The names `--stations` accepts: the county's supply stations (whose staff are sized when
 * dispatch is by station) and the regions (whose repair crews are sized).
 */
export function stationNames(county: County): string[] {
  return [...county.stations.map((s) => s.id), ...REGIONS];
}

/**
 * The dimensions of the county's sizing: each staff role (county-wide under `county pool`; per
 * station where the station has some of the role otherwise: a station keeps the roles it has,
 * since giving one a role it lacks would change where its jobs go, and more would no longer
 * mean never slower), and each region's repair crews per shift.
 *
 * @param stations stations and regions sized (default all); the others are held
 */
export async function countyDimensions(
  scenario: Scenario,
  roles: readonly string[] = SIZING_ROLES,
  stations?: readonly string[],
  onNote: (message: string) => void = () => {},
): Promise<CountyDimension[]> {
  checkNames("roles", roles, SIZING_ROLES);
  const county = await loadCounty(scenario.dataDir, { onNote });
  checkScenarioFitsCounty(scenario, county);
  const names = stationNames(county);
  if (stations !== undefined) checkNames("stations", stations, names);
  const chosen = stations ?? names;
  const levers = scenario.parameters.applications;
  const staff = levers.staff;
  const byStation = levers.dispatch.mode !== "county pool";
  const dims: CountyDimension[] = STAFF_ROLES.flatMap((role): CountyDimension[] => {
    const free = roles.includes(role);
    if (free && staff[role].changes.length > 0) {
      throw new UserError(
        `size: applications.staff.${role} has dated changes of its count; sizing looks for one ` +
          `count for the year: remove the changes, or leave ${role} out of --roles`,
      );
    }
    const spec = SCENARIO_SPEC.fields.applications.fields.staff.fields[role].fields.count;
    const costItem = ROLE_COST[role];
    const common = {
      group: "staff",
      unitCost: county.costs[costItem].costCny,
      role,
      waitUnit: "working days" as const,
      costItem,
    };
    if (!byStation) {
      const base = staff[role].count;
      return [{
        ...common,
        id: `applications.staff.${role}.count`,
        label: role,
        base,
        min: Math.max(1, spec.min),
        max: ceilingOf(base, spec.max),
        free,
        loadKey: `staff.${role}.utilisation`,
        station: null,
        path: `applications.staff.${role}.count`,
        utilisationKpi: `staff.${role}.utilisation`,
        waitKpi: `staff.${role}.meanWaitDays`,
      }];
    }
    const keyed = SCENARIO_SPEC.fields.applications.fields.dispatch.fields.stationStaff;
    return county.stations.flatMap((station): CountyDimension[] => {
      const base = stationCount(station, role, levers);
      if (base === 0) return [];
      const key = `station.${station.id}.${role}`;
      return [{
        ...common,
        id: `applications.dispatch.stationStaff.${station.id}.${role}`,
        label: `${role}@${station.id}`,
        base,
        min: 1,
        max: ceilingOf(base, keyed.max),
        free: free && chosen.includes(station.id),
        loadKey: `${key}.utilisation`,
        station: station.id,
        path: `applications.dispatch.stationStaff.${station.id}.${role}`,
        utilisationKpi: `${key}.utilisation`,
        waitKpi: `${key}.meanWaitDays`,
      }];
    });
  });
  dims.push(...crewDimensions(scenario, county, roles.includes(REPAIR_CREWS), chosen));
  return dims;
}

/**
 * The repair crews' dimensions: each region's crews on each shift, or, when they are dispatched
 * by station, each station's (day at least 1, as a region's).
 */
function crewDimensions(
  scenario: Scenario,
  county: County,
  sized: boolean,
  chosen: readonly string[],
): CountyDimension[] {
  const crews = scenario.parameters.reliability.crews;
  const crewSpec = SCENARIO_SPEC.fields.reliability.fields.crews.fields;
  const common = {
    group: "crews",
    unitCost: county.costs.staff_repair_crew_shift.costCny,
    role: REPAIR_CREWS,
    waitKpi: "reliability.crews.waitHoursMean",
    waitUnit: "hours" as const,
    costItem: "staff_repair_crew_shift" as const,
  };
  if (crews.dispatch !== "region") {
    const max = crewSpec.stationCrews.max;
    return county.stations.flatMap((station) => {
      const counts = stationCrews(station, crews);
      return (["day", "night"] as const).map((shift) => {
        const path = `reliability.crews.stationCrews.${station.id}.${shift}`;
        return {
          ...common,
          id: path,
          label: `${REPAIR_CREWS}@${station.id}.${shift}`,
          base: counts[shift],
          min: shift === "day" ? 1 : 0,
          max: ceilingOf(counts[shift], max),
          free: sized && chosen.includes(station.id),
          station: station.id,
          shift,
          path,
          utilisationKpi: `station.${station.id}.repairCrews.utilisation`,
        };
      });
    });
  }
  return REGIONS.flatMap((region) =>
    SHIFTS.map((shift) => {
      const spec = crewSpec[shift].fields[region];
      const base = crews[shift][region];
      return {
        ...common,
        id: `reliability.crews.${shift}.${region}`,
        label: `${REPAIR_CREWS}.${region}.${shift === "dayShiftCrews" ? "day" : "night"}`,
        base,
        min: spec.min,
        max: ceilingOf(base, spec.max),
        free: sized && chosen.includes(region),
        station: region,
        shift: shift === "dayShiftCrews" ? "day" as const : "night" as const,
        path: `reliability.crews.${shift}.${region}`,
        utilisationKpi: `reliability.region.${region}.crewUtilisation`,
      };
    })
  );
}

/**
 * The targets of each group: the timeline and process verdicts for staff, the SAIDI verdict
 * (its two limbs are informative) for repair crews. A group with no free dimension is left out:
 * nothing the search changes answers for it.
 */
export function countyTargets(
  dimensions: readonly Dimension[],
  only?: readonly string[],
): Target[] {
  const staff = [...TIMELINE_CHECKS, ...PROCESS_CHECKS]
    .filter((c) => only === undefined || only.includes(c.id))
    .map((c) => ({ id: c.id, group: "staff" }));
  const crews = [{ id: "reliability.saidi", group: "crews" }];
  const freeGroups = new Set(dimensions.filter((d) => d.free).map((d) => d.group));
  return [...staff, ...crews].filter((t) => freeGroups.has(t.group));
}

/** The scenario with a candidate's counts. */
export function staffed(
  scenario: Scenario,
  dimensions: readonly CountyDimension[],
  counts: readonly number[],
): Scenario {
  return dimensions.reduce(
    (s, d, i) => counts[i] === d.base ? s : withSetting(s, d.path, String(counts[i])),
    scenario,
  );
}

/**
 * The evaluator: the whole county model, replications of the scenario's seed, every candidate
 * of a batch on one pool of workers (one job per candidate, each worker loading the county
 * once).
 */
export function countyEvaluator(
  scenario: Scenario,
  dimensions: readonly CountyDimension[],
  seed: number,
  options: CountySizingOptions,
): Evaluator {
  const checks = TARGET_CHECKS;
  const levels = scenario.parameters.applications.verdicts;
  const measureKeys = [
    ...new Set(dimensions.flatMap((d) => [d.utilisationKpi, d.waitKpi])),
  ];
  return {
    async run(requests) {
      const jobs: ReplicationJob[] = requests.map(({ counts }) => {
        const candidate = staffed(scenario, dimensions, counts);
        return {
          parameters: candidate.parameters,
          dataDir: candidate.dataDir,
          year: candidate.year,
          seed,
          recordReplications: 0,
        };
      });
      const tasks = requests.flatMap(({ indices }, job) =>
        indices.map((replication) => ({ job, replication }))
      );
      const results = await runTasks(jobs, tasks, {
        workers: options.workers,
        signal: options.signal,
        onProgress: options.onBatch?.(tasks.length),
        createWorker: options.createWorker,
      });
      const outcomes: Outcome[][] = requests.map(() => []);
      results.forEach((r, k) => {
        outcomes[tasks[k].job].push({
          met: Object.fromEntries(checks.map((c) => [c.id, c.met(r.kpis, levels)])),
          measures: Object.fromEntries(measureKeys.map((key) => [key, r.kpis[key] ?? NaN])),
        });
      });
      return outcomes;
    },
  };
}

/** Sizes the county's staff and crews (see `./search.ts` for the search). */
export async function sizeCounty(
  scenario: Scenario,
  options: CountySizingOptions,
): Promise<CountySizing> {
  const started = performance.now();
  const seed = options.seed ?? scenario.seed;
  const dimensions = await countyDimensions(scenario, options.roles, options.stations);
  if (!dimensions.some((d) => d.free)) {
    throw new UserError("size: --roles and --stations leave nothing to size");
  }
  const targets = countyTargets(dimensions, options.staffTargets);
  // One set of workers for every batch: each loads the county once, not once per batch.
  const workers = options.workers ?? defaultWorkers();
  const stash = workers > 0 && options.createWorker === undefined
    ? new WorkerStash(new URL("../runner/worker.ts", import.meta.url), workers)
    : null;
  const evaluator = countyEvaluator(scenario, dimensions, seed, {
    ...options,
    ...(stash === null ? {} : { createWorker: () => stash.take() }),
  });
  let search: SearchResult;
  try {
    search = await searchSizing(dimensions, targets, evaluator, options);
  } finally {
    stash?.close();
  }
  return {
    scenario,
    seed,
    dimensions,
    search,
    options: {
      confidence: options.confidence,
      screenReps: options.screenReps,
      confirmReps: options.confirmReps,
    },
    seconds: (performance.now() - started) / 1000,
  };
}
