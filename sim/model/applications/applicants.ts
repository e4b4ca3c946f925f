/**
 * Who applies: builds an {@link Application} for an applicant of a class — capacity, place,
 * channel and the site attributes the supply plan will need — and applies the access rules.
 * Each class draws from its own streams (`applications.capacity.<class>`, `…location…`,
 * `…channel…`, `…site…`), a fixed number of draws per applicant, so that a lever that changes
 * how an application is handled never changes who applied (common random numbers). The
 * applicants of the warm-up and the run-out draw from streams of their own
 * (`applications.warmup.capacity.<class>`, …), so they never shift the cohort's.
 *
 * @module
 */
import type { Compound } from "../../data/compounds.ts";
import type { County } from "../../data/county.ts";
import type { Feeder } from "../../data/feeders.ts";
import type { CustomerClass } from "../../data/vocabulary.ts";
import type { Rng } from "../../engine/random/rng.ts";
import { standardNormal } from "../../engine/random/standard-normal.ts";
import type { PvApplication } from "../context.ts";
import { accessFor } from "./access.ts";
import { CLASS_PROFILES, type ClassProfile } from "./class-profiles.ts";
import { Application, ApplicationTable, Site, type SiteDraws } from "./application.ts";
import { capacitySampler } from "./capacity.ts";
import type { Channel, Period, Voltage } from "./classes.ts";
import { CompoundSupply } from "./compound-supply.ts";
import { cableShare, compoundSampler, feederSampler, PvTransformerPicker } from "./location.ts";
import type { ApplicationParameters } from "./parameters.ts";
import type { ModelState } from "./state.ts";

export type { SiteDraws } from "./application.ts";

/** An application to submit by hand: what is not given is drawn as for any applicant. */
export interface ApplicationRequest {
  customerClass: CustomerClass;
  capacityKw?: number;
  /** Feeder id (ignored for PV with a transformer, and for chargers with a compound). */
  feederId?: string;
  /** Compound id of a charger. */
  compoundId?: string;
  /** Transformer id of a PV system. */
  transformerId?: string;
  channel?: Channel;
  /** Fixed site draws, e.g. `{ uWorks: 0 }` for "needs network works" whatever the share. */
  draws?: Partial<SiteDraws>;
  /** The extension's length when it needs network works, metres, instead of the drawn one. */
  lineLengthM?: number;
  /** Its own installation is complete when it applies: its customer works take no time. */
  customerReady?: boolean;
}

/** No request: everything drawn. */
const DRAW_ALL: Omit<ApplicationRequest, "customerClass"> = Object.freeze({});
/** No fixed site draws. */
const NO_FIXED_DRAWS: Partial<SiteDraws> = Object.freeze({});

interface ClassTools {
  /** The class's row of {@link CLASS_PROFILES}. */
  profile: ClassProfile;
  capacity: () => number;
  location: Rng;
  feeder: () => Feeder;
  compound: (() => Compound) | null;
  channel: Rng;
  site: Rng;
  normal: () => number;
}

/** Makes applications for one replication. */
export class ApplicantFactory {
  readonly #state: ModelState;
  readonly #county: County;
  readonly #levers: ApplicationParameters;
  /** By period, then class. */
  readonly #tools: Record<Period, Map<CustomerClass, ClassTools>> = {
    warmup: new Map(),
    cohort: new Map(),
    runout: new Map(),
    case: new Map(),
  };
  readonly #supplies = new Map<string, CompoundSupply>();
  readonly #pvTransformers: PvTransformerPicker;
  /** The numbers of every application made, in columns. */
  readonly #table = new ApplicationTable();
  /**
   * The tools `create` used last, with their class and period: the arrival feed makes a class's
   * applicants one after another, so this spares a lookup in `#tools` per applicant (with the
   * profile kept in the tools and the PV lists of `location.ts`: the arrivals alone 3.7 % faster,
   * `tests/support/paired-arrivals.ts`, 150 pairs).
   */
  #last: { customerClass: CustomerClass; period: Period; tools: ClassTools } | null = null;

  constructor(state: ModelState) {
    this.#state = state;
    this.#county = state.county;
    this.#levers = state.levers;
    this.#pvTransformers = new PvTransformerPicker(state.county);
  }

  /**
   * A new application of `customerClass` arriving at `at`, with the PV model's application
   * object when it comes from the PV model, filed in `period`.
   *
   * @throws Error naming an unknown feeder, compound or transformer id in `request` or `pv`
   */
  create(
    customerClass: CustomerClass,
    at: number,
    request: Omit<ApplicationRequest, "customerClass"> = DRAW_ALL,
    pv: PvApplication | null = null,
    period: Period = "cohort",
  ): Application {
    const tools = this.#toolsOf(customerClass, period);
    const county = this.#county;
    // Draws in a fixed order and number per applicant.
    const drawnCapacity = tools.capacity();
    const capacityKw = pv?.capacityKw ?? request.capacityKw ?? drawnCapacity;
    const drawnFeeder = tools.feeder();
    const uPlace = tools.location();
    let feeder = request.feederId === undefined ? drawnFeeder : this.#feeder(request.feederId);
    let compound: CompoundSupply | null = null;
    let transformerId = "";
    const placed = tools.profile.place;
    if (placed === "compound") {
      const c = request.compoundId !== undefined
        ? this.#compound(request.compoundId)
        : request.feederId === undefined && tools.compound !== null
        ? tools.compound()
        : null;
      if (c !== null) {
        compound = this.#supplyOf(c);
        feeder = this.#feeder(c.feederId);
      }
    } else if (placed === "transformer") {
      const id = pv?.transformerId ?? request.transformerId;
      if (id !== undefined) {
        const t = county.transformerById.get(id);
        if (t === undefined) throw new Error(`PV application: unknown transformer id "${id}"`);
        transformerId = t.id;
        feeder = this.#feeder(t.feederId);
      } else {
        const household = capacityKw <= this.#levers.access.pvHouseholdMaxKw;
        transformerId = this.#pvTransformers.pick(uPlace, feeder, household)?.id ?? "";
      }
    }
    const siteDraw = tools.site;
    const fixed = request.draws ?? NO_FIXED_DRAWS;
    const uCable = siteDraw();
    const cable = fixed.cable ?? uCable < cableShare(feeder);
    const site = new Site(this.#table, feeder.region, feeder.id, transformerId, compound, cable);
    // Written straight into the site's row, in the order drawn (no draws object per applicant).
    const c = this.#table.columns;
    const row = site.row;
    c.uWorks[row] = fixed.uWorks ?? siteDraw();
    c.zLength[row] = fixed.zLength ?? tools.normal();
    c.zFloor[row] = fixed.zFloor ?? tools.normal();
    c.uLowRisk[row] = fixed.uLowRisk ?? siteDraw();
    c.uFunded[row] = fixed.uFunded ?? siteDraw();
    c.uLand[row] = fixed.uLand ?? siteDraw();
    c.uThirdParty[row] = fixed.uThirdParty ?? siteDraw();
    c.zLead[row] = fixed.zLead ?? tools.normal();
    const access = accessFor(customerClass, capacityKw, site.region, this.#levers);
    const uChannel = tools.channel();
    const channel = request.channel ?? this.#channel(tools.profile, access.voltage, uChannel);
    // A PV application not from the PV model still gives the hooks something to talk about.
    const pvApplication: PvApplication | null = pv ??
      (placed === "transformer" && transformerId !== ""
        ? {
          capacityKw,
          transformerId,
          kind: capacityKw <= this.#levers.access.pvHouseholdMaxKw ? "household" : "commercial",
        }
        : null);
    const app = new Application(customerClass, capacityKw, channel, site, at, pvApplication);
    app.customerClass = access.customerClass;
    app.voltage = access.voltage;
    app.service = access.service;
    app.threeZero = access.threeZero;
    app.moved = access.moved;
    app.period = period;
    if (request.lineLengthM !== undefined) app.requestedLineLengthM = request.lineLengthM;
    app.customerReady = request.customerReady ?? false;
    return app;
  }

  /**
   * Channel (二.(三), 三.(二).2): HV applications are proactive with `proactiveShare`, then
   * pushed with `pushedShare`; LV residential and enterprise applications pushed with
   * `pushedShare`; 5G stations, chargers, PV and mining come the ordinary way.
   */
  #channel(profile: ClassProfile, voltage: Voltage, u: number): Channel {
    if (!profile.pushable) return "ordinary";
    const { pushedShare, proactiveShare } = this.#levers.channels;
    if (voltage === "10kv") {
      if (u < proactiveShare) {
        // The run-out makes the applicants of a class that cannot come proactive just in time
        // (arrival-feed.ts): one that did would be known too late.
        if (!profile.proactive) {
          throw new Error(
            `a ${profile.label[1]} applicant came proactive: its profile says it cannot`,
          );
        }
        return "proactive";
      }
      return u < proactiveShare + pushedShare ? "pushed" : "ordinary";
    }
    return u < pushedShare ? "pushed" : "ordinary";
  }

  #toolsOf(customerClass: CustomerClass, period: Period): ClassTools {
    const last = this.#last;
    if (last !== null && last.customerClass === customerClass && last.period === period) {
      return last.tools;
    }
    let tools = this.#tools[period].get(customerClass);
    if (tools === undefined) {
      const streams = this.#state.ctx.streams;
      const prefix = period === "cohort" ? "applications" : `applications.${period}`;
      const stream = (what: string) => streams.stream(`${prefix}.${what}.${customerClass}`);
      const location = stream("location");
      const site = stream("site");
      tools = {
        profile: CLASS_PROFILES[customerClass],
        capacity: capacitySampler(
          stream("capacity"),
          this.#county.capacityBins.get(customerClass)!,
        ),
        location,
        feeder: feederSampler(location, this.#county),
        compound: CLASS_PROFILES[customerClass].place === "compound"
          ? compoundSampler(location, this.#county)
          : null,
        channel: stream("channel"),
        site,
        normal: standardNormal(site),
      };
      this.#tools[period].set(customerClass, tools);
    }
    this.#last = { customerClass, period, tools };
    return tools;
  }

  #feeder(id: string): Feeder {
    const feeder = this.#county.feederById.get(id);
    if (feeder === undefined) throw new Error(`application: unknown feeder id "${id}"`);
    return feeder;
  }

  #compound(id: string): Compound {
    const compound = this.#county.compounds.find((c) => c.id === id);
    if (compound === undefined) throw new Error(`application: unknown compound id "${id}"`);
    return compound;
  }

  /** The one charger-capacity state per compound. */
  #supplyOf(compound: Compound): CompoundSupply {
    let supply = this.#supplies.get(compound.id);
    if (supply === undefined) {
      const ev = this.#levers.evCharging;
      supply = new CompoundSupply(compound, ev.evReservedShare, ev.evKwPerSpace);
      this.#supplies.set(compound.id, supply);
    }
    return supply;
  }
}
