// ESM entry: the same plugin object as the CommonJS entry, as the default export.
import plugin from "./index.js";

export default plugin;
