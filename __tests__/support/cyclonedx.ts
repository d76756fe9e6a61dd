/** The official CycloneDX JSON schemas (shipped by @cyclonedx/cyclonedx-library), strict: unknown keys fail. */
import { Validation } from '@cyclonedx/cyclonedx-library'

/** null when `json` is a valid CycloneDX document of its own specVersion, else ajv's errors. */
export async function validateCycloneDx(json: string): Promise<unknown> {
  const spec = (JSON.parse(json) as { specVersion: string }).specVersion
  return new Validation.JsonStrictValidator(spec as '1.6' | '1.7').validate(json)
}
