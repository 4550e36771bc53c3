/**
 * Field tables: for one wire shape of the spec (a generated type), each wire field and the engine
 * field it comes from or goes to, or `null` when the engine has no such field (the line's comment
 * says what happens to it instead). A table is declared `satisfies FieldTable<Wire, Engine>`, so a
 * field added to the spec — or a line removed here — fails `tsc`; the mapper's unit test checks
 * that the mapper follows its table, field by field.
 */
export type FieldTable<Wire, Engine> = { readonly [K in keyof Required<Wire>]: (keyof Engine & string) | null };

/** The engine fields a table reaches. */
export type EngineFieldsOf<Table> = Exclude<Table[keyof Table], null>;
