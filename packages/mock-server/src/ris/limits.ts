/**
 * Size limits of RIS GraphQL requests, checked before the schema's own validation (which recurses
 * once per nesting level and overflowed the stack at ~2,000 levels: a 500). Refusals are GraphQL
 * errors like any other (HTTP 200, `extensions.code` VALIDATION_ERROR); the numbers are far above
 * anything the availability schema can use (its deepest selection is 4 levels).
 */
import { type DocumentNode, type FragmentDefinitionNode, GraphQLError, Kind, Lexer, type SelectionSetNode, Source, TokenKind } from "graphql";

/** Tokens in one document (graphql-js `parse`'s `maxTokens`). */
export const MAX_TOKENS = 10_000;
/** Nesting of `{`, `[` and `(` in the document, and of selections once fragments are expanded. */
export const MAX_DEPTH = 32;
/** Fields once fragments and aliases are expanded (each is at least one resolver call per row). */
export const MAX_FIELDS = 2_000;

const OPENERS = new Set<string>([TokenKind.BRACE_L, TokenKind.BRACKET_L, TokenKind.PAREN_L]);
const CLOSERS = new Set<string>([TokenKind.BRACE_R, TokenKind.BRACKET_R, TokenKind.PAREN_R]);

const tooBig = (message: string, limit: string, value: number): GraphQLError =>
  new GraphQLError(message, { extensions: { limit, max: value } });

/**
 * Walks the document's tokens (graphql-js's own lexer, so strings and comments are skipped
 * correctly) without recursion: an error when it nests deeper than {@link MAX_DEPTH} or holds
 * more than {@link MAX_TOKENS} tokens; undefined otherwise, and for text the lexer cannot read
 * (the parser reports that).
 */
export function checkTokens(query: string): GraphQLError | undefined {
  const lexer = new Lexer(new Source(query));
  let depth = 0;
  let count = 0;
  try {
    for (let token = lexer.advance(); token.kind !== TokenKind.EOF; token = lexer.advance()) {
      if (++count > MAX_TOKENS) return tooBig(`The document has more than ${MAX_TOKENS} tokens.`, "tokens", MAX_TOKENS);
      if (OPENERS.has(token.kind) && ++depth > MAX_DEPTH) {
        return tooBig(`The document nests deeper than ${MAX_DEPTH} levels.`, "depth", MAX_DEPTH);
      }
      if (CLOSERS.has(token.kind)) depth--;
    }
  } catch {
    return undefined;
  }
  return undefined;
}

interface Cost {
  depth: number;
  fields: number;
}

/**
 * Depth and field count of each operation with fragments expanded (memoised per fragment, so a
 * fragment used at many places costs its size at each without being walked again). A fragment
 * cycle costs nothing here: the schema validation that runs next reports it.
 */
export function checkCost(document: DocumentNode): GraphQLError | undefined {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const memo = new Map<string, Cost>();
  const visiting = new Set<string>();

  const fragmentCost = (name: string): Cost => {
    const known = memo.get(name);
    if (known) return known;
    const fragment = fragments.get(name);
    if (!fragment || visiting.has(name)) return { depth: 0, fields: 0 };
    visiting.add(name);
    const cost = setCost(fragment.selectionSet);
    visiting.delete(name);
    memo.set(name, cost);
    return cost;
  };

  const setCost = (set: SelectionSetNode): Cost => {
    let depth = 0;
    let fields = 0;
    for (const selection of set.selections) {
      let inner: Cost;
      if (selection.kind === Kind.FIELD) {
        const below = selection.selectionSet ? setCost(selection.selectionSet) : { depth: 0, fields: 0 };
        inner = { depth: below.depth + 1, fields: below.fields + 1 };
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        inner = setCost(selection.selectionSet);
      } else {
        inner = fragmentCost(selection.name.value);
      }
      depth = Math.max(depth, inner.depth);
      fields += inner.fields;
    }
    return { depth, fields };
  };

  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    const cost = setCost(definition.selectionSet);
    if (cost.depth > MAX_DEPTH) return tooBig(`The operation selects deeper than ${MAX_DEPTH} levels.`, "depth", MAX_DEPTH);
    if (cost.fields > MAX_FIELDS) return tooBig(`The operation selects more than ${MAX_FIELDS} fields.`, "fields", MAX_FIELDS);
  }
  return undefined;
}
