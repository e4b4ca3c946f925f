/**
 * Every customer class in one table: what the plan and the model say about it. Access (which
 * voltage, class, service and three-zero an applicant gets), channels, steps, survey, design
 * review, inspection, works and placement read their class's row here; the report and the
 * verdicts read the service rows' names. Adding a class means a row in {@link CLASS_PROFILES},
 * its name in `data/vocabulary.ts` and its rows in `data/demand/` (see README.md, "Adding a
 * class").
 *
 * @example
 * CLASS_PROFILES.hv_dual.important; // true: a dedicated plan, a design review when `important`
 * SERVICE_PROFILES.lv_small.label; // ["低压小微企业（三零）", "LV small/micro (three-zero)"]
 *
 * @module
 */
import type { CustomerClass } from "../../data/vocabulary.ts";
import type { Service, StepChannel, Voltage } from "./classes.ts";
import type { ApplicationParameters } from "./parameters.ts";

/** Chinese and English names. */
export type Label = readonly [zh: string, en: string];

/** How one application is connected: the outcome of its class's access rule. */
export interface Access {
  /** The class the application is counted in (may differ from the class it applied in). */
  customerClass: CustomerClass;
  voltage: Voltage;
  service: Service;
  /** Zero visit, zero approval, zero investment (二.(二) footnote 1). */
  threeZero: boolean;
  /**
   * Whether the LV threshold decided the voltage, and how it compares with the 160 kW rule:
   * `+1` connected LV above 160 kW (moved to LV by a higher threshold), `-1` connected at
   * 10 kV at or below 160 kW (moved to HV by a lower one), `0` otherwise.
   */
  moved: -1 | 0 | 1;
}

/** What an access rule reads about one applicant. */
export interface AccessInput {
  /** The class it applied in. */
  applied: CustomerClass;
  capacityKw: number;
  /** At or below the LV threshold where it is (三.(一).3). */
  underThreshold: boolean;
  /** {@link Access.moved} when the threshold decides the voltage. */
  moved: -1 | 0 | 1;
  /** Whether the three-zero service is on (二.(二)). */
  threeZeroOn: boolean;
  levers: ApplicationParameters;
}

/** The plan's and the model's rules for one customer class. */
export interface ClassProfile {
  label: Label;
  /** Its access rule: voltage, counted class, service, three-zero. */
  access(input: AccessInput): Access;
  /** Whether it can come pushed from registration data, or proactive as a known project (二.(三)). */
  pushable: boolean;
  /**
   * Whether an applicant can come proactive (二.(三)): a pushable class whose access rule can
   * connect it at 10 kV (the channel of `applicants.ts`). The run-out's applicants of the other
   * classes are known only when they apply, so the arrival feed makes them just in time rather
   * than a lead time ahead (`arrival-feed.ts`); the factory throws if one comes proactive.
   */
  proactive: boolean;
  /**
   * An important (dual-source) user: its supply plan is always drafted apart (专业化、限时答,
   * 三.(三).1) and its design reviewed when the review covers important users (三.(二).5).
   */
  important: boolean;
  /** Its own step limits at LV and 10 kV (三.(十).2), else the limits by voltage and channel. */
  stepChannels: { lv: StepChannel; hv: StepChannel } | null;
  /** Its supply plan is a step of its own even at LV (a 5G station's plan, 三.(十).2). */
  planStepAtLv: boolean;
  /**
   * A completion inspection at LV: `always` (grid-connection acceptance, 并网验收), `apart`
   * (an acceptance visit unless inspection goes with energisation), or `never` (the crew that
   * installs the meter checks). Every 10 kV connection is inspected.
   */
  lvInspection: "always" | "apart" | "never";
  /** The class whose works figures (`classes.*`) it uses when connected at 10 kV. */
  hvWorksAs: "own" | "hv_single";
  /** Whether its site may lie behind a third party's property line (三.(十).1). */
  thirdPartySites: boolean;
  /** Where an applicant is placed: on a feeder, in a residential compound, on a transformer. */
  place: "feeder" | "compound" | "transformer";
}

/** Connected at 10 kV as a single-source user, whatever the threshold. */
function alwaysHv(applied: CustomerClass, service: Service): Access {
  return { customerClass: applied, voltage: "10kv", service, threeZero: false, moved: 0 };
}

/** A firm: 10 kV above the threshold (counted `hv_single`), LV small or other below it. */
function firmAccess({ applied, underThreshold, moved, threeZeroOn }: AccessInput): Access {
  if (!underThreshold) {
    return {
      customerClass: "hv_single",
      voltage: "10kv",
      service: "hv_single",
      threeZero: false,
      moved,
    };
  }
  // An hv_single firm at or below the threshold gets the LV small-firm service: the threshold
  // was raised so that it would (三.(一).3 sits under "lower the cost of getting electricity").
  const small = applied !== "lv_other";
  const threeZero = small && threeZeroOn;
  return {
    customerClass: small ? "lv_small" : "lv_other",
    voltage: "lv",
    service: threeZero ? "lv_small" : "lv_other",
    threeZero,
    moved,
  };
}

/** The defaults of a row: a firm of the plan's classes. */
const FIRM = {
  access: firmAccess,
  pushable: true,
  proactive: true,
  important: false,
  stepChannels: null,
  planStepAtLv: false,
  lvInspection: "never",
  hvWorksAs: "own",
  thirdPartySites: false,
  place: "feeder",
} as const satisfies Omit<ClassProfile, "label">;

/** The classes, in the data's order (`CUSTOMER_CLASSES`). */
export const CLASS_PROFILES: Readonly<Record<CustomerClass, ClassProfile>> = {
  residential: {
    ...FIRM,
    label: ["居民用户", "residential"],
    access: ({ applied, threeZeroOn }) => ({
      customerClass: applied,
      voltage: "lv",
      service: "residential",
      threeZero: threeZeroOn,
      moved: 0,
    }),
    proactive: false, // always LV
  },
  lv_small: { ...FIRM, label: ["低压小微企业", "LV small/micro firm"] },
  lv_other: { ...FIRM, label: ["其他低压非居民", "other LV non-residential"] },
  hv_single: { ...FIRM, label: ["高压单电源", "HV single source"] },
  hv_dual: {
    ...FIRM,
    label: ["高压双电源", "HV dual source"],
    access: ({ applied }) => alwaysHv(applied, "hv_dual"),
    important: true,
  },
  // 三.(十).1: 5G stations 可选择低压或高压, by the same threshold; a tower company is not a
  // small firm, so no three-zero service; 三.(十).2: their own step limits.
  base_station: {
    ...FIRM,
    label: ["5G基站", "5G base station"],
    access: ({ applied, underThreshold, moved }) =>
      underThreshold
        ? { customerClass: applied, voltage: "lv", service: "lv_other", threeZero: false, moved }
        : {
          customerClass: applied,
          voltage: "10kv",
          service: "hv_single",
          threeZero: false,
          moved,
        },
    pushable: false,
    proactive: false,
    stepChannels: { lv: "baseStationLv", hv: "baseStationHv" },
    planStepAtLv: true,
    lvInspection: "apart",
    hvWorksAs: "hv_single",
    thirdPartySites: true,
  },
  // 三.(七): a private charger (≤ evPrivateMaxKw) is a resident's LV connection.
  ev_charger: {
    ...FIRM,
    label: ["充电设施", "EV charger"],
    access: ({ applied, capacityKw, underThreshold, moved, threeZeroOn, levers }) => {
      if (!underThreshold) {
        return {
          customerClass: applied,
          voltage: "10kv",
          service: "hv_single",
          threeZero: false,
          moved,
        };
      }
      const privateCharger = capacityKw <= levers.evCharging.evPrivateMaxKw;
      return {
        customerClass: applied,
        voltage: "lv",
        service: privateCharger ? "residential" : "lv_other",
        threeZero: privateCharger && threeZeroOn,
        moved,
      };
    },
    pushable: false,
    proactive: false,
    hvWorksAs: "hv_single",
    place: "compound",
  },
  // 三.(九): LV up to pvLvMaxKw; business handling time is what counts (see classes.ts).
  pv: {
    ...FIRM,
    label: ["分布式光伏", "distributed PV"],
    access: ({ applied, capacityKw, levers }) =>
      capacityKw <= levers.access.pvLvMaxKw
        ? { customerClass: applied, voltage: "lv", service: "lv_other", threeZero: false, moved: 0 }
        : alwaysHv(applied, "hv_single"),
    pushable: false,
    proactive: false,
    lvInspection: "always",
    place: "transformer",
  },
  // 三.(一).7: refused at acceptance; counted as a 10 kV single-source user if it were not.
  mining: {
    ...FIRM,
    label: ["虚拟货币挖矿", "crypto mining"],
    access: ({ applied }) => alwaysHv(applied, "hv_single"),
    pushable: false,
    proactive: false,
    hvWorksAs: "hv_single",
  },
};

/** The names of the five services the plan sets a timeline target for, in full and short. */
export interface ServiceProfile {
  label: Label;
  short: Label;
}

/** The plan's five services (二.(二)), in its order; their targets are in `plan.ts`. */
export const SERVICE_PROFILES: Readonly<Record<Service, ServiceProfile>> = {
  residential: { label: ["居民用户", "residential"], short: ["居民", "residential"] },
  lv_small: {
    label: ["低压小微企业（三零）", "LV small/micro (three-zero)"],
    short: ["低压小微", "LV small/micro"],
  },
  lv_other: {
    label: ["其他低压非居民", "other LV non-residential"],
    short: ["其他低压", "other LV"],
  },
  hv_single: { label: ["高压单电源", "HV single source"], short: ["高压单电源", "HV single"] },
  hv_dual: { label: ["高压双电源", "HV dual source"], short: ["高压双电源", "HV dual"] },
};
