/**
 * A replication worker on Deno: serves the pool's messages (see `worker-loop.ts`), reading the
 * county from the file system. The browser's worker (`sim/explorer/worker-entry.ts`) runs the
 * same loop on the bundled data.
 */
/// <reference lib="deno.worker" />
import { serveReplications } from "./worker-loop.ts";

serveReplications(self);
