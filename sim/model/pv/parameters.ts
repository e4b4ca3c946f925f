/**
 * The levers of the distributed-PV model: how household rooftop PV spreads (a Bass diffusion
 * per transformer area), how fast commercial PV arrives, which hosting-capacity rule decides
 * whether an application may connect (the plan's 80 % rule or the national guideline's reverse
 * load rate), how the red / yellow / green zones are drawn, and how many transformers are
 * upgraded for PV. Defaults are the 2023 plan's situation; the descriptions say where the 2022
 * baseline differs.
 *
 * @module
 */
import { choice, count, flag, group, number, range, share, type ValueOf } from "../../spec/spec.ts";
import { NETWORK_WORKS, PV_TRANSFORMER_SHARE, TIMELINE_TARGETS } from "../plan.ts";

/**
 * Sources of the Bass levers: the model (Bass 1969), dGen's way of starting a market mid-curve
 * (Sigrin et al. 2016, NREL/TP-6A20-65231; dgen_os/python/diffusion_functions_elec.py), and
 * the bounds its Bass calibration fits p and q within (p 0.0001–0.002, q 0.2–0.4:
 * calibrate_Bass in dgen_os/python/calibration_functions.py of the public dGen fork
 * nwillems94/dgen).
 */
const BASS_SOURCE = "Bass 1969; NREL dGen (Sigrin et al. 2016, NREL/TP-6A20-65231)";

/**
 * Why the ceilings may be lower or higher: calibrated to one year's application rate, which a
 * faster or slower spread with another ceiling could also produce.
 */
const CEILING = "calibrated to one year's rate, which other (ceiling, p, q) also fit: ±⅓–½";

/** The hosting-capacity rules the model implements. */
export const HOSTING_RULES = ["plan80", "dlt2041"] as const;
/** One of {@link HOSTING_RULES}. */
export type HostingRuleName = typeof HOSTING_RULES[number];

/** What limits the upgrades of a year. */
export const UPGRADE_LIMITS = ["none", "count", "budget"] as const;
/** One of {@link UPGRADE_LIMITS}. */
export type UpgradeLimit = typeof UPGRADE_LIMITS[number];

/** Every lever of the PV model. */
export const PV_SPEC = group(
  "Distributed PV: adoption, hosting capacity, red/yellow/green zones and upgrades (plan 三.(九))",
  {
    adoption: group(
      "Household rooftop PV: a Bass diffusion in every public transformer area, started at the " +
        "adoption level its connected and filed PV implies (dGen's 'equivalent time')",
      {
        innovationP: number(
          "Bass coefficient of innovation p: the yearly chance that a household adopts when " +
            "nobody around it has PV yet. Assumed at the top of the range dGen's calibration " +
            "allows (0.0001–0.002), since Henan's household PV spread faster than U.S. " +
            "rooftop solar (village roof-leasing programmes)",
          0.002,
          "per year",
          {
            min: 1e-6,
            max: 1,
            clause: BASS_SOURCE,
            range: range(
              0.0005,
              0.005,
              "dGen's calibration bounds (0.0001–0.002), from their middle to 2.5 × their top " +
                "for Henan's faster spread",
            ),
          },
        ),
        imitationQ: number(
          "Bass coefficient of imitation q: how much each neighbour's adoption raises the " +
            "yearly chance. Assumed at the top of dGen's calibration range (0.2–0.4); the " +
            "mean over 213 products in Sultan, Farley & Lehmann (1990) is 0.38",
          0.4,
          "per year",
          {
            min: 0,
            max: 5,
            clause: BASS_SOURCE,
            range: range(0.2, 0.6, "dGen's bounds 0.2–0.4, and above for whole-village leasing"),
          },
        ),
        ceilingShare: group(
          "Share of an area's households that will ever install rooftop PV (the Bass market " +
            "m = households × share), by the region of the area's feeder. Calibrated so that " +
            "the default data's household PV applications match data/demand's PV rate " +
            "(≈ 3,350 a year for systems ≤ 100 kW)",
          {
            urban_core: share(
              "County seat: flats have no roof of their own, only the few detached houses do",
              0.05,
              undefined,
              range(0.02, 0.1, CEILING),
            ),
            town: share(
              "Township seats: fewer detached houses with usable roofs",
              0.3,
              undefined,
              range(0.15, 0.45, CEILING),
            ),
            rural: share(
              "Villages: detached houses with flat roofs, where roof-leasing programmes sign " +
                "whole villages",
              0.45,
              undefined,
              range(0.3, 0.6, CEILING),
            ),
          },
        ),
        householdMaxKw: number(
          "Largest household system: data/demand/capacity.csv's pv bins up to this size are " +
            "household rooftop PV (sizes of the Bass adopters), bins above it commercial PV",
          100,
          "kW",
          {
            min: 1,
            max: 1000,
            range: range(50, 150, "household systems are 10–50 kW, leased village roofs to 100+"),
          },
        ),
        seasonal: flag(
          "Spread each year's adoptions over the months as data/demand/applications.csv's pv " +
            "rates do (spring and autumn installation seasons); off: evenly over the year",
          true,
        ),
      },
    ),
    commercial: group(
      "Commercial and industrial rooftop PV (full self-consumption, plan 三.(九).3), on " +
        "customer-owned transformers at least as large as the system",
      {
        rateFactor: number(
          "Multiplier on the data's rate of commercial PV applications: data/demand's monthly " +
            "pv rate × the share of pv capacity bins between adoption.householdMaxKw and maxKw",
          1,
          "× data rate",
          { max: 20 },
        ),
        maxKw: number(
          "Largest commercial system connected at low voltage, where the transformer rule " +
            "applies: 8–400 kW connect at 380 V, 400 kW–6 MW at 10 kV through the owner's " +
            "own step-up (Q/GDW 1480-2015 §4.2); larger systems are left out",
          400,
          "kW",
          { min: 1, max: 6000, clause: "Q/GDW 1480-2015 §4.2" },
        ),
      },
    ),
    hosting: group("Hosting capacity of a transformer and its zone (plan 三.(九).1, 三.(九).3)", {
      rule: choice(
        "Rule in force: plan80 = PV connected + filed + the new application ≤ " +
          "limitShareOfRating × rating on every transformer (plan 三.(九).3); dlt2041 = the " +
          "national guideline's reverse load rate (PV output − midday minimum load) / rating " +
          "≤ reverseLoadLimit (DL/T 2041-2019, thermal check of a distribution transformer)",
        HOSTING_RULES,
        "plan80",
        "三.(九).3",
      ),
      limitShareOfRating: number(
        "plan80: largest PV (connected + filed + new) as a share of the transformer's rating " +
          "(80 % in the 2023 plan; the 2022 baseline had no such cap: set it high, e.g. 10)",
        PV_TRANSFORMER_SHARE,
        "share of rating",
        { max: 10, clause: "三.(九).3" },
      ),
      yellowFromShareOfLimit: share(
        "plan80: a transformer is yellow once its PV exceeds this share of the limit " +
          "(0.75 × 80 % = 60 % of the rating) and red once it reaches the limit. The plan " +
          "names the zones but gives no band: assumed, the last quarter of the allowance",
        0.75,
        "三.(九).1",
        range(0.6, 0.9, "judgement: the last tenth to the last two fifths of the allowance"),
      ),
      reverseLoadLimit: share(
        "dlt2041: largest reverse load rate β = (PV output − midday minimum load) / rating. " +
          "Green: no reverse flow (≤ 0); yellow: reverse flow below β; red: β reached",
        0.8,
        "DL/T 2041-2019",
      ),
      pvOutputShare: share(
        "dlt2041: PV output at the midday minimum-load hour as a share of the installed AC " +
          "capacity; 1 = full output coinciding with the minimum load (conservative, assumed)",
        1,
        "DL/T 2041-2019",
        range(0.7, 1, "clear-sky midday output of fixed rooftop arrays is 70–100 % of AC rating"),
      ),
      yellowStudyDays: count(
        "Working days the special absorption study adds to an application in a yellow zone " +
          "(plan 三.(九).1 asks for the study, not for a duration: assumed)",
        10,
        {
          max: 100,
          unit: "working days",
          clause: "三.(九).1",
          range: range(5, 20, "judgement: one to four working weeks for a study"),
        },
      ),
    }),
    upgrades: group(
      "Capacity upgrades for PV (plan 三.(九).2): at each quarterly review the worst public " +
        "transformers (red first, then those with applications waiting) get a larger unit",
      {
        limit: choice(
          "What limits the year's upgrades: none (no PV-driven upgrades, the 2023 situation), " +
            "a count (countPerYear) or a budget (budgetCnyPerYear)",
          UPGRADE_LIMITS,
          "none",
          "三.(九).2",
        ),
        countPerYear: count("limit = count: transformers upgraded a year", 0, {
          max: 5000,
          unit: "transformers per year",
        }),
        budgetCnyPerYear: number(
          "limit = budget: yuan a year for upgrades, each costing costs.csv's " +
            "transformer_upgrade_fixed + public_transformer_per_kva × the new rating",
          0,
          "¥ per year",
          { max: 1e10 },
        ),
        constructionDays: count(
          "Working days from the decision to the new unit in service (a 10 kV network work: " +
            "≤ 30 working days, plan 二.(二))",
          NETWORK_WORKS.mv10kvDays,
          { max: 100, unit: "working days", clause: "二.(二)" },
        ),
        maxKva: number(
          "Largest unit an upgrade installs (the default data's largest rural public unit is " +
            "630 kVA); the smallest standard rating that turns the transformer green is chosen",
          630,
          "kVA",
          { min: 30, max: 2500 },
        ),
      },
    ),
    standaloneConnectionDays: count(
      "Only when the application model is not running (tests, benchmarks): working days from " +
        "admission to energising (the three-zero LV whole-process limit, plan 二.(二))",
      TIMELINE_TARGETS.lv_small.days,
      { max: 100, unit: "working days", clause: "二.(二)" },
    ),
  },
);

/** The PV model's parameters. */
export type PvParameters = ValueOf<typeof PV_SPEC>;
