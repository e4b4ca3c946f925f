/**
 * The unit-cost table. Costs are 2023 price levels in yuan, VAT included, at the order of
 * magnitude of State Grid's typical-cost books for distribution works (配电网工程典型造价) and of
 * tender prices of the period; they are reasoned estimates for planning comparisons, not
 * quotations. Replace them with the county company's own contract prices.
 *
 * @module
 */
import type { UnitCost } from "../../sim/data/costs.ts";

/** Every cost item, in the order costs.csv lists them. */
export function unitCosts(): UnitCost[] {
  return [
    {
      item: "lv_overhead_line",
      category: "network_lv",
      unit: "km",
      costCny: 220000,
      payerDefault: "utility",
      note: "0.4 kV insulated overhead line (JKLYJ 4×120 mm²) on 10 m concrete poles, " +
        "materials and labour; typical rural LV lines cost 150,000–250,000 ¥/km",
    },
    {
      item: "lv_cable",
      category: "network_lv",
      unit: "km",
      costCny: 480000,
      payerDefault: "utility",
      note: "0.4 kV cable YJV22 4×185 mm² in duct, trenching and reinstatement included; " +
        "400,000–600,000 ¥/km in towns",
    },
    {
      item: "mv_overhead_line",
      category: "network_10kv",
      unit: "km",
      costCny: 450000,
      payerDefault: "utility",
      note: "10 kV insulated overhead line JKLYJ-240 on 15 m poles, about 50 m spans; " +
        "350,000–550,000 ¥/km",
    },
    {
      item: "mv_cable",
      category: "network_10kv",
      unit: "km",
      costCny: 1600000,
      payerDefault: "utility",
      note: "10 kV cable YJV22-3×300 mm² in a duct bank, civil works included; " +
        "1.2–2.0 million ¥/km in a county town",
    },
    {
      item: "ring_main_unit",
      category: "network_10kv",
      unit: "unit",
      costCny: 180000,
      payerDefault: "utility",
      note: "10 kV ring-main unit, 4 ways, with a distribution terminal (DTU) for automation",
    },
    {
      item: "pole_switch_automated",
      category: "network_10kv",
      unit: "unit",
      costCny: 75000,
      payerDefault: "utility",
      note: "pole-mounted vacuum load switch with a feeder terminal (FTU) for remote control " +
        "(三遥), installed",
    },
    {
      item: "public_transformer_fixed",
      category: "network_10kv",
      unit: "unit",
      costCny: 60000,
      payerDefault: "utility",
      note: "per new public transformer site: platform or foundation, drop-out fuses, surge " +
        "arresters, LV distribution box, earthing; the transformer is priced per kVA",
    },
    {
      item: "public_transformer_per_kva",
      category: "network_10kv",
      unit: "kva",
      costCny: 260,
      payerDefault: "utility",
      note: "S13 oil-immersed transformer, supplied and installed: 200–300 ¥/kVA " +
        "(a 400 kVA unit ≈ 100,000 ¥)",
    },
    {
      item: "transformer_upgrade_fixed",
      category: "network_10kv",
      unit: "unit",
      costCny: 25000,
      payerDefault: "utility",
      note: "replacing a public transformer by a larger one: crane, labour, temporary supply " +
        "or live-line bypass; the new unit is priced per kVA, the old one reused elsewhere",
    },
    {
      item: "customer_substation_fixed",
      category: "customer_works",
      unit: "unit",
      costCny: 150000,
      payerDefault: "customer",
      note: "customer-owned 10 kV substation: incoming switchgear, metering cabinet, LV main " +
        "panel, civil works; box-type at the low end, indoor switchrooms above",
    },
    {
      item: "customer_substation_per_kva",
      category: "customer_works",
      unit: "kva",
      costCny: 320,
      payerDefault: "customer",
      note: "customer transformer supplied and installed, with LV capacitor bank",
    },
    {
      item: "service_drop_lv",
      category: "connection",
      unit: "connection",
      costCny: 1800,
      payerDefault: "utility",
      note: "LV service drop of about 30 m and meter box up to the property line; paid by the " +
        "utility or government under the extended-investment policy (二.(一), 三.(一).1)",
    },
    {
      item: "meter_single_phase",
      category: "connection",
      unit: "connection",
      costCny: 450,
      payerDefault: "utility",
      note: "single-phase smart meter, installed; meters are utility property and metering " +
        "fees are abolished (三.(一).2)",
    },
    {
      item: "meter_three_phase",
      category: "connection",
      unit: "connection",
      costCny: 1200,
      payerDefault: "utility",
      note: "three-phase smart meter (direct or CT-connected), installed",
    },
    {
      item: "metering_hv",
      category: "connection",
      unit: "connection",
      costCny: 30000,
      payerDefault: "utility",
      note: "HV metering: CT/VT set and meter supplied by the utility; the cabinet is part " +
        "of the customer substation",
    },
    {
      item: "pv_connection",
      category: "connection",
      unit: "connection",
      costCny: 1500,
      payerDefault: "utility",
      note: "household PV: bidirectional meter and grid-connection switch; the utility " +
        "provides connection and metering for distributed PV free of charge",
    },
    {
      item: "ev_space_wiring",
      category: "customer_works",
      unit: "space",
      costCny: 2500,
      payerDefault: "customer",
      note: "wiring from the compound's meter box to one fixed parking space (cable, tray, " +
        "conduit), built by the developer in new compounds (三.(七).1)",
    },
    {
      item: "ev_charger_7kw",
      category: "customer_works",
      unit: "unit",
      costCny: 3000,
      payerDefault: "customer",
      note: "7 kW AC wall-box charger, supplied and installed, paid by the car owner",
    },
    {
      item: "base_station_lv_connection",
      category: "connection",
      unit: "connection",
      costCny: 15000,
      payerDefault: "customer",
      note: "LV direct supply of a 5G site: about 100 m of cable from the nearest LV panel " +
        "and a meter; paid by the tower company",
    },
    {
      item: "live_line_work",
      category: "operations",
      unit: "job",
      costCny: 8000,
      payerDefault: "utility",
      note: "one live-line (no-outage) job on a 10 kV line: crew, insulated bucket truck, " +
        "bypass equipment; its fee to customers is abolished (三.(一).2)",
    },
    // Staffing (sizing, `deno task size`): a year of a head or crew, fully loaded. The wage is
    // the 2022 average of urban non-private units in electricity, heat, gas and water supply,
    // 132,964 ¥ (国家统计局, 2022年城镇非私营单位就业人员年平均工资), times 0.85 for Henan's
    // lower wage level, plus about 40 % employer contributions (pension 16 %, medical about 9 %,
    // housing fund 12 %, unemployment and injury about 1.5 %): ≈ 158,000 ¥ a head.
    {
      item: "staff_customer_manager",
      category: "staffing",
      unit: "head_year",
      costCny: 158000,
      payerDefault: "utility",
      note: "one customer manager (客户经理) for a year: average wage of the electricity sector " +
        "(NBS 2022, 132,964 ¥) × 0.85 for Henan, + 40 % employer contributions",
    },
    {
      item: "staff_survey_crew",
      category: "staffing",
      unit: "crew_year",
      costCny: 356000,
      payerDefault: "utility",
      note: "one survey-and-metering crew (勘查装表) for a year: two staff at 158,000 ¥ + a van, " +
        "fuel and tools, about 40,000 ¥",
    },
    {
      item: "staff_design_engineer",
      category: "staffing",
      unit: "head_year",
      costCny: 190000,
      payerDefault: "utility",
      note: "one design engineer for a year: a customer manager's cost × 1.2 for the grade",
    },
    {
      item: "staff_lv_crew",
      category: "staffing",
      unit: "crew_year",
      costCny: 680000,
      payerDefault: "utility",
      note: "one LV construction crew for a year: five workers at about 120,000 ¥ (contracted " +
        "labour, 集体企业) + a truck and tools, about 80,000 ¥",
    },
    {
      item: "staff_mv_crew",
      category: "staffing",
      unit: "crew_year",
      costCny: 1000000,
      payerDefault: "utility",
      note: "one 10 kV construction crew for a year: six workers at about 140,000 ¥ + a crane " +
        "or bucket truck and tools, about 160,000 ¥",
    },
    {
      item: "staff_inspector",
      category: "staffing",
      unit: "head_year",
      costCny: 178000,
      payerDefault: "utility",
      note: "one inspector for a year: 158,000 ¥ + a share of a vehicle, about 20,000 ¥",
    },
    {
      item: "staff_repair_crew_shift",
      category: "staffing",
      unit: "crew_shift_year",
      costCny: 1140000,
      payerDefault: "utility",
      note: "one repair crew (抢修, three staff) on duty in one 12-hour shift every day of the " +
        "year: 4,380 h a year at about 2,000 h a person is 2.19 crews of three at 158,000 ¥, " +
        "+ a repair truck, about 100,000 ¥",
    },
  ];
}
