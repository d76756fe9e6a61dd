/**
 * Hash-pinned requirements for the Python tools, installed with
 * `pip install --require-hashes --no-deps --only-binary :all: -r <file>` into the tool's own
 * virtualenv (src/tools/install.ts). With --no-deps every package of the tool's dependency
 * closure must be listed here with the sha256 of each wheel it may pick (one per platform for
 * packages with compiled wheels).
 *
 * `complete` says whether the closure is complete. A lock that is not complete is never installed
 * (a --no-deps install of only the top-level wheel would give a tool that cannot import its
 * dependencies); install: auto then fails with a message saying to install the tool in a setup step.
 *
 * Provenance of the hashes below (PyPI was not reachable when this was written, so each was taken
 * from independent public lock files and checked for agreement):
 * - bandit-1.9.4-py3-none-any.whl: f89ffa66…f6f8e, the same in a poetry.lock and two tool manifests.
 * - pip_audit-2.10.1-py3-none-any.whl: 99ef3f60…4611a, the same in six unrelated repositories.
 * - garak 0.16.0: no wheel hash could be confirmed.
 * To complete a lock: `pip-compile --generate-hashes --only-binary :all:` (or `uv pip compile
 * --generate-hashes`) on `<tool>==<version>`, paste the output here, and set complete: true.
 */
export interface PythonLock {
  text: string
  complete: boolean
}

export const PYTHON_LOCKS: Record<'bandit' | 'pip-audit' | 'garak', PythonLock> = {
  bandit: {
    complete: false,
    text: `bandit==1.9.4 \\
    --hash=sha256:f89ffa663767f5a0585ea075f01020207e966a9c0f2b9ef56a57c7963a3f6f8e
`
  },
  'pip-audit': {
    complete: false,
    text: `pip-audit==2.10.1 \\
    --hash=sha256:99ef3f600a317c1945f1e89e227ef26e1c2d618429b8bd3fa6f4f7c440c4611a
`
  },
  garak: {
    complete: false,
    text: ''
  }
}
