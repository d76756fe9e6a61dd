import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { codeConfigSchema } from '../../src/gates/code/config.js'
import { codeGate } from '../../src/gates/code/index.js'
import { neutraliseCell, notebookSource, parseNotebook } from '../../src/gates/code/notebooks.js'
import { notebookCellLocator } from '../../src/scanners/notebook.js'
import { gateContext } from '../support/gate-context.js'

const haveBandit = spawnSync('bandit', ['--version']).status === 0
const itBandit = haveBandit ? it : it.skip

type Cell = { type?: 'code' | 'markdown'; id?: string; src: string[] | string }

/** A notebook as Jupyter writes it (indent 1, one JSON line per source line). */
function notebook(cells: Cell[], language = 'python'): string {
  return (
    JSON.stringify(
      {
        cells: cells.map((c, i) => ({
          cell_type: c.type ?? 'code',
          id: c.id ?? `c${i + 1}`,
          metadata: {},
          ...(c.type === 'markdown' ? {} : { execution_count: i, outputs: [] }),
          source: c.src
        })),
        metadata: { kernelspec: { name: language, language, display_name: language } },
        nbformat: 4,
        nbformat_minor: 5
      },
      null,
      1
    ) + '\n'
  )
}

const lines = (src: string) => src.split(/(?<=\n)/)

/** The JSON line holding the source line that contains `needle`. */
function jsonLine(text: string, needle: string): number {
  const i = text.split('\n').findIndex((l) => l.includes(JSON.stringify(needle).slice(1, -1)))
  if (i < 0) throw new Error(`not in notebook: ${needle}`)
  return i + 1
}

describe('notebook parsing', () => {
  it('maps every source line to the JSON line that holds it', () => {
    const text = notebook([{ type: 'markdown', src: ['# Title\n'] }, { src: lines('import torch\nx = 1\n') }, { id: 'third', src: 'a = 1\nb = 2' }])
    const nb = parseNotebook(text, 'n.ipynb')
    expect(nb.codeCells.map((c) => [c.number, c.id, c.lines])).toEqual([
      [2, 'c2', ['import torch', 'x = 1']],
      [3, 'third', ['a = 1', 'b = 2']]
    ])
    expect(nb.codeCells[0].jsonLines).toEqual([jsonLine(text, 'import torch\n'), jsonLine(text, 'x = 1\n')])
    // a source written as one string is on one JSON line
    expect(nb.codeCells[1].jsonLines).toEqual([jsonLine(text, 'a = 1\nb = 2'), jsonLine(text, 'a = 1\nb = 2')])
  })

  it('reads nbformat 3 worksheets', () => {
    const v3 = JSON.stringify({ nbformat: 3, metadata: {}, worksheets: [{ cells: [{ cell_type: 'code', input: ['import pickle\n', 'pickle.loads(b)\n'], outputs: [] }] }] }, null, 1)
    expect(parseNotebook(v3, 'old.ipynb').codeCells[0].lines).toEqual(['import pickle', 'pickle.loads(b)'])
  })

  it('invalid notebooks are specific errors', () => {
    expect(() => parseNotebook('{"cells": [', 'a.ipynb')).toThrow(/a.ipynb is not valid notebook JSON at line 1/)
    expect(() => parseNotebook('[]', 'b.ipynb')).toThrow(/a notebook is a JSON object, found array/)
    expect(() => parseNotebook('{"metadata": {}}', 'c.ipynb')).toThrow(/no "cells" .* or "worksheets"/)
    expect(() => parseNotebook('{"cells": [{"cell_type": "code", "source": [1]}]}', 'd.ipynb')).toThrow(/cell 1 has a non-string source entry/)
  })

  it('locates a JSON line in a cell and says whether it is source or output', () => {
    const text = JSON.stringify({ cells: [{ cell_type: 'code', id: 'x', source: ['a\n'], outputs: [{ output_type: 'stream', text: ['out\n'] }] }] }, null, 1)
    const at = notebookCellLocator(text)
    expect(at(jsonLine(text, 'a\n'))).toEqual({ number: 1, id: 'x', cellType: 'code', part: 'source' })
    expect(at(jsonLine(text, 'out\n'))).toMatchObject({ number: 1, part: 'outputs' })
    expect(at(1)).toBeNull()
  })
})

describe('IPython syntax is neutralised without moving lines', () => {
  it('magics, shell escapes, help and magic assignments', async () => {
    const cell = ['!pip install torch', '%matplotlib inline', 'files = !ls -la', 'n = %who_ls', 'torch?', '??torch.load', 'if x:', '    !echo hi', '    %time f()', 'y = a % b', 'z == !w', '!long \\', '  continued', 'print("done?")']
    const out = await neutraliseCell(cell)
    expect(out).toEqual(['pass', 'pass', 'files = None', 'n = None', 'pass', 'pass', 'if x:', '    pass', '    pass', 'y = a % b', 'z == !w', 'pass', 'pass', 'print("done?")'])
  })
  it('a non-Python cell magic blanks the cell; %%time keeps its Python body', async () => {
    expect(await neutraliseCell(['%%bash', 'python -c "import pickle; pickle.loads(x)"'])).toEqual(['', ''])
    expect(await neutraliseCell(['%%writefile x.py', 'import os'])).toEqual(['', ''])
    expect(await neutraliseCell(['%%time', 'torch.load(p)'])).toEqual(['', 'torch.load(p)'])
  })
  it('a shell command continued over lines with quotes (FastChat\'s Colab notebook) becomes valid Python', async () => {
    const cell = ['!curl http://127.0.0.1:8000/v1/completions \\', '  -H "Content-Type: application/json" \\', "  -d '{ \\", '    "model": "vicuna-7b-v1.5", \\', '    "max_tokens": 20 \\', "  }'", 'import pickle', 'pickle.loads(b)']
    const out = await neutraliseCell(cell)
    expect(out).toEqual(['pass', 'pass', 'pass', 'pass', 'pass', 'pass', 'import pickle', 'pickle.loads(b)'])
    const py = spawnSync('/usr/bin/python3', ['-c', 'import ast, sys; ast.parse(sys.stdin.read())'], { input: out.join('\n') })
    expect(py.status).toBe(0)
  })
  it('an = inside a call or a string is not a magic assignment (handson-ml2 tools_matplotlib.ipynb)', async () => {
    const cell = ['plt.text(px, py, "x = %0.2f\\ny = %0.2f"%(px, py), rotation=50)', "f(a='%d' % 3)", 'a.b, c = %time g()', 'données = !ls']
    const out = await neutraliseCell(cell)
    expect(out).toEqual([cell[0], cell[1], 'a.b, c = None', 'données = None'])
    const py = spawnSync('/usr/bin/python3', ['-c', 'import ast, sys; ast.parse(sys.stdin.read())'], { input: out.join('\n') })
    expect(py.status).toBe(0)
  })
  it('leaves lines inside multi-line strings alone', async () => {
    expect(await neutraliseCell(['s = """', '%not a magic', '!nor shell', '"""'])).toEqual(['s = """', '%not a magic', '!nor shell', '"""'])
  })
  it('cells are joined in order with one Python line per source line', async () => {
    const nb = parseNotebook(notebook([{ src: lines('!pip install x\nimport torch\n') }, { src: lines('torch.load(p)\n') }]), 'n.ipynb')
    const s = await notebookSource(nb)
    expect(s.source).toBe('pass\nimport torch\ntorch.load(p)\n')
    expect(s.origins.map((o) => [o.cell.number, o.cellLine])).toEqual([[1, 1], [1, 2], [2, 1]])
  })
})

describe('code gate over notebooks', () => {
  const SHA = 'a'.repeat(40)
  const CELLS: Cell[] = [
    { type: 'markdown', src: ['# Training notebook\n'] },
    { id: 'setup', src: lines('!pip install -q torch transformers\n%load_ext autoreload\nimport torch as T\nimport pickle, joblib\nimport numpy as np\nfrom transformers import AutoModel\n') },
    { id: 'load', src: lines('state = T.load("ckpt.pt")\nsafe = T.load("ckpt.pt", weights_only=True)\nwith open("f.pkl", "rb") as f:\n    obj = pickle.load(f)\n') },
    { id: 'more', src: lines(`clf = joblib.load("clf.joblib")\narr = np.load("a.npy", allow_pickle=True)\nok = np.load("a.npy")\nm = AutoModel.from_pretrained("org/m", revision="main")\npinned = AutoModel.from_pretrained("org/m", revision="${SHA}")\n`) },
    { id: 'shell', src: lines('%%bash\npython -c "import pickle; pickle.loads(open(0).read())"\n') }
  ]
  const EXPECT: Array<[string, string]> = [
    ['torch-load-unsafe', 'state = T.load("ckpt.pt")\n'],
    ['pickle-load', '    obj = pickle.load(f)\n'],
    ['joblib-load', 'clf = joblib.load("clf.joblib")\n'],
    ['numpy-allow-pickle', 'arr = np.load("a.npy", allow_pickle=True)\n'],
    ['hf-unpinned-revision', 'm = AutoModel.from_pretrained("org/m", revision="main")\n']
  ]

  function repo(): { dir: string; text: string } {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'asg-nb-'))
    const text = notebook(CELLS)
    mkdirSync(path.join(dir, 'notebooks'))
    writeFileSync(path.join(dir, 'notebooks', 'train.ipynb'), text)
    writeFileSync(path.join(dir, 'notebooks', 'r.ipynb'), notebook([{ src: ['readRDS("x")\n'] }], 'R'))
    return { dir, text }
  }

  it('every unsafe load in the cells is found at its JSON line naming the cell; safe forms and shell cells are not', async () => {
    const { dir, text } = repo()
    const r = await codeGate.run(gateContext(dir, codeConfigSchema.parse({ bandit: false })))
    expect(r.errors).toEqual([])
    const got = r.findings.map((f) => `${f.ruleId}@${f.location.path}:${f.location.startLine}`).sort()
    expect(got).toEqual(EXPECT.map(([rule, src]) => `${rule}@notebooks/train.ipynb:${jsonLine(text, src)}`).sort())
    const pk = r.findings.find((f) => f.ruleId === 'pickle-load')!
    expect(pk.message).toMatch(/\[cell 3 \(id load\), line 4\]$/)
    expect(pk.properties).toMatchObject({ notebookCell: 3, notebookCellId: 'load', cellLine: 4 })
    expect(pk.fingerprintKey).toBe('obj = pickle.load(f)')
    expect(r.checks).toContainEqual({ name: 'notebook', target: 'notebooks/r.ipynb', outcome: 'skipped', details: { reason: 'kernel language is r, not Python' } })
    expect(r.checks).toContainEqual(expect.objectContaining({ name: 'notebook', target: 'notebooks/train.ipynb', outcome: 'fail' }))
  })

  it('notebooks: false leaves notebooks alone', async () => {
    const { dir } = repo()
    const r = await codeGate.run(gateContext(dir, codeConfigSchema.parse({ bandit: false, notebooks: false })))
    expect(r.findings).toEqual([])
    expect(r.checks.some((c) => c.name === 'notebook')).toBe(false)
  })

  it('a notebook that is not JSON is an error naming it', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'asg-nb-bad-'))
    writeFileSync(path.join(dir, 'bad.ipynb'), '{"cells": [')
    const r = await codeGate.run(gateContext(dir, codeConfigSchema.parse({ bandit: false })))
    expect(r.errors.join('\n')).toMatch(/bad.ipynb: bad.ipynb is not valid notebook JSON/)
  })

  itBandit('bandit runs over the cells; its B301 and our pickle-load on the same line are one finding', async () => {
    const { dir, text } = repo()
    const r = await codeGate.run(gateContext(dir, codeConfigSchema.parse({})))
    expect(r.errors).toEqual([])
    const line = jsonLine(text, '    obj = pickle.load(f)\n')
    const atLine = r.findings.filter((f) => f.location.path === 'notebooks/train.ipynb' && f.location.startLine === line)
    expect(atLine.map((f) => f.ruleId)).toEqual(['pickle-load'])
    expect(atLine[0].aliases).toContain('B301')
    // bandit's own findings (B403 import pickle) land on the notebook too, naming the cell
    const b403 = r.findings.find((f) => f.ruleId === 'B403' && f.location.path === 'notebooks/train.ipynb')!
    expect(b403.location.startLine).toBe(jsonLine(text, 'import pickle, joblib\n'))
    expect(b403.message).toMatch(/cell 2 \(id setup\), line 4/)
  })

  itBandit('a cell bandit cannot parse is an error naming that cell; the other cells are still scanned by bandit', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'asg-nb-await-'))
    const text = notebook([{ src: lines('import pickle\ndata = pickle.loads(b)\n') }, { id: 'broken', src: lines('def (:\n') }])
    writeFileSync(path.join(dir, 'a.ipynb'), text)
    const r = await codeGate.run(gateContext(dir, codeConfigSchema.parse({})))
    expect(r.errors.join('\n')).toMatch(/bandit could not scan a.ipynb: cell 2 \(id broken\)/)
    const merged = r.findings.find((f) => f.ruleId === 'pickle-load')!
    expect(merged.aliases).toContain('B301')
    expect(merged.location.startLine).toBe(jsonLine(text, 'data = pickle.loads(b)\n'))
  })
})
