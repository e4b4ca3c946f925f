/**
 * Every lever of the connection-application model, declared once (see `../parameters.ts`): its
 * meaning, unit, default, valid range and the plan clause it implements. Defaults describe the
 * situation the 2023 plan (武发改能源〔2023〕114号) sets up; where the practice before the plan
 * differed, the description says so ("before: …"), which is what a 2022 baseline scenario sets.
 *
 * Durations come in pairs, a median and a 90th percentile (`…Median`, `…P90`), the two figures
 * service standards and surveys quote. A pair with p90 > median is lognormal; p90 = median makes
 * the duration fixed (used for hand-computed tests and for "what if it always took N days").
 * Durations in working hours are work done by staff in office hours; durations in working days
 * run on the working calendar (1 working day = 8 working hours).
 *
 * Numbers marked "assumed" are the toolkit's own estimates for a Henan plain county, chosen so
 * that the default county meets most of the plan's targets with its staff moderately busy;
 * they are not measurements of Wuzhi's utility, and a user with real figures should replace them.
 *
 * @module
 */
import {
  around,
  changes,
  choice,
  count,
  flag,
  group,
  keyedCounts,
  number,
  type NumberSpec,
  range,
  share,
  type ValueOf,
} from "../../spec/spec.ts";
import {
  APPROVAL,
  EV_RESERVE,
  INFO_PUSH_DAYS,
  LV_THRESHOLD_KW,
  NETWORK_WORKS,
  SURVEY_ANSWER_MAX_KVA,
} from "../plan.ts";
import { STATION_ROLES } from "../../data/vocabulary.ts";

/**
 * How far an assumed pair may plausibly be from its defaults, as multiples of both (so the
 * median stays below the 90th percentile), with the reasoning.
 */
interface Spread {
  low: number;
  high: number;
  source: string;
}

/**
 * The usual spread of a duration the toolkit assumes without a count: half to double. A
 * service standard or a survey of a few counties would narrow it; until then, this is what a
 * Henan county's figure could plausibly be (the State Grid service limits bound the business
 * steps, not the work they contain).
 */
const JUDGEMENT: Spread = {
  low: 0.5,
  high: 2,
  source: "judgement: half to double the assumed figure, which no county record fixes",
};

/**
 * A duration pair `${key}Median` and `${key}P90` in `unit`. The two share a description; the
 * valid range is [0, max]. With a `spread` the pair is an assumption and carries its plausible
 * ranges.
 */
function medianP90<K extends string>(
  key: K,
  what: string,
  unit: string,
  median: number,
  p90: number,
  clause: string,
  spread?: Spread,
  max = unit === "working hours" ? 400 : 1000,
): { [P in `${K}Median` | `${K}P90`]: NumberSpec } {
  const plausible = (value: number) =>
    spread ? around(value, spread.low, spread.high, spread.source) : undefined;
  return {
    [`${key}Median`]: number(`${what}: median`, median, unit, {
      max,
      clause,
      range: plausible(median),
    }),
    [`${key}P90`]: number(
      `${what}: 90th percentile (≥ the median; equal to it for a fixed duration)`,
      p90,
      unit,
      { max, clause, range: plausible(p90) },
    ),
  } as { [P in `${K}Median` | `${K}P90`]: NumberSpec };
}

/** The levers of one customer class's own works; `shareRange` the plausible network share. */
function classWorks(
  label: string,
  networkWorksShare: number,
  customerMedian: number,
  customerP90: number,
  reasoning: string,
  shareRange: readonly [number, number],
) {
  return group(`${label}. ${reasoning}`, {
    networkWorksShare: share(
      "Share of applications whose connection needs network (grid-side) works up to the " +
        "property line, beyond a service drop and a meter. Assumed",
      networkWorksShare,
      "二.(二)",
      range(
        shareRange[0],
        shareRange[1],
        "judgement from the class's typical site (how often the nearest panel or line has room)",
      ),
    ),
    ...medianP90(
      "customerWorksDays",
      "The customer's own works (用户受电工程) after the supply plan: wiring, equipment, for HV " +
        "the customer substation. Assumed",
      "working days",
      customerMedian,
      customerP90,
      "二.(二)",
      {
        low: 0.5,
        high: 2,
        source: "judgement: the customer's own contractors, whom the utility does not schedule",
      },
    ),
  });
}

/**
 * A prompt contact or notice (limit one working day): a third of a day typically, but a busy or
 * absent officer can make it several days.
 */
const PROMPT: Spread = {
  low: 0.5,
  high: 3,
  source: "judgement: within hours when someone is on duty, up to three days when not",
};

/** One staff role: a count and dated changes of it. */
function role(what: string, defaultCount: number, reasoning: string) {
  return group(`${what}. ${reasoning}`, {
    count: count(`${what} on duty from 1 January`, defaultCount, { max: 1000, clause: "三.(二)" }),
    changes: changes(
      `Changes of the number of ${what.toLowerCase()} during the year: from each date ` +
        `(YYYY-MM-DD, in the simulated year) the count is the given value`,
      "count",
      { max: 1000, clause: "三.(二)" },
    ),
  });
}

/**
 * The staff roles' names (the keys of `staff`), for the station counts: the data's vocabulary,
 * since `grid/stations.csv` counts the same roles; {@link STAFF_ROLES} is the same list typed from
 * the spec (a test checks they agree).
 */
const STAFF_ROLE_NAMES = STATION_ROLES;

/** How a job finds its staff (see `dispatch.mode`). */
export const DISPATCH_MODES = ["county pool", "station", "nearest free"] as const;

/** Default warm-up, days (the MSER-5 experiment in the model's README chose it). */
const WARMUP_DAYS = 90;

/** The levers of the connection-application model. */
export const APPLICATIONS_SPEC = group(
  "Connection applications: who applies, the workflow from acceptance to energisation, the " +
    "staff who handle it and who pays (plan 二.(一)–(三), 三.(一)–(四), 三.(七), 三.(十))",
  {
    access: group("Who is connected how (plan 三.(一).3, 三.(三).1, 三.(一).7)", {
      lvThresholdKw: number(
        "Enterprises (and 5G stations, EV chargers) with equipment capacity at or below this are " +
          "connected at low voltage (0.4 kV), above it at 10 kV. 160 kW was already the limit " +
          "before the 2023 plan (the national 2020–2022 drive to raise LV access for small and " +
          "micro firms to 160 kW; a 2022 baseline keeps it); 100 kW, the older common limit, " +
          "studies the situation before that drive",
        LV_THRESHOLD_KW.now,
        "kW",
        { max: 10_000, clause: LV_THRESHOLD_KW.clause },
      ),
      lvThresholdTownKw: number(
        "The LV threshold in the county seat and township seats (regions urban_core and town, " +
          "县城镇范围内), where the plan explores 170 kW. Default: the 160 kW in force; set 170 " +
          "for the explored rule",
        LV_THRESHOLD_KW.now,
        "kW",
        { max: 10_000, clause: LV_THRESHOLD_KW.clause },
      ),
      surveyAnswerMaxKva: number(
        "10 kV single-source applications up to this capacity get their supply plan answered " +
          "on site at the survey (勘查立答); larger ones, and dual-source ones, get a dedicated " +
          "plan drafted by the design engineers. 0: every HV plan is drafted after the survey " +
          "(the practice this measure replaces)",
        SURVEY_ANSWER_MAX_KVA,
        "kVA",
        { max: 100_000, clause: "三.(三).1" },
      ),
      threeZero: flag(
        "Three-zero service (三零: zero visit, zero approval, zero investment) for LV residential " +
          "users and LV small and micro firms: no administrative approval, network works paid " +
          "by the utility. Off: small firms are served like other LV non-residential users " +
          "(three-zero was national practice from 2020, so a 2022 baseline keeps it on)",
        true,
        "二.(二) footnote 1",
      ),
      refuseMining: flag(
        "Applications for virtual-currency mining are refused at acceptance and never connected. " +
          "Off: they are handled as HV single-source applications (the situation before the " +
          "2021 national ban, for comparison only)",
        true,
        "三.(一).7",
      ),
      designReview: choice(
        "Whose HV customer-substation design the utility reviews before construction: " +
          "`important` users only (dual-source users, the practice since State Grid stopped " +
          "reviewing ordinary users' designs), `all` HV users (the older practice) or `none`",
        ["important", "all", "none"] as const,
        "important",
        "三.(一).4",
      ),
      pvLvMaxKw: number(
        "Distributed PV up to this capacity connects at 0.4 kV, above it at 10 kV " +
          "(Q/GDW 1480-2015 §4.3: 8–400 kW at 380 V, 400 kW–6 MW at 10 kV)",
        400,
        "kW",
        { max: 10_000, clause: "三.(九)" },
      ),
      pvHouseholdMaxKw: number(
        "When the PV model is not running, PV applications up to this capacity are household " +
          "rooftop PV on a public transformer, larger ones commercial PV on a customer-owned " +
          "one. Henan's household and village roof-leasing systems are 10–50 kW (the default " +
          "data's household bins). Assumed",
        50,
        "kW",
        {
          max: 10_000,
          clause: "三.(九).3",
          range: range(
            30,
            100,
            "household systems 10–50 kW, village roof-leasing ones up to 100 kW",
          ),
        },
      ),
    }),

    channels: group(
      "How an application reaches the utility (plan 二.(三), 三.(二).2, 三.(三).3)",
      {
        pushedShare: number(
          "Share of residential and enterprise (LV and HV) applications that start from a " +
            "business-registration or property-registration event pushed by the government " +
            "platform (房产+电力, 办企+电力): the utility contacts the user, who skips the " +
            "application step. Assumed; before the plan's push mechanisms, about 0.1",
          0.3,
          "share 0–1",
          { max: 1, clause: "二.(三), 三.(三).3" },
        ),
        proactiveShare: number(
          "Share of HV applications whose project the utility knows early from the " +
            "land-transfer and project-approval platforms: survey and supply plan start before " +
            "the formal application. Applied before pushedShare: for HV, pushedShare + " +
            "proactiveShare ≤ 1. Assumed; before the plan's platform links, 0",
          0.2,
          "share 0–1",
          { max: 1, clause: "三.(二).2" },
        ),
        ...medianP90(
          "pushContactDays",
          "Time from a pushed registration event to the utility contacting the user (limit " +
            `${INFO_PUSH_DAYS} working day). Assumed`,
          "working days",
          0.3,
          1,
          "三.(三).3",
          PROMPT,
        ),
        ...medianP90(
          "proactiveLeadDays",
          "How long before the formal application a proactive project becomes known (calendar " +
            "days). Assumed",
          "days",
          30,
          90,
          "三.(二).2.(2)",
          JUDGEMENT,
        ),
      },
    ),

    intake: group("Acceptance of the application by a customer manager (受理)", {
      ...medianP90(
        "intakeHours",
        "Customer-manager time to accept one application (check, file, contact); documents " +
          "come from the government platform (零证办电, 刷脸办电). Assumed",
        "working hours",
        0.5,
        1,
        "二.(五)",
        JUDGEMENT,
      ),
    }),

    survey: group("Site survey and supply plan (勘查, 供电方案)", {
      ...medianP90(
        "lvSurveyHours",
        "LV survey, the supply plan generated on the mobile terminal at the site (勘察设计" +
          "一体化), survey-crew time with travel. Assumed",
        "working hours",
        1,
        2,
        "三.(一).3",
        JUDGEMENT,
      ),
      ...medianP90(
        "hvSurveyHours",
        "HV survey with the customer, survey-crew time with travel. Assumed",
        "working hours",
        4,
        8,
        "三.(三).1",
        JUDGEMENT,
      ),
      ...medianP90(
        "dedicatedPlanHours",
        "Design-engineer time for a dedicated access plan of a single-source application " +
          "above surveyAnswerMaxKva (专业化、限时答). Assumed",
        "working hours",
        24,
        60,
        "三.(三).1",
        JUDGEMENT,
      ),
      ...medianP90(
        "dualPlanHours",
        "Design-engineer time for the access plan of a dual-source application (two sources, " +
          "protection coordination). Assumed",
        "working hours",
        40,
        100,
        "三.(三).1",
        JUDGEMENT,
      ),
      lvPlanOnSite: flag(
        "LV supply plans are generated at the site during the survey (勘察设计一体化), with no " +
          "step of their own. Off: a customer manager drafts the plan after the survey and it is " +
          "answered as a step of its own (lvPlanHours)",
        true,
        "三.(一).3",
      ),
      ...medianP90(
        "lvPlanHours",
        "Customer-manager time to draft an LV supply plan when it is not generated on site. " +
          "Assumed",
        "working hours",
        0.5,
        1,
        "三.(一).3",
        JUDGEMENT,
      ),
    }),

    designReview: group("Review of the customer substation's design (设计审查), HV only", {
      ...medianP90(
        "customerDesignDays",
        "The customer's designer preparing the drawings after the supply plan (customer " +
          "works, not counted in business handling time). Assumed",
        "working days",
        10,
        25,
        "三.(一).4",
        JUDGEMENT,
      ),
      ...medianP90(
        "reviewHours",
        "Design-engineer time to review one design online. Assumed",
        "working hours",
        4,
        8,
        "三.(一).4",
        JUDGEMENT,
      ),
      reviewOnline: flag(
        "The customer uploads its design and gets the review's answer online (线上办电): no step " +
          "of its own. Off: the drawings are handed in and the answer collected, one step more " +
          "for the customer (the practice before the step cuts)",
        true,
        "二.(三)",
      ),
    }),

    approval: group(
      "Administrative approval of the connection works (plan 二.(二) and its footnotes, " +
        "三.(二).1)",
      {
        exemptions: flag(
          `Works of "non-prohibited exempt" scope (≤ 35 kV, line ≤ ${APPROVAL.exemptMaxLineM} ` +
            `m, excavation ≤ ${APPROVAL.exemptMaxExcavationM} m) and of small low-risk ` +
            `projects (≤ ${APPROVAL.smallLowRiskMaxFloorM2} m², low risk) need no approval. ` +
            "Off: every project outside three-zero service needs approval",
          true,
          APPROVAL.clause,
        ),
        parallelApproval: flag(
          "Approvals are handled in parallel online, one joint round (并联审批, limit " +
            `${APPROVAL.parallelDays} working days). Off: the permits are obtained one after ` +
            "another (the practice before parallel approval)",
          true,
          "二.(二), 三.(二).1",
        ),
        ...medianP90(
          "approvalDays",
          "Duration of one parallel approval round. Assumed",
          "working days",
          1,
          2,
          "二.(二)",
          JUDGEMENT,
        ),
        serialPermits: count(
          "Permits needed one after another when approval is serial: planning, construction, " +
            "road excavation, road occupation, green space (the five 三.(二).1 names)",
          5,
          { max: 20, clause: "三.(二).1" },
        ),
        ...medianP90(
          "permitDays",
          "Duration of one permit when approval is serial. Assumed",
          "working days",
          3,
          8,
          "三.(二).1",
          JUDGEMENT,
        ),
        ...medianP90(
          "floorAreaM2",
          "Total floor area of the building an HV application supplies (decides the small " +
            "low-risk exemption). Assumed",
          "m²",
          5_000,
          30_000,
          APPROVAL.clause,
          JUDGEMENT,
          1_000_000,
        ),
        lowRiskShare: share(
          "Share of projects within the floor-area limit that also meet the other small " +
            "low-risk conditions (≤ 24 m, ≤ 1 basement level, single function, not hazardous). " +
            "Assumed",
          0.8,
          APPROVAL.clause,
          range(0.6, 0.95, "judgement: most small projects are low-rise single-use workshops"),
        ),
      },
    ),

    networkWorks: group(
      "Network (grid-side) works up to the property line (接网工程), plan 二.(二), 三.(二).2.(4)",
      {
        ...medianP90(
          "lvLineMetres",
          "Length of an LV extension (decides the approval exemption and the cost). Assumed",
          "m",
          60,
          250,
          APPROVAL.clause,
          JUDGEMENT,
          100_000,
        ),
        ...medianP90(
          "mvLineMetres",
          "Length of a 10 kV extension. Assumed",
          "m",
          400,
          2_000,
          APPROVAL.clause,
          JUDGEMENT,
          100_000,
        ),
        ...medianP90(
          "lvWorksDays",
          `Construction of LV works, one LV crew for the duration (limit ${NETWORK_WORKS.lvDays} ` +
            "working days). Assumed",
          "working days",
          3,
          7,
          NETWORK_WORKS.clause,
          JUDGEMENT,
        ),
        ...medianP90(
          "mvWorksDays",
          "Construction of 10 kV works, one 10 kV crew for the duration (limit " +
            `${NETWORK_WORKS.mv10kvDays} working days after the supply plan). Assumed`,
          "working days",
          12,
          25,
          NETWORK_WORKS.clause,
          JUDGEMENT,
        ),
        ...medianP90(
          "governmentPushDays",
          "Time from the supply plan to the government works department being notified of " +
            `government-invested (red) works (limit ${INFO_PUSH_DAYS} working day). Assumed`,
          "working days",
          0.3,
          1,
          "三.(一).1.(4)",
          PROMPT,
        ),
        ...medianP90(
          "governmentStartDays",
          "Time the government works department needs to release funds and engage a " +
            "contractor before red works start (its contractors build them, not utility " +
            "crews). Assumed",
          "working days",
          3,
          10,
          "三.(一).1.(2)",
          JUDGEMENT,
        ),
      },
    ),

    investment: group("Who pays for the network works: the three-colour sheet (三色单)", {
      extendedInvestmentShare: share(
        "Share of eligible users (non-three-zero users in the county seat and township seats, " +
          "inside the urban planning area) whose network works up to the property line are " +
          "paid by the government or the utility (延伸投资); the rest pay themselves (yellow). " +
          "Plan target 1 (二.(一)); 0 switches the policy off",
        1,
        "二.(一), 三.(一).1",
      ),
      governmentLandShare: share(
        "Share of eligible users on land supplied from the government land reserve, whose " +
          "network works the government pays from land-reserve costs (red); the utility pays " +
          "for the others (green). Assumed",
        0.3,
        "三.(一).1.(1)",
        range(0.1, 0.5, "judgement: the share of new sites the county's land reserve supplies"),
      ),
    }),

    inspection: group(
      "Completion inspection (竣工检验) of HV and PV connections, plan 三.(二).3",
      {
        cloudInspectionShare: share(
          "Share of inspections done remotely from uploaded video (云验收). Assumed; before " +
            "cloud acceptance, 0",
          0.5,
          "三.(二).3",
        ),
        firstPassProbability: share(
          "Probability that an inspection passes; a failed one sends the customer to fix the " +
            'defects and the inspection is repeated. The "sunshine job card" raises it. ' +
            "Assumed; before the job card, about 0.7",
          0.85,
          "三.(二).3",
        ),
        ...medianP90(
          "onsiteInspectionHours",
          "Inspector time for an on-site inspection, with travel. Assumed",
          "working hours",
          3,
          6,
          "三.(二).3",
          JUDGEMENT,
        ),
        ...medianP90(
          "cloudInspectionHours",
          "Inspector time for a remote (cloud) inspection. Assumed",
          "working hours",
          1,
          2,
          "三.(二).3",
          JUDGEMENT,
        ),
        ...medianP90(
          "rectificationDays",
          "The customer fixing the defects an inspection found (customer works). Assumed",
          "working days",
          2,
          6,
          "三.(二).3",
          JUDGEMENT,
        ),
        inspectionWithEnergisation: flag(
          "The completion inspection (of HV and PV connections) and the metering and " +
            "energisation are one visit and one step. Off: two visits, two steps (the practice " +
            "before the step cuts)",
          true,
          "二.(三)",
        ),
      },
    ),

    energisation: group("Metering and energisation (装表接电)", {
      ...medianP90(
        "lvMeteringHours",
        "Survey-crew time to install the meter and connect an LV user. Assumed",
        "working hours",
        1,
        2,
        "二.(三)",
        JUDGEMENT,
      ),
      ...medianP90(
        "hvEnergisationHours",
        "Inspector time for HV metering and switching on. Assumed",
        "working hours",
        3,
        6,
        "二.(三)",
        JUDGEMENT,
      ),
    }),

    evCharging: group("Chargers in residential compounds (plan 三.(七))", {
      evReservedShare: share(
        "Share of a new compound's parking spaces for which charger capacity is reserved",
        EV_RESERVE.shareOfSpaces,
        EV_RESERVE.clause,
      ),
      evKwPerSpace: number(
        "Load counted per reserved space and per charger already installed",
        EV_RESERVE.kwPerSpace,
        "kW",
        { max: 100, clause: EV_RESERVE.clause },
      ),
      evPrivateMaxKw: number(
        "Chargers up to this capacity are a resident's private charger, served like a " +
          "residential connection; larger ones are shared chargers, served like LV " +
          "non-residential users (GB/T 18487.1: AC home chargers 7 kW single-phase, 11 kW " +
          "three-phase)",
        11,
        "kW",
        { max: 1_000, clause: "三.(七).2" },
      ),
      ...medianP90(
        "upgradeDays",
        "Time to upgrade a compound's supply when its charger capacity is used up; new " +
          "charger applications there pause until it is done (三.(七).3). Assumed",
        "working days",
        20,
        60,
        "三.(七).3",
        JUDGEMENT,
      ),
    }),

    baseStations: group("5G base stations (plan 三.(十))", {
      thirdPartyShare: share(
        "Share of stations inside a third party's property line (office buildings, " +
          "property-managed compounds), supplied through that party after the utility helps " +
          "negotiate instead of directly. Assumed",
        0.2,
        "三.(十).1",
        range(0.1, 0.4, "judgement: rooftop and in-compound sites among a county's 5G stations"),
      ),
      ...medianP90(
        "thirdPartyDays",
        "Negotiation and the third party's supply works for such a station. Assumed",
        "working days",
        5,
        15,
        "三.(十).1",
        JUDGEMENT,
      ),
    }),

    classes: group(
      "Each class's works. HV 5G stations and HV EV chargers use hv_single's figures; " +
        "mining, when not refused, too",
      {
        residential: classWorks(
          "Residential",
          0.05,
          0.5,
          2,
          "Homes connect to the existing LV network; indoor wiring is ready when they apply",
          [0.02, 0.15],
        ),
        lv_small: classWorks(
          "LV small and micro firms",
          0.4,
          3,
          8,
          "Workshops and shops, often a line extension from the nearest LV panel",
          [0.2, 0.6],
        ),
        lv_other: classWorks(
          "Other LV non-residential users",
          0.5,
          4,
          10,
          "Public bodies, larger firms, temporary supplies",
          [0.3, 0.7],
        ),
        hv_single: classWorks(
          "HV single-source users",
          0.8,
          40,
          90,
          "A 10 kV line extension and the customer's own substation",
          [0.6, 0.95],
        ),
        hv_dual: classWorks(
          "HV dual-source users",
          1,
          60,
          130,
          "Hospitals, data rooms, continuous-process plants: a second source always needs works",
          [0.9, 1],
        ),
        base_station: classWorks(
          "5G base stations",
          0.3,
          2,
          6,
          "A cable from the nearest LV panel or pole; the tower company installs its cabinet",
          [0.15, 0.5],
        ),
        ev_charger: classWorks(
          "Chargers in residential compounds",
          0.1,
          1,
          3,
          "The wall box is installed on wiring the compound provides",
          [0.05, 0.25],
        ),
        pv: classWorks(
          "Distributed PV",
          0.05,
          5,
          15,
          "The customer's works are the installation of the PV system",
          [0.02, 0.15],
        ),
      },
    ),

    staff: group(
      "Staff and crews: resources working office hours on the working calendar. Defaults " +
        "keep them 60–85 % busy under the default demand (assumed staffing)",
      {
        customerManagers: role(
          "Customer managers",
          5,
          "Accept applications, contact pushed users, dedicated service for key projects",
        ),
        surveyCrews: role(
          "Survey crews",
          17,
          "Survey, and for LV users also install the meter and connect (勘查装表一体化)",
        ),
        designReviewers: role(
          "Design engineers",
          2,
          "Draft dedicated HV access plans and review customer designs. Two, about 30–45 % busy: " +
            "the work comes in large pieces (a dual-source plan is days of work), and with one " +
            "engineer a year with a few more large applications leaves HV users waiting weeks",
        ),
        lvCrews: role("LV construction crews", 20, "Build utility-invested LV network works"),
        mvCrews: role("10 kV construction crews", 5, "Build utility-invested 10 kV network works"),
        inspectors: role(
          "Inspectors",
          9,
          "Completion inspections of HV and PV connections, HV metering and energisation",
        ),
      },
    ),

    dispatch: group(
      "Where staff and crews sit and who serves a job: the county company and the township " +
        "supply stations (供电所) of grid/stations.csv, each serving its substations' or " +
        "regions' feeders",
      {
        mode: choice(
          "Who serves a job. `county pool`: every person of a role serves any job in the county, " +
            "with no travel modelled (the idealised bound, and the behaviour before stations " +
            "existed; counts are the county-wide `staff`). `station`: a job waits for the staff " +
            "of its own station (the station serving its feeder), or of the county company when " +
            "its station has none of the role. `nearest free`: as `station`, but when its own " +
            "are all busy a free person of the nearest other station takes it and drives both " +
            "ways. Durations already include the trip within a station's own area",
          DISPATCH_MODES,
          "county pool",
        ),
        stationStaff: keyedCounts(
          "Staff and crews of a station by role, overriding grid/stations.csv's counts " +
            '(`{ "S03": { "lvCrews": 4 } }`); used by the `station` and `nearest free` modes, ' +
            "where the county-wide `staff` counts are not (a county without stations.csv has one " +
            "station with the county-wide counts)",
          "a station id of grid/stations.csv",
          STAFF_ROLE_NAMES,
          "people or crews",
          1000,
        ),
        roadKmh: number(
          "Average road speed of a crew driving between stations, km/h. Assumed: county and " +
            "township roads with 40–60 km/h limits, villages and crossings on the way",
          40,
          "km/h",
          { min: 5, max: 120, range: range(30, 55, "judgement: county roads' limits, less stops") },
        ),
        detourFactor: number(
          "Road distance over straight-line distance between two stations. Assumed: road " +
            "circuity measured across countries is about 1.2–1.4 (Ballou, Rahardja & Sakai " +
            "2002, Transportation Research A 36(9)); plain counties' grid-like roads sit low",
          1.3,
          "ratio",
          { min: 1, max: 3, range: range(1.15, 1.5, "Ballou et al. 2002: circuity 1.2–1.4") },
        ),
      },
    ),

    cohort: group(
      "What is measured: the cohort of applications filed in the simulated year, each followed " +
        "to its end, on a county that carries work on 1 January",
      {
        warmupDays: count(
          "Days simulated before 1 January, with the arrivals of those dates, so that queues, " +
            "staff and crews are loaded when the cohort begins; nothing filed then is measured. " +
            "The default is chosen by MSER-5 on the daily count of open applications (see the " +
            "README of the application model)",
          WARMUP_DAYS,
          { unit: "days", max: 365, clause: "二.(二)" },
        ),
        runOutCapDays: count(
          "Days after 31 December that the run-out may last: the county runs on (with the " +
            "arrivals of those dates) until every application of the cohort is energised or " +
            "refused; one still open at the cap is measured up to it and counts as outside " +
            "every limit",
          365,
          { unit: "days", max: 365, clause: "二.(二)" },
        ),
      },
    ),

    verdicts: group("How the plan's per-customer limits are read", {
      complianceLevel: share(
        "The plan's limits (不超过) apply to each customer; read per customer, a limit is met when " +
          "at least this share of the cohort's applications is within it (the mean is checked " +
          "too, as an evaluation averages). 95 % leaves room for the odd exceptional case " +
          "without letting a class's slow tail pass",
        0.95,
        "二.(二)",
      ),
    }),
  },
);

/** The parameters of the connection-application model. */
export type ApplicationParameters = ValueOf<typeof APPLICATIONS_SPEC>;

/** The names of the staff roles. */
export type StaffRole = keyof ApplicationParameters["staff"];

/** The staff roles, in the order reports list them. */
export const STAFF_ROLES: readonly StaffRole[] = STAFF_ROLE_NAMES;
