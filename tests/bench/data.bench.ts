/**
 * Loading the default county data (every file parsed, checked and cross-checked, ≈ 4,000
 * transformers and 1,826 days of reliability record). Target: < 200 ms per load.
 */
import { DEFAULT_DATA_DIR, loadCounty } from "../../sim/data/county.ts";

Deno.bench("loadCounty(default data)", async () => {
  await loadCounty(DEFAULT_DATA_DIR, { onNote: () => {} });
});
