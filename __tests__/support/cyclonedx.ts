/** The official CycloneDX JSON schemas (shipped by @cyclonedx/cyclonedx-library), strict: unknown keys fail. */
import { Spec, Validation } from '@cyclonedx/cyclonedx-library'

const validators = new Map<string, Validation.JsonStrictValidator>()

/** null when `json` is a valid CycloneDX document of its own specVersion, else ajv's errors. */
export async function validateCycloneDx(json: string): Promise<unknown> {
  const spec = (JSON.parse(json) as { specVersion: string }).specVersion === '1.7' ? Spec.Version.v1dot7 : Spec.Version.v1dot6
  let v = validators.get(spec)
  if (!v) validators.set(spec, (v = new Validation.JsonStrictValidator(spec)))
  return v.validate(json)
}
