/**
 * The explorer's replication worker in the browser (bundled as `worker.js`): the runner's own
 * worker loop, reading the county from the bundled files (`county.json`, fetched from the
 * page's own origin) instead of the file system.
 */
import { deferredSource } from "../io/text-source.ts";
import { serveReplications, type WorkerScope } from "../runner/worker-loop.ts";
import { type BundledFiles, bundledSource } from "./bundled-files.ts";

const files = fetch(new URL("./county.json", import.meta.url)).then((r) => {
  if (!r.ok) throw new Error(`county.json: HTTP ${r.status}`);
  return r.json() as Promise<BundledFiles>;
});
serveReplications(globalThis as unknown as WorkerScope, deferredSource(files.then(bundledSource)));
