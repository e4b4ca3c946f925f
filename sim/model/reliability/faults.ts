/**
 * Faults (issue §1): each region's feeders fail as Poisson processes with a rate per km-year of
 * overhead line and of cable, shaped by the season and multiplied on storm days; distribution
 * transformers and 0.4 kV networks fail at rates per area; transient overhead faults cleared
 * by reclosing give momentary interruptions. A sustained fault waits for a repair crew of its
 * region, and its customers are restored as `restoration.ts` describes.
 *
 * Randomness: each region and fault kind has its own arrival stream (which also picks the
 * feeder or area), and the details of every fault (where it is, travel and repair times) are
 * drawn when it happens from streams of their own, whatever the automation or crews. A scenario
 * that changes automation, crews or planned work therefore sees the very same faults
 * (common random numbers); only their consequences differ.
 *
 * @module
 */
import type { Environment } from "../../engine/environment.ts";
import type { Rng } from "../../engine/random/rng.ts";
import { standardNormal } from "../../engine/random/standard-normal.ts";
import type { RandomStreams } from "../../engine/random/streams.ts";
import { Tally } from "../../engine/stats/tally.ts";
import { REGIONS } from "../../data/vocabulary.ts";
import { startArrivals } from "./arrivals.ts";
import type { CrewPool } from "./crews.ts";
import type { Ledger } from "./ledger.ts";
import type { FeederState, Network } from "./network.ts";
import type { OutageKind, ReliabilityParameters } from "./parameters.ts";
import {
  type LineFaultPlace,
  type Restoration,
  restoreEquipmentFault,
  restoreLineFault,
} from "./restoration.ts";
import type { Weather } from "./weather.ts";
import { WeightedPick } from "./weighted-pick.ts";

/** Φ⁻¹(0.9): a lognormal's 90th percentile is median × exp(σ × Z90). */
const Z90 = 1.2815515655446004;

/** σ of the lognormal with this median and 90th percentile. */
function sigmaOf(median: number, p90: number): number {
  return Math.log(p90 / median) / Z90;
}

/** A sustained fault waiting for, or being repaired by, a crew. */
interface SustainedFault {
  kind: Extract<OutageKind, "trunk" | "branch" | "transformer" | "lv">;
  feeder: FeederState;
  /** Time of the fault. */
  start: number;
  storm: boolean;
  /** Line faults: where. */
  place: LineFaultPlace | null;
  /** Equipment faults: customers out. */
  customers: number;
  /** Equipment faults: 10 kV users out (1 for a transformer, 0 for a 0.4 kV fault). */
  users: number;
  travelHours: number;
  repairHours: number;
  remoteSwitchingHours: number;
  granted: boolean;
}

/** What the fault processes report at the end. */
export interface FaultSummary {
  sustained: number;
  transient: number;
  /** Hours each sustained fault waited for a crew. */
  crewWaits: Tally;
}

/** Everything the fault processes need. */
export interface FaultContext {
  env: Environment;
  streams: RandomStreams;
  p: ReliabilityParameters;
  network: Network;
  weather: Weather;
  crews: CrewPool;
  ledger: Ledger;
  /** 00:00 on 1 January. */
  origin: number;
}

/**
 * Starts the year's faults. Returns `finish(horizon)`, which books the faults still waiting for
 * a crew at the horizon as if a crew came then (a lower bound, flagged `censored`).
 */
export function startFaults(c: FaultContext): (horizon: number) => FaultSummary {
  const { env, streams, p, network, weather, crews, ledger, origin } = c;
  const r = p.restoration;
  const placeRng = streams.stream("reliability.faults.place");
  const travelZ = standardNormal(streams.stream("reliability.faults.travel"));
  const repairZ = standardNormal(streams.stream("reliability.faults.repair"));
  const lineSigma = sigmaOf(r.lineRepairHoursMedian, r.lineRepairHoursP90);
  const transformerSigma = sigmaOf(r.transformerHoursMedian, r.transformerHoursP90);
  const lvSigma = sigmaOf(r.lvRepairHoursMedian, r.lvRepairHoursP90);
  const travel = REGIONS.map((region) => ({
    median: p.crews.travelHoursMedian[region],
    sigma: sigmaOf(p.crews.travelHoursMedian[region], p.crews.travelHoursP90[region]),
  }));
  const switching = {
    manualSwitchingHours: r.manualSwitchingHours,
    selfHealingHours: r.selfHealingSeconds / 3600,
  };
  const summary: FaultSummary = {
    sustained: 0,
    transient: 0,
    crewWaits: new Tally({ quantiles: [0.9] }),
  };
  const pending: SustainedFault[] = [];

  const dayOf = (t: number) => Math.min(weather.storm.length - 1, Math.floor((t - origin) / 24));

  /** Books the fault's interruptions once its crew is known to start `waitHours` after it. */
  const book = (fault: SustainedFault, waitHours: number, censored: boolean): Restoration => {
    ledger.begin(fault.feeder, "fault", fault.kind, fault.start - origin, fault.storm);
    const restoration = fault.place !== null
      ? restoreLineFault(fault.feeder, fault.place, {
        waitHours,
        travelHours: fault.travelHours,
        repairHours: fault.repairHours,
        remoteSwitchingHours: fault.remoteSwitchingHours,
        ...switching,
      }, ledger.add)
      : restoreEquipmentFault(
        fault.customers,
        fault.users,
        waitHours,
        fault.travelHours,
        fault.repairHours,
        ledger.add,
      );
    ledger.end({ crewWaitHours: waitHours, jobs: 0, censored });
    return restoration;
  };

  /** A sustained fault: wait for a crew of the region, then restore and repair. */
  function* repair(fault: SustainedFault) {
    const crew = crews.request(fault.feeder.regionIndex);
    yield crew;
    fault.granted = true;
    const waitHours = env.now - fault.start;
    summary.crewWaits.add(waitHours);
    const { crewHours } = book(fault, waitHours, false);
    yield crewHours;
    crews.release(crew);
  }

  const sustained = (
    kind: SustainedFault["kind"],
    feeder: FeederState,
    t: number,
    place: LineFaultPlace | null,
    customers: number,
    users: number,
    repairMedian: number,
    repairSigma: number,
  ) => {
    const day = dayOf(t);
    const storm = weather.storm[day] > 1;
    const tr = travel[feeder.regionIndex];
    const remoteU = placeRng();
    const fault: SustainedFault = {
      kind,
      feeder,
      start: t,
      storm,
      place,
      customers,
      users,
      travelHours: tr.median * Math.exp(tr.sigma * travelZ()),
      repairHours: repairMedian * Math.exp(repairSigma * repairZ()) *
        (storm ? p.storms.repairFactor : 1),
      remoteSwitchingHours: (r.remoteSwitchingMinutesMin +
        (r.remoteSwitchingMinutesMax - r.remoteSwitchingMinutesMin) * remoteU) / 60,
      granted: false,
    };
    summary.sustained++;
    pending.push(fault);
    env.process(repair(fault), "reliability.repair");
  };

  const { faults } = p;
  for (const region of network.regions) {
    const name = region.region;
    const feeders = region.feeders.map((i) => network.feeders[i]);
    const ohRate = faults.overheadPerKmYear[name];
    const cableRate = faults.cablePerKmYear[name];
    const lineWeights = new WeightedPick(
      feeders.map((f) => f.overheadKm * ohRate + f.cableKm * cableRate),
    );
    const transientWeights = new WeightedPick(feeders.map((f) => f.overheadKm * ohRate));

    // Sustained line faults (trunk or branch).
    const lineRng = stream(c.streams, "line", name);
    startArrivals(env, lineRng, origin, lineWeights.total, weather.line, (t) => {
      const f = feeders[lineWeights.pick(lineRng())];
      const branch = placeRng() < faults.branchShare;
      const sectionU = placeRng();
      const shareU = placeRng();
      const patrolPoint = placeRng();
      const share = faults.branchCustomerShareMin +
        (faults.branchCustomerShareMax - faults.branchCustomerShareMin) * shareU;
      const place: LineFaultPlace = {
        branch,
        section: Math.min(
          f.sectionCustomers.length - 1,
          Math.floor(sectionU * f.sectionCustomers.length),
        ),
        branchCustomers: share * f.customers,
        patrolPoint,
      };
      sustained(
        branch ? "branch" : "trunk",
        f,
        t,
        place,
        0,
        0,
        r.lineRepairHoursMedian,
        lineSigma,
      );
    });

    // Transient overhead faults: reclosing clears them, the feeder sees a momentary interruption.
    const transientRng = stream(c.streams, "transient", name);
    const transientPerYear = transientWeights.total * faults.transientPerSustainedOverhead;
    startArrivals(env, transientRng, origin, transientPerYear, weather.line, (t) => {
      const f = feeders[transientWeights.pick(transientRng())];
      summary.transient++;
      ledger.begin(f, "fault", "transient", t - origin, weather.storm[dayOf(t)] > 1);
      ledger.add(f.customers, 0, f.users);
      ledger.end({ crewWaitHours: 0, jobs: 0, censored: false });
    });

    // Distribution transformer failures: the area is out until the transformer is replaced.
    const transformerRng = stream(c.streams, "transformer", name);
    const areas = region.transformers;
    startArrivals(
      env,
      transformerRng,
      origin,
      areas.length * faults.transformerPerYear,
      weather.season,
      (t) => {
        const area = network.transformers[areas[Math.floor(transformerRng() * areas.length)]];
        const f = network.feeders[area.feeder];
        sustained(
          "transformer",
          f,
          t,
          null,
          area.customers,
          1,
          r.transformerHoursMedian,
          transformerSigma,
        );
      },
    );

    // 0.4 kV faults behind public transformers: a share of the area is out until repaired.
    const lvRng = stream(c.streams, "lv", name);
    const publicAreas = region.publicTransformers;
    startArrivals(
      env,
      lvRng,
      origin,
      publicAreas.length * faults.lvPerPublicTransformerYear,
      weather.season,
      (t) => {
        const area = network.transformers[publicAreas[Math.floor(lvRng() * publicAreas.length)]];
        const f = network.feeders[area.feeder];
        const share = faults.lvCustomerShareMin +
          (faults.lvCustomerShareMax - faults.lvCustomerShareMin) * placeRng();
        sustained("lv", f, t, null, area.customers * share, 0, r.lvRepairHoursMedian, lvSigma);
      },
    );
  }

  return (horizon: number) => {
    for (const fault of pending) {
      if (!fault.granted) book(fault, horizon - fault.start, true);
    }
    return summary;
  };
}

function stream(streams: RandomStreams, kind: string, region: string): Rng {
  return streams.stream(`reliability.faults.${kind}.${region}`);
}
