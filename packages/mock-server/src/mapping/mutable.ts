/** `T` without `readonly`: for an engine item a mapper builds and still owns. */
export type Mutable<T> = { -readonly [K in keyof T]: T[K] };
