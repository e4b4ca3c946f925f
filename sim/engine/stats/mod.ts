/**
 * Statistics for the simulation engine: streaming monitors (Tally, TimeWeighted), warm-up
 * deletion (mser5, deleteWarmup), across-replication summaries and scenario comparisons, and
 * the distribution functions they rest on.
 */
export { DEFAULT_QUANTILES, Tally, type TallyOptions } from "./tally.ts";
export { P2Quantile } from "./p2-quantile.ts";
export { TimeWeighted } from "./time-weighted.ts";
export { mser5 } from "./mser5.ts";
export { deleteWarmup } from "./delete-warmup.ts";
export { MIN_N_FOR_TAIL_PERCENTILES, summarize, type Summary } from "./summary.ts";
export { type ProportionSummary, proportionSummary } from "./proportion-summary.ts";
export { welchTTest, type WelchTTestResult } from "./welch-t-test.ts";
export { pairedDifference, type PairedDifferenceResult } from "./paired-difference.ts";
export { studentTCdf } from "./student-t-cdf.ts";
export { studentTQuantile } from "./student-t-quantile.ts";
export { normalCdf } from "./normal-cdf.ts";
export { normalQuantile } from "./normal-quantile.ts";
export { regularizedIncompleteBeta } from "./regularized-incomplete-beta.ts";
export { regularizedGammaP, regularizedGammaQ } from "./regularized-gamma.ts";
export { logBeta } from "./log-beta.ts";
