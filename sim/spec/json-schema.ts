/**
 * Turns a parameter spec into a JSON Schema (draft 2020-12), so that editors offer completion,
 * documentation on hover and range checks while a scenario file is written. An assumption's
 * plausible range is in its description and in the annotation `x-plausibleRange`. Generated, never
 * edited by hand: `deno task schema` rewrites `scenarios/schema.json`.
 */
import type { ParamSpec } from "./spec.ts";

type Schema = Record<string, unknown>;

/** The documentation line of a parameter: meaning, unit, default, range and clause. */
export function documentation(spec: ParamSpec): string {
  const parts = [spec.description];
  if (spec.kind === "number") {
    const range = spec.max === Infinity ? `≥ ${spec.min}` : `${spec.min}–${spec.max}`;
    parts.push(`Unit: ${spec.unit}. Default: ${spec.default}. Range: ${range}.`);
    if (spec.range) {
      const { low, high, source } = spec.range;
      parts.push(`Assumption, plausibly ${low}–${high} (${source}).`);
    }
  } else if (spec.kind === "changes") {
    parts.push(`Unit: ${spec.unit}. Default: no change.`);
  } else if (spec.kind === "keyedCounts") {
    parts.push(`Keys: ${spec.keys}. Unit: ${spec.unit}. Default: as the data gives them.`);
  } else if (spec.kind === "boolean" || spec.kind === "enum" || spec.kind === "text") {
    parts.push(`Default: ${JSON.stringify(spec.default)}.`);
  }
  if ("clause" in spec && spec.clause) parts.push(`Source: ${spec.clause}.`);
  return parts.join(" ");
}

/** The JSON Schema of values matching `spec`. */
export function toJsonSchema(spec: ParamSpec): Schema {
  const description = documentation(spec);
  switch (spec.kind) {
    case "number":
      return {
        type: spec.integer ? "integer" : "number",
        description,
        default: spec.default,
        minimum: spec.min,
        ...(spec.max === Infinity ? {} : { maximum: spec.max }),
        // An annotation (JSON Schema allows unknown keywords): the assumption's plausible range.
        ...(spec.range ? { "x-plausibleRange": { ...spec.range } } : {}),
      };
    case "boolean":
      return { type: "boolean", description, default: spec.default };
    case "text":
      return { type: "string", description, default: spec.default };
    case "enum":
      return { enum: [...spec.values], description, default: spec.default };
    case "changes":
      return {
        type: "array",
        description,
        default: [],
        items: {
          type: "object",
          additionalProperties: false,
          required: ["from", "value"],
          properties: {
            from: {
              type: "string",
              pattern: "^\\d{4}-\\d{2}-\\d{2}$",
              description: "From this date",
            },
            value: {
              type: "integer",
              minimum: spec.min,
              ...(spec.max === Infinity ? {} : { maximum: spec.max }),
              description: `New value (${spec.unit})`,
            },
          },
        },
      };
    case "keyedCounts":
      return {
        type: "object",
        description,
        default: {},
        propertyNames: { pattern: "^[A-Za-z0-9_-]+$", description: spec.keys },
        additionalProperties: {
          type: "object",
          additionalProperties: false,
          properties: Object.fromEntries(spec.fields.map((field) => [field, {
            type: "integer",
            minimum: spec.min,
            maximum: spec.max,
            description: `${field} (${spec.unit})`,
          }])),
        },
      };
    case "group":
      return {
        type: "object",
        description,
        additionalProperties: false,
        properties: Object.fromEntries(
          Object.entries(spec.fields).map(([key, field]) => [key, toJsonSchema(field)]),
        ),
      };
  }
}
