// @kibo-inventory/console — the Node side: the handler that serves the built console. The app
// itself (src/app/) is bundled into dist/app/ at build time and has no exports.

// Site
export { CONSOLE_PATH, type ConsoleSite, type ConsoleSiteOptions, consoleSite } from "./site/console-site.js";
