import * as z from "zod/mini";
import { englishIssueMessages } from "../schemas/issue-messages.js";

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * A record (`{ [name]: value }`) whose names are data: every own key is checked, `__proto__` and
 * `constructor` included, and the parsed value is the input object itself (no copy). zod's
 * `z.record` skips a `__proto__` key — neither checked nor kept — so a tag named `__proto__`
 * would vanish; here it is read like any other name.
 * @example ownRecord(z.string()).parse(JSON.parse('{"__proto__":"x"}')) // { ["__proto__"]: "x" } (own key)
 */
export function ownRecord<V extends z.ZodMiniType<unknown, unknown>>(
  value: V,
  key?: { readonly pattern: RegExp; readonly message: string },
) {
  const schema = z.custom<Record<string, z.output<V>>>(isPlainObject, "must be an object").check(
    z.superRefine((input, ctx) => {
      if (!isPlainObject(input)) return;
      for (const name of Object.keys(input)) {
        if (key !== undefined && !key.pattern.test(name)) {
          ctx.addIssue({ code: "custom", message: key.message, path: [name] });
          continue;
        }
        // Parsed on its own, the value gets zod's messages from here, not from the caller's parse.
        const result = value.safeParse(input[name], { error: englishIssueMessages });
        if (!result.success)
          for (const issue of result.error.issues)
            ctx.addIssue({ code: "custom", message: issue.message, path: [name, ...issue.path] });
      }
    }),
  );
  if (key === undefined) valueSchemas.set(schema, value);
  return schema;
}

const valueSchemas = new WeakMap<object, z.ZodMiniType>();

/**
 * The value schema of an {@link ownRecord} without a key rule (e.g. `z.string()` for the tag map),
 * so that a fast path can model it; undefined for any other schema.
 */
export function ownRecordValue(schema: object): z.ZodMiniType | undefined {
  return valueSchemas.get(schema);
}
