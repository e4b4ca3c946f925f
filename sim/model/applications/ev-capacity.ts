/**
 * Charger capacity in residential compounds (plan 三.(七)): a new compound reserves capacity
 * for 20 % of its spaces at 8 kW; when a compound's capacity is used up, new charger
 * applications there pause until the supply is upgraded (居民区电力设施容量不够时，应暂停新增
 * 充电设施报装，待…完成电力设施增容或新建后，再启动充电设施报装).
 *
 * @module
 */
import type { ProcessBody } from "../../engine/process.ts";
import { Signal } from "../../engine/waitable.ts";
import type { Application } from "./application.ts";
import type { CompoundSupply } from "./compound-supply.ts";
import type { ModelState } from "./state.ts";

/**
 * Takes `app.capacityKw` of its compound's charger capacity, waiting for upgrades while there is
 * not enough. The pause is the plan's own rule (三.(七).3: 居民区电力设施容量不够时，应暂停新增
 * 充电设施报装), not a service delay: it is reported apart (`capacityWaitDays`) and left out of
 * both service measures (`planWaitDays`).
 */
export function* takeChargerCapacity(state: ModelState, app: Application): ProcessBody<void> {
  const supply = app.site.compound;
  if (supply === null || app.voltage !== "lv") return; // a 10 kV charger station has its own supply
  const start = state.ctx.env.now;
  let waited = false;
  while (supply.reserveKw - supply.usedKw < app.capacityKw) {
    if (!waited) state.planWait(app, true);
    waited = true;
    if (supply.upgrade === null) startUpgrade(state, supply, app);
    yield supply.upgrade!;
  }
  if (waited) state.planWait(app, false);
  supply.usedKw += app.capacityKw;
  const days = waited ? state.clock.daysSince(start) : 0;
  app.capacityWaitDays = days;
  app.planWaitDays += days;
}

/**
 * Upgrades a compound's supply (三.(七).3: the property manager arranges it) for the charger
 * `app` that found it full: after `upgradeDays`, the reserve grows by a new compound's reserve
 * (`evReservedShare` × spaces × `evKwPerSpace`), or by what the charger needs if that is more.
 * The utility pays a transformer replacement (fixed cost) plus the added kVA (kW at unity power
 * factor, a simplification). The upgrade is the year's investment (`ev.upgrades`, and the
 * chargers' and the utility's costs) when a charger of the cohort started it, whenever it
 * finishes; one started for a charger of the warm-up or the run-out is another year's.
 */
function startUpgrade(state: ModelState, supply: CompoundSupply, app: Application): void {
  const signal = new Signal<void>();
  supply.upgrade = signal;
  const ev = state.levers.evCharging;
  const planned = ev.evReservedShare * supply.compound.parkingSpaces * ev.evKwPerSpace;
  const shortfall = supply.usedKw + app.capacityKw - supply.reserveKw;
  const addedKw = Math.max(planned, shortfall);
  const delay = state.clock.days(state.draw.upgradeDays());
  const ofTheYear = app.period === "cohort";
  state.ctx.env.schedule(delay, () => {
    supply.reserveKw += addedKw;
    supply.upgrade = null;
    if (ofTheYear) {
      state.evUpgrades++;
      const costs = state.county.costs;
      state.evUpgradeCny += costs.transformer_upgrade_fixed.costCny +
        addedKw * costs.public_transformer_per_kva.costCny;
    }
    signal.succeed();
  });
}
