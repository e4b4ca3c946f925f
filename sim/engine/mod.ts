/**
 * The domain-free discrete-event engine: clock and event list, processes, resources, the
 * working-time calendar, seeded random streams and distributions, and statistics. Nothing here
 * knows about electricity.
 *
 * @module
 */
export { EventHeap } from "./event-list.ts";
export {
  checkDelay,
  Environment,
  firesBefore,
  NORMAL,
  ScheduledEvent,
  URGENT,
} from "./environment.ts";
export { Interrupt, Process, type ProcessBody } from "./process.ts";
export { AllOf, AnyOf, Signal, Waitable, type Waiter } from "./waitable.ts";
export { type Discipline, Request, Resource, type ResourceOptions } from "./resource.ts";
export { WorkClock } from "./work-clock.ts";
export * from "./calendar.ts";
export * from "./random/mod.ts";
export * from "./stats/mod.ts";
