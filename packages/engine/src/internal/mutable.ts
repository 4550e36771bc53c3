/** `T` without `readonly`: for objects a function builds and still owns (a fresh record or row). */
export type Mutable<T> = { -readonly [K in keyof T]: T[K] };
