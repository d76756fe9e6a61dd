/** The action's entrypoint (bundled to dist/index.js). */
import { run } from './main.js'

await run()
