/**
 * The sizing search's vocabulary: the counts it may change, the targets it must meet, what one
 * replication of a candidate tells, and the evaluator that runs candidates (the county's, or a
 * queue's in the tests).
 *
 * @module
 */

/** One count the search may change. */
export interface Dimension {
  /** Stable id, e.g. `applications.staff.surveyCrews.count`. */
  id: string;
  /** Shown in tables. */
  label: string;
  /** The target group it serves (e.g. `staff`, `crews`). */
  group: string;
  /** The scenario's count. */
  base: number;
  min: number;
  /** The ceiling of the search. */
  max: number;
  /** Cost of one unit a year, ¥. */
  unitCost: number;
  /** False: held at `base`. */
  free: boolean;
  /**
   * A measure of the outcomes giving the dimension's utilisation (busy over available time):
   * with it, the search starts its bisection no lower than the offered load in units
   * (count × utilisation at the ceiling, rounded down), below which a queue cannot keep up.
   */
  loadKey?: string;
}

/** A target the search must meet, in a group. */
export interface Target {
  id: string;
  group: string;
}

/** One replication's outcome: each target met (true), missed (false) or not judged (undefined). */
export interface Outcome {
  met: Readonly<Record<string, boolean | undefined>>;
  /** Other measures by key (utilisation, waits), kept for the answer's table. */
  measures?: Readonly<Record<string, number>>;
}

/** A candidate's counts (in dimension order) and the replications of it to run. */
export interface EvaluationRequest {
  counts: readonly number[];
  indices: readonly number[];
}

/**
 * Runs replications of candidates: one batch of requests at a time (run together, so a pool of
 * workers is started once for them all); outcomes per request, in the order of its indices.
 */
export interface Evaluator {
  run(requests: readonly EvaluationRequest[]): Promise<Outcome[][]>;
}

/** What was learnt about one candidate. */
export interface Candidate {
  counts: number[];
  cost: number;
  /** Replications 0 … n − 1 run so far, in index order. */
  outcomes: Outcome[];
  /** Replications run beyond them (the raise step reruns single replications), by index. */
  extra: Map<number, Outcome>;
}
