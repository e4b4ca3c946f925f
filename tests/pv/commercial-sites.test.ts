/**
 * Tests of sim/model/pv/commercial-sites.ts: commercial PV behind a customer-owned transformer at
 * least as large, by rating.
 */
import assert from "node:assert/strict";
import { CommercialSites } from "../../sim/model/pv/commercial-sites.ts";
import { fixtureCounty } from "./fixture.ts";
import { county } from "../support/pv.ts";

Deno.test("commercial PV goes to a customer-owned transformer at least as large, by rating", () => {
  const c = fixtureCounty(county, [{ id: "F1", region: "town" }], [
    { id: "P1", feederId: "F1", ownership: "private", ratingKva: 100 },
    { id: "P2", feederId: "F1", ownership: "private", ratingKva: 300 },
    { id: "P3", feederId: "F1", ownership: "private", ratingKva: 600 },
    { id: "U1", feederId: "F1", ownership: "public", ratingKva: 2000 },
  ]);
  const sites = new CommercialSites(c.transformers);
  const count = (kw: number) => {
    const hits = [0, 0, 0, 0];
    for (let k = 0; k < 900; k++) hits[sites.pick(kw, (k + 0.5) / 900)]++;
    return hits;
  };
  assert.deepEqual(count(50), [90, 270, 540, 0]); // weights 100 : 300 : 600, public U1 excluded
  assert.deepEqual(count(250), [0, 300, 600, 0]); // weights 300 : 600
  assert.deepEqual(count(800), [0, 0, 900, 0]); // none large enough: the largest
});
