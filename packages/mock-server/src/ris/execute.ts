/**
 * Runs one RIS GraphQL request against the availability schema, built once per process.
 *
 * Every answer is a GraphQL result (HTTP 200): a document that does not parse, does not validate
 * against the schema, or whose variables do not fit, answers `{errors}` without `data`; a question
 * the engine refuses (unknown tag, …) answers `{data: null, errors}` with the error on its path.
 * Each error carries Kibo's error code in `extensions.code` (`VALIDATION_ERROR` for anything the
 * client sent wrong, so the SDK raises its validation error) and the GraphQL stage in
 * `extensions.reason`. Documents past the size limits of `limits.ts` (tokens, nesting, fields)
 * are refused the same way, before the schema's validation. Only a body that is no GraphQL request at all is a 400 (the handler's job).
 */
import {
  buildSchema,
  execute,
  type GraphQLError,
  type GraphQLFormattedError,
  type GraphQLSchema,
  parse,
  validate,
} from "graphql";
import { checkCost, checkTokens, MAX_TOKENS } from "./limits.js";
import { type RisContext, risRootValue } from "./resolvers.js";
import { risAvailabilitySDL } from "@kibo-inventory/spec";

/** A GraphQL request as the endpoint takes it. */
export interface RisRequest {
  readonly query: string;
  readonly variables?: Readonly<Record<string, unknown>> | null;
  readonly operationName?: string | null;
}

/** A GraphQL result as the endpoint answers it. */
export interface RisResult {
  data?: Record<string, unknown> | null;
  errors?: GraphQLFormattedError[];
}

let schema: GraphQLSchema | undefined;

/** The executable schema (built on first use, then shared). */
export function risSchema(): GraphQLSchema {
  schema ??= buildSchema(risAvailabilitySDL);
  return schema;
}

type Reason = "GRAPHQL_PARSE_FAILED" | "GRAPHQL_VALIDATION_FAILED" | "BAD_USER_INPUT";

function format(error: GraphQLError, reason: Reason): GraphQLFormattedError {
  const json = error.toJSON();
  const original = error.originalError;
  const coded = original !== undefined && "extensions" in original && typeof original.extensions === "object" && original.extensions !== null && "code" in original.extensions;
  if (error.path !== undefined && original !== undefined && !coded) {
    // A field failed for a reason of the server's own (a resolver bug, a value the schema cannot
    // serialize): say so without internals.
    return { message: "The server failed to answer this field.", ...(json.path ? { path: json.path } : {}), extensions: { code: "INTERNAL_ERROR" } };
  }
  return { ...json, extensions: { code: "VALIDATION_ERROR", reason, ...json.extensions } };
}

/** Parses, validates and executes a request; never throws for anything the client sent. */
export async function executeRis(request: RisRequest, context: RisContext): Promise<RisResult> {
  const s = risSchema();
  const oversized = checkTokens(request.query);
  if (oversized) return { errors: [format(oversized, "GRAPHQL_PARSE_FAILED")] };
  let document: ReturnType<typeof parse>;
  try {
    document = parse(request.query, { maxTokens: MAX_TOKENS });
  } catch (error) {
    return { errors: [format(error as GraphQLError, "GRAPHQL_PARSE_FAILED")] };
  }
  const costly = checkCost(document);
  if (costly) return { errors: [format(costly, "GRAPHQL_VALIDATION_FAILED")] };
  const invalid = validate(s, document);
  if (invalid.length > 0) return { errors: invalid.map((e) => format(e, "GRAPHQL_VALIDATION_FAILED")) };
  const result = await execute({
    schema: s,
    document,
    rootValue: risRootValue,
    contextValue: context,
    variableValues: request.variables ?? undefined,
    operationName: request.operationName ?? undefined,
  });
  const out: RisResult = {};
  if ("data" in result) out.data = (result.data as Record<string, unknown> | null | undefined) ?? null;
  if (result.errors && result.errors.length > 0) out.errors = result.errors.map((e) => format(e, "BAD_USER_INPUT"));
  return out;
}
