import { describe, expect, it } from '@jest/globals'
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { findInventory, sniffInfra } from '../../src/engine/inventory.js'

async function repo(files: Record<string, string>): Promise<string> {
  const ws = await mkdtemp(path.join(os.tmpdir(), 'asg-inv-'))
  for (const [rel, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(ws, rel)), { recursive: true })
    await writeFile(path.join(ws, rel), text)
  }
  return ws
}

describe('project inventory', () => {
  it('finds container/IaC files and dependency manifests, by name and by content, outside vendored code and virtualenvs', async () => {
    const ws = await repo({
      'Dockerfile': 'FROM x\n',
      'deploy/api.Dockerfile': 'FROM x\n',
      'docker-compose.yml': 'services: {}\n',
      'k8s/deployment.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: x\n',
      'charts/app/Chart.yaml': 'apiVersion: v2\nname: app\n',
      'infra/main.tf': 'provider "aws" {}\n',
      'cfn/stack.json': '{"AWSTemplateFormatVersion": "2010-09-09", "Resources": {}}',
      'configs/train.yaml': 'lr: 0.1\nkind_of_model: big\n',
      'requirements.txt': 'torch\n',
      'requirements/dev.txt': 'pytest\n',
      'api/requirements-serve.txt': 'fastapi\n',
      'pyproject.toml': '[project]\nname = "x"\n',
      'svc/uv.lock': '',
      'env/pyvenv.cfg': 'home = /usr\n',
      'env/lib/requirements.txt': 'x\n',
      'vendor/lib/Dockerfile': 'FROM x\n',
      'node_modules/a/requirements.txt': 'x\n',
      '.terraform/modules/x/main.tf': 'x\n'
    })
    const inv = await findInventory(ws)
    expect(inv.container).toEqual([
      { path: 'Dockerfile', kind: 'dockerfile' },
      { path: 'cfn/stack.json', kind: 'cloudformation' },
      { path: 'charts/app/Chart.yaml', kind: 'helm' },
      { path: 'deploy/api.Dockerfile', kind: 'dockerfile' },
      { path: 'docker-compose.yml', kind: 'compose' },
      { path: 'infra/main.tf', kind: 'terraform' },
      { path: 'k8s/deployment.yaml', kind: 'kubernetes' }
    ])
    expect(inv.dependencies).toEqual([
      { path: 'api/requirements-serve.txt', kind: 'requirements' },
      { path: 'pyproject.toml', kind: 'pyproject' },
      { path: 'requirements.txt', kind: 'requirements' },
      { path: 'requirements/dev.txt', kind: 'requirements' },
      { path: 'svc/uv.lock', kind: 'lock' }
    ])
    expect(inv.truncated).toBe(false)
  })

  it('recognises CloudFormation in YAML and does not take ML configs for Kubernetes', () => {
    expect(sniffInfra('Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n')).toBe('cloudformation')
    expect(sniffInfra('model:\n  kind: transformer\n  apiVersion: 2\n')).toBeNull()
    expect(sniffInfra('# config\nkind: Service\napiVersion: v1\n')).toBe('kubernetes')
  })

  it('stops at its bound on a huge tree, saying so, in bounded time', async () => {
    const ws = await repo({})
    for (let d = 0; d < 20; d++) {
      await mkdir(path.join(ws, `d${d}`))
      await Promise.all(Array.from({ length: 100 }, (_, i) => writeFile(path.join(ws, `d${d}`, `f${i}.py`), '')))
    }
    await writeFile(path.join(ws, 'd19', 'Dockerfile'), 'FROM x\n')
    const t = performance.now()
    const inv = await findInventory(ws, { maxEntries: 500 })
    expect(inv.truncated).toBe(true)
    expect(inv.filesSeen).toBeLessThanOrEqual(500)
    expect(performance.now() - t).toBeLessThan(5000)
    expect((await findInventory(ws)).container).toEqual([{ path: 'd19/Dockerfile', kind: 'dockerfile' }])
  })
})
