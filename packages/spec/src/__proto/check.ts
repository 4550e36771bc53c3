import { z } from "zod";
import type { components } from "./gen.js";
type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type S = components["schemas"];
const Tags = z.record(z.string(), z.string());
const Item = z.object({
  quantity: z.number().int(),
  lotCode: z.string().max(50).exactOptional(),
  tags: Tags.exactOptional(),
  kind: z.enum(["A", "B"]).exactOptional(),
  n: z.string().nullable().exactOptional(),
});
const Req = z.object({ items: z.array(Item).max(3), flag: z.boolean().exactOptional() });
export const a: Equals<z.infer<typeof Tags>, S["Tags"]> = true;
export const b: Equals<z.infer<typeof Item>, S["Item"]> = true;
export const c: Equals<z.infer<typeof Req>, S["Req"]> = true;
export const c2: Equals<z.input<typeof Req>, S["Req"]> = true;
const Bad = z.object({ items: z.array(Item).max(3), flag: z.boolean().optional() });
export const d: Equals<z.infer<typeof Bad>, S["Req"]> = true;
