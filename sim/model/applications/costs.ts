/**
 * What a connection costs and who pays (¥, `data/costs.csv`): the network works by their
 * investor (the three-colour sheet), the service drop and meter, the customer's substation and
 * charger; each other item by the payer the data give it.
 *
 * @module
 */
import type { UnitCost } from "../../data/costs.ts";
import type { CostItem, Payer } from "../../data/vocabulary.ts";
import type { Application } from "./application.ts";
import type { Investor } from "./classes.ts";

const PAYER_OF: Readonly<Record<Investor, Payer>> = {
  red: "government",
  green: "utility",
  yellow: "customer",
};

/** Adds `cny` to the share of `payer` on `app`. */
function charge(app: Application, payer: Payer, cny: number): void {
  if (payer === "customer") app.customerCny += cny;
  else if (payer === "utility") app.utilityCny += cny;
  else app.governmentCny += cny;
}

/**
 * Prices an energised application and splits the cost between customer, utility and
 * government. Items without a unit cost in the data (an LV firm's internal wiring, a PV
 * system itself) are not counted: the model counts connection costs, not the customer's whole
 * project.
 */
export function priceApplication(
  app: Application,
  costs: Readonly<Record<CostItem, UnitCost>>,
): void {
  const item = (name: CostItem) => costs[name];
  const byDefault = (name: CostItem, units = 1) => {
    const c = item(name);
    charge(app, c.payerDefault, c.costCny * units);
  };
  const network = PAYER_OF[app.investor];
  const lv = app.voltage === "lv";
  const cable = app.site.cable;
  if (app.needsNetworkWorks) {
    app.networkPaidBy = network;
    const km = app.lineLengthM / 1000;
    if (lv) {
      charge(app, network, km * item(cable ? "lv_cable" : "lv_overhead_line").costCny);
    } else {
      charge(app, network, km * item(cable ? "mv_cable" : "mv_overhead_line").costCny);
      // A cable tee-off needs a ring-main unit; an overhead one a pole switch (三遥).
      charge(app, network, item(cable ? "ring_main_unit" : "pole_switch_automated").costCny);
    }
  }
  if (app.customerClass === "pv") {
    byDefault("pv_connection");
    if (!lv) byDefault("metering_hv");
    return;
  }
  if (!lv) {
    byDefault("metering_hv");
    byDefault("customer_substation_fixed");
    byDefault("customer_substation_per_kva", app.capacityKw);
    return;
  }
  if (app.customerClass === "base_station") {
    byDefault("base_station_lv_connection");
    return;
  }
  // The service drop is part of the works up to the property line: its investor pays.
  charge(app, network, item("service_drop_lv").costCny);
  byDefault(app.service === "residential" ? "meter_single_phase" : "meter_three_phase");
  if (app.customerClass === "ev_charger" && app.service === "residential") {
    byDefault("ev_charger_7kw");
    // New compounds are wired to every fixed space already (三.(七).1).
    if (app.site.compound?.compound.kind === "existing") byDefault("ev_space_wiring");
  }
}
