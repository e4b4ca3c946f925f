/** The scenarios of the report (`deno task report`): the baseline, the plan, one variant per lever. */
export const REPORT_SCENARIOS = {
  baseline: "baseline-2022",
  plan: "plan-2023",
  variants: [
    "lv-threshold-170",
    "staffing-low",
    "staffing-high",
    "live-line-90",
    "pv-cap-100",
    "dispatch-nearest-free",
  ],
} as const;
