// zod's English issue messages, for the messages our schemas leave to zod ("Invalid input: expected
// string, received number"). The schemas are written with zod/mini, which loads no locale (ADR 0017):
// without these, such a message reads "Invalid input". Passed per parse rather than set globally,
// so that importing the spec changes no zod setting of the program's own.
import { en } from "zod/locales";

/**
 * zod's English messages, as an error map to pass when parsing with a spec schema: the messages a
 * schema sets itself always win; only zod's built-in ones come from here.
 *
 * @example
 * const result = RefreshRequestSchema.safeParse(body, { error: englishIssueMessages });
 * @see docs/decisions/0017-spec-schemas-zod-mini.md
 */
export const englishIssueMessages = en().localeError;
