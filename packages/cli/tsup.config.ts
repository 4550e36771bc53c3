import { packageBuild } from "../../tsup.preset.js";

// bin.ts is the `kibo-inventory-mock` executable (its shebang is kept); index.ts the library.
export default packageBuild({ entry: ["src/index.ts", "src/bin.ts"], dts: { entry: ["src/index.ts"] } });
