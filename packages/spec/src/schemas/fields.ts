// Field schemas shared by several request bodies: the granular fields, the tag map, and the date
// formats we accept. The rules themselves (lengths, date patterns) are defined in ../rules/granular.ts.
// Each schema is checked against its named component in openapi/inventory.yaml.
import * as z from "zod/mini";
import type { components } from "../generated/inventory.js";
import { ownRecord } from "../internal/own-record.js";
import type { SchemaMatches } from "../internal/type-equals.js";
import { QUANTITY_MAX, QUANTITY_MIN } from "../rules/limits.js";
import {
  CONDITION_MAX_LENGTH,
  GRANULAR_DATE_PATTERN,
  KIBO_DATE_TIME_PATTERN,
  LOT_CODE_MAX_LENGTH,
  SERIAL_NUMBER_MAX_LENGTH,
} from "../rules/granular.js";

type Schemas = components["schemas"];

/**
 * A segment: tag category name → tag value, e.g. `{ Channel: "Web" }`. Names are data: a tag named
 * `__proto__` or `constructor` is kept and checked like any other (see `ownRecord`).
 */
export const TagsSchema = ownRecord(z.string());

/** A date-time such as `2020-09-28T12:00:00-0500`, `2020-09-28T17:00:00Z` or `…+05:00`. */
export const KiboDateTimeSchema = z
  .string()
  .check(z.regex(KIBO_DATE_TIME_PATTERN, "must be an ISO 8601 date-time, e.g. 2020-09-28T12:00:00-0500"));

/** The granular `date` of a record: an ISO 8601 date (`2025-06-30`) or date-time. */
export const GranularDateSchema = z
  .string()
  .check(z.regex(GRANULAR_DATE_PATTERN, "date must be an ISO 8601 date (2025-06-30) or date-time"));

export const LotCodeSchema = z
  .string()
  .check(z.maxLength(LOT_CODE_MAX_LENGTH, `lotCode must be at most ${LOT_CODE_MAX_LENGTH} characters`));

export const ItemConditionSchema = z
  .string()
  .check(z.maxLength(CONDITION_MAX_LENGTH, `condition must be at most ${CONDITION_MAX_LENGTH} characters`));

export const SerialNumberSchema = z
  .string()
  .check(z.maxLength(SERIAL_NUMBER_MAX_LENGTH, `serialNumber must be at most ${SERIAL_NUMBER_MAX_LENGTH} characters`));

/** A whole number of units of `field`: a 32-bit signed integer, as in Kibo's API (`QUANTITY_MAX`). */
export const unitsSchema = (field: string) =>
  z
    .int(`${field} must be a whole number`)
    .check(
      z.minimum(QUANTITY_MIN, `${field} must be at least ${QUANTITY_MIN} (a 32-bit integer)`),
      z.maximum(QUANTITY_MAX, `${field} must be at most ${QUANTITY_MAX} (a 32-bit integer)`),
    );

/** A whole number of units: a 32-bit signed integer, as in Kibo's API. */
export const QuantitySchema = unitsSchema("quantity");

/** Product identity fields shared by most items. */
export const productIdentityShape = {
  upc: z.exactOptional(z.string()),
  partNumber: z.exactOptional(z.string()),
  sku: z.exactOptional(z.string()),
};

/** The granular fields that tell records of one product at one location apart. */
export const granularShape = {
  lotCode: z.exactOptional(LotCodeSchema),
  date: z.exactOptional(GranularDateSchema),
  condition: z.exactOptional(ItemConditionSchema),
  serialNumber: z.exactOptional(SerialNumberSchema),
};

/** Paging and user fields that many inventory bodies accept (and most calls ignore). */
export const baseRequestShape = {
  locationCode: z.exactOptional(z.string()),
  pageNum: z.exactOptional(z.int()),
  pageSize: z.exactOptional(z.int()),
  sortBy: z.exactOptional(z.string()),
  userID: z.exactOptional(z.int()),
};

// Compile-time checks against openapi/inventory.yaml.
const _tags: SchemaMatches<typeof TagsSchema, Schemas["Tags"]> = true;
const _kiboDateTime: SchemaMatches<typeof KiboDateTimeSchema, Schemas["KiboDateTime"]> = true;
const _granularDate: SchemaMatches<typeof GranularDateSchema, Schemas["GranularDate"]> = true;
const _lotCode: SchemaMatches<typeof LotCodeSchema, Schemas["LotCode"]> = true;
const _condition: SchemaMatches<typeof ItemConditionSchema, Schemas["ItemCondition"]> = true;
const _serialNumber: SchemaMatches<typeof SerialNumberSchema, Schemas["SerialNumber"]> = true;
