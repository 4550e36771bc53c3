import { packageBuild } from "../../tsup.preset.js";

// index.ts is the Node side (the handler that serves the built app); scripts/build-app.mjs bundles
// the browser app (src/app/) into dist/app/ after it. `shims` gives the CJS build import.meta.url.
export default packageBuild({ entry: ["src/index.ts"], shims: true });
