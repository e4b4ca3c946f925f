/**
 * The dotted names written in source code: string literals and template literals such as
 * `"pv.connectedKw"` or `` `staff.${role}.utilisation` ``, for the test that every KPI key used
 * anywhere is in the catalogue. A template's `${…}` may stand for any one dotted segment.
 */

/** The first segments of KPI keys: a dotted string starting with one may be a KPI. */
export const KPI_ROOTS = [
  "timeline",
  "service",
  "applications",
  "approval",
  "networkWorks",
  "push",
  "steps",
  "inspection",
  "cost",
  "planWait",
  "ev",
  "staff",
  "pv",
  "reliability",
];

const LITERAL =
  /"((?:\w|\$\{[^}"]*\})+(?:\.(?:\w|\$\{[^}"]*\})+)+)"|`((?:\w|\$\{[^}`]*\})+(?:\.(?:\w|\$\{[^}`]*\})+)+)`/g;

/** Every dotted literal of `source` that starts with a KPI root, as written. */
export function dottedStrings(source: string): string[] {
  const out: string[] = [];
  for (const m of source.matchAll(LITERAL)) {
    const text = m[1] ?? m[2];
    if (KPI_ROOTS.includes(text.split(".")[0])) out.push(text);
  }
  return out;
}

/** A matcher for the names `text` stands for, each `${…}` one segment or part of one. */
export function templateMatcher(text: string): RegExp {
  const pieces = text.split(/\$\{[^}]*\}/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`^${pieces.join("[^.]+")}$`);
}

/** Whether one of `names` fits `text` (a plain name or a template). */
export function fitsAny(text: string, names: readonly string[]): boolean {
  if (!text.includes("${")) return names.includes(text);
  const matcher = templateMatcher(text);
  return names.some((name) => matcher.test(name));
}
