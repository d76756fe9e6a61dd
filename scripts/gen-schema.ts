/**
 * Writes the JSON Schemas of the config and waivers files and the config reference in README.md
 * (npm run schema). A test checks all of them are current.
 */
import { readFile, writeFile } from 'node:fs/promises'
import { SCHEMA_FILES } from '../src/config/json-schema.js'
import { withReference } from '../src/config/reference.js'

for (const [file, make] of Object.entries(SCHEMA_FILES)) {
  await writeFile(file, make())
  console.log(`wrote ${file}`)
}
await writeFile('README.md', withReference(await readFile('README.md', 'utf8')))
console.log('updated the config reference in README.md')
