/**
 * The CLI's help texts, in a module that imports nothing heavy: `--help` (of the CLI and of each
 * command) prints from here without loading any command.
 */
import { VERSION } from '../version.js'

export const DEFAULT_LOCKS = { models: 'models.lock.json', data: 'data.lock.json' } as const

export const RUN_HELP = `Usage: ai-secure-gates run [options]

Runs the gates over a repository and reports (the same engine as the GitHub Action).
Without a config file (.github/ai-secure-gates.yml) every gate runs on its defaults and applies
where its targets exist; what applied but could not be checked is listed first, with the fix.

Options:
  --config FILE        config file, relative to the workspace (default .github/ai-secure-gates.yml)
  --gates a,b          run only these gates (code, secrets, dependencies, container, models, data, sarif)
  --workspace DIR      the repository to scan (default: the current folder)
  --format FORMAT      text (default), json, markdown or sarif
  -o, --output FILE    write the report to FILE instead of stdout
  --fail-on SEVERITY   block at critical, high, medium, low, info, or none (a gate's own fail-on wins)
  --install MODE       never (default): use the tools on PATH; auto: install pinned bandit,
                       pip-audit and trivy when missing (needs the network)
  --environment NAME   apply the config's environments.NAME rules after the gates (docs/policy.md)
  --audit-log FILE     append the run's audit record to this JSON Lines file (docs/audit-record.md)
  -h, --help           show this help

Progress and logs go to stderr; the report goes to stdout (or --output).
Exit codes: 0 pass, 1 fail (blocking findings), 2 error (a gate could not decide, bad config).`

export const LOCK_HELP = `Usage: ai-secure-gates lock [--config FILE] [--workspace DIR] [models|data]

Hashes the files under the models gate's paths (gates.models.paths, default ["models"]) and/or the
data gate's datasets (gates.data.datasets[].path) and writes the lock file each gate verifies
(gates.models.lock, default ${DEFAULT_LOCKS.models}; gates.data.lock, default ${DEFAULT_LOCKS.data}).
Without models|data, every configured one of the two is locked. Commit the lock file(s).
`

export const SCAN_MODELS_HELP = `Usage: ai-secure-gates scan-models PATH... [--format text|json] [--allow-globals a.B,c.*] [--forbid-pickle]

Scans model files (every file under each folder, whatever its extension) for pickle payloads and
unsafe containers. Symbolic links are never followed.
Exit codes: 0 nothing blocking, 1 a file has a critical or high issue, 2 a file could not be scanned.`

export const BOM_HELP = `Usage: ai-secure-gates bom [--report FILE] [--workspace DIR] [--spec 1.6|1.7] [--params FILE,...] [-o FILE]

Writes an AI bill of materials (CycloneDX JSON): the model files (SHA-256, format, signature
status, a model card with the evaluation gate's metrics and fairness results), the datasets (SHA-256,
DVC md5, schema, drift results), the Python dependencies (package URLs, the dependencies gate's
vulnerabilities), the formulation (workflow run, commit, who triggered it, hyperparameters) and
every gate's result as evidence. See docs/bom.md.

Options:
  --report FILE        the JSON report of a run (ai-secure-gates run --format json -o report.json);
                       without it the BOM lists the workspace's files but no gate results
  --workspace DIR      the repository (default: the current folder)
  --config FILE        config file, relative to the workspace (default .github/ai-secure-gates.yml);
                       its model and dataset paths are used where the report names no files
  --spec VERSION       CycloneDX version: 1.6 (default) or 1.7
  --params FILE,...    params files (YAML, JSON, TOML) or MLflow run folders with the hyperparameters,
                       relative to the workspace (default: params.yaml when it exists)
  -o, --output FILE    write the BOM to FILE instead of stdout
  --allow-no-models    exit 0 even when the BOM lists no model file
  -h, --help           show this help

Exit codes: 0 BOM written, 2 error (unreadable report or params file, bad option), or the BOM was
written but lists no model file (without --allow-no-models).`

export const SIGN_HELP = `Usage: ai-secure-gates sign MODEL... (--key KEY.pem [--certificate CERT.pem [--certificate-chain CHAIN.pem]] | --keyless) [options]

Signs each model folder (every file under it) or file with an OpenSSF Model Signing bundle: a
Sigstore bundle whose DSSE envelope signs an in-toto statement listing every file's digest. It is
verified by the models gate (gates.models.signatures) and by \`model_signing verify\`.

Options:
  --signature FILE         where the bundle goes (one model only; default MODEL/model.sig, or FILE.sig)
  --key FILE               EC private key (PEM; P-256, P-384 or P-521)
  --password-env VAR       environment variable holding the key's password
  --certificate FILE       signing certificate for the key (PEM): the certificate method
  --certificate-chain FILE intermediate certificates to include in the bundle (PEM)
  --keyless                keyless Sigstore signing in GitHub Actions (needs permissions: id-token: write)
  --fulcio-url URL         Fulcio for --keyless (default https://fulcio.sigstore.dev)
  --rekor-url URL          Rekor for --keyless (default https://rekor.sigstore.dev)
  --hash ALG               sha256 (default), blake2 or blake3
  --shard-size BYTES       digest files in shards of this size (model_signing's shard serialization)
  --ignore-paths P,Q       paths inside the model to leave unsigned (recorded in the signature)
  --no-ignore-git-paths    also sign .git, .gitattributes, .github, .gitignore
  --format oms|cosign      oms (default): model_signing bundle; cosign: a cosign blob bundle over one
                           file (FILE.sigstore.json, --key only), verified by cosign verify-blob too
Symbolic links inside a model are refused. Exit codes: 0 signed, 2 error.`

export const DEPLOY_CHECK_HELP = `Usage: ai-secure-gates deploy-check [--config FILE] [--workspace DIR] [--prometheus-url URL]
                                   [--window 10m] [--interval 1m] [--delay 0s] [--consecutive 3]
                                   [--format text|json|markdown] [--output FILE]
                                   [--audit-log FILE [--environment NAME]]

Watches a deployment through Prometheus's HTTP API as the config's deploy-check: block says
(error ratio, latency quantiles, any PromQL query, each with a max or min). A check fails after
--consecutive breaches in a row; no data, NaN and Prometheus errors are inconclusive, never 0.
Credentials come from the environment: PROMETHEUS_BEARER_TOKEN, or PROMETHEUS_USERNAME and
PROMETHEUS_PASSWORD (the names can be changed in the config). See docs/deploy-check.md.
--audit-log FILE appends the verdict to the same hash-chained JSON Lines audit log as
run --audit-log (docs/audit-record.md); --environment NAME records the environment deployed to.
Exit codes: 0 healthy, 1 unhealthy (roll back), 2 inconclusive or bad config.`

export const COMMAND_HELP: Record<string, { describe: string; help: string }> = {
  run: { describe: 'run the gates and report (exit 0 pass, 1 fail, 2 error)', help: RUN_HELP },
  lock: { describe: 'write or refresh the hash lock file(s) of the models and/or data gates', help: LOCK_HELP },
  'scan-models': { describe: 'scan model files or folders for pickle payloads and unsafe containers (exit 0/1/2)', help: SCAN_MODELS_HELP },
  sign: { describe: 'sign model folders or files (OpenSSF Model Signing bundles, key or keyless)', help: SIGN_HELP },
  bom: { describe: 'write an AI bill of materials (CycloneDX 1.6/1.7 JSON) with the gates\' results as evidence', help: BOM_HELP },
  'deploy-check': { describe: 'watch a deployment through Prometheus; exit 1 advises a rollback (0 healthy, 2 inconclusive)', help: DEPLOY_CHECK_HELP }
}

export const USAGE = `ai-secure-gates ${VERSION}

Usage:
  ai-secure-gates run   [--config FILE] [--gates a,b] [--workspace DIR] [--format text|json|markdown|sarif] [--output FILE] [--fail-on SEVERITY] [--install auto|never]
  ai-secure-gates lock  [--config FILE] [--workspace DIR] [models|data]
  ai-secure-gates scan-models PATH... [--format text|json]
  ai-secure-gates sign  MODEL... (--key KEY.pem | --keyless) [--signature FILE]
  ai-secure-gates bom   [--report FILE] [--workspace DIR] [--spec 1.6|1.7] [--params FILE,...] [--output FILE]
  ai-secure-gates deploy-check [--config FILE] [--prometheus-url URL] [--window 10m] [--interval 1m] [--consecutive 3]
  ai-secure-gates COMMAND --help

Commands:
${Object.entries(COMMAND_HELP)
  .map(([k, v]) => `  ${k.padEnd(12)} ${v.describe}`)
  .join('\n')}

Exit codes: 0 pass, 1 fail, 2 error (bad config, tool error, unreadable input).`
