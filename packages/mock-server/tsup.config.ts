import { packageBuild } from "../../tsup.preset.js";

// msw is a peer dependency: never bundled.
export default packageBuild({ entry: ["src/index.ts", "src/node.ts", "src/browser.ts"], external: ["msw", "msw/node", "msw/browser"] });
