/** The action's entrypoint (bundled to dist/index.js). */
import { run } from './main.js'

await run()
// The verdict is out (stdout and the files are written synchronously): end now, so work a stopped
// gate left behind (a native scan past its time limit) cannot keep the step running.
process.exit()
