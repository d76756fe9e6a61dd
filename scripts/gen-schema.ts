/** Writes the JSON Schemas of the config and waivers files (npm run schema). A test checks they are current. */
import { writeFile } from 'node:fs/promises'
import { SCHEMA_FILES } from '../src/config/json-schema.js'

for (const [file, make] of Object.entries(SCHEMA_FILES)) {
  await writeFile(file, make())
  console.log(`wrote ${file}`)
}
