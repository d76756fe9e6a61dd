import { z } from 'zod'
import { pathList } from '../../config/common.js'
import { SEVERITIES } from '../../engine/types.js'

const scanner = z.enum(['vuln', 'misconfig', 'secret'])
const oneOrMany = z.union([z.string().min(1), z.array(z.string().min(1))])

export const containerConfigSchema = z.object({
  image: oneOrMany.optional().describe('Container image reference(s) to scan (trivy image), e.g. ghcr.io/org/app:sha.'),
  'image-archive': pathList.optional().describe('Image tarballs in the workspace (docker save / OCI layout) to scan (trivy image --input).'),
  fs: pathList.optional().describe('Folders or files to scan as a filesystem (trivy fs): lockfiles, and with the misconfig scanner, IaC.'),
  repo: pathList.optional().describe('Repositories to scan (trivy repo): a workspace folder or an https:// URL.'),
  config: pathList.optional().describe('Folders or files of infrastructure code to check (trivy config): Dockerfile, Kubernetes, Helm, Terraform, CloudFormation...'),
  scanners: z
    .array(scanner)
    .min(1)
    .optional()
    .describe('Scanners for image/fs/repo targets (default: vuln,secret for images; vuln,misconfig,secret for fs and repo). config targets always use misconfig.'),
  dockerfile: z.string().min(1).optional().describe('Where image findings are located in the report and annotations (default: the image reference).'),
  'ignore-unfixed': z.boolean().default(false).describe('Leave out vulnerabilities that have no fixed version yet (trivy --ignore-unfixed).'),
  'unknown-severity': z.enum(SEVERITIES).default('medium').describe("Severity given to trivy's UNKNOWN."),
  trivyignore: z
    .union([z.string().min(1), z.literal(false)])
    .optional()
    .describe('Ignore file passed to trivy (--ignorefile). Default: .trivyignore.yaml, else .trivyignore, at the workspace root when present; false to use none.'),
  'skip-dirs': pathList.default([]).describe('Folders trivy skips (--skip-dirs).'),
  'db-repository': z.string().min(1).optional().describe('Vulnerability DB registry mirror (--db-repository), e.g. public.ecr.aws/aquasecurity/trivy-db:2, when ghcr.io rate-limits.'),
  'checks-bundle-repository': z.string().min(1).optional().describe('Misconfiguration checks bundle mirror (--checks-bundle-repository).'),
  offline: z.boolean().default(false).describe('Use the cached DB only: no DB or checks download (--skip-db-update --skip-check-update --offline-scan); no cached DB is an error.'),
  'cache-db': z.boolean().default(true).describe('Keep the trivy DB in the GitHub Actions cache under a daily key.'),
  'cache-dir': z.string().min(1).optional().describe('trivy --cache-dir (default $TRIVY_CACHE_DIR, else ~/.cache/trivy).')
})

export type ContainerConfig = z.infer<typeof containerConfigSchema>
