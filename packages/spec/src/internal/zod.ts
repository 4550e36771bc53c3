// The zod the schemas are written with: `zod/mini`, whose functions a bundler keeps only when a
// schema uses them (zod classic's methods pull in nearly all of zod; ADR 0016). zod/mini loads no
// locale, so without one every built-in message would read "Invalid input"; English is set here,
// unless the program has chosen a locale of its own first. zod classic sets the same on import, so
// messages read the same whichever zod a program also loads.
import * as z from "zod/mini";
import en from "zod/v4/locales/en.js";

if (z.config().localeError === undefined) z.config(en());

export { z };
