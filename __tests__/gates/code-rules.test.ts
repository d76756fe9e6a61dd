import { describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { codeConfigSchema } from '../../src/gates/code/config.js'
import { codeGate } from '../../src/gates/code/index.js'
import { analyzePython } from '../../src/gates/code/rules/analyze.js'
import { RULE_IDS, RULES } from '../../src/gates/code/rules/catalog.js'
import { mergeFindings } from '../../src/gates/code/rules/findings.js'
import type { FindingInput } from '../../src/engine/types.js'
import { gateContext } from '../support/gate-context.js'

/** Lines marked `# expect: <rule>[, <rule>]` must be flagged with exactly those rules; every other line must not be. */
function expected(src: string): string[] {
  const out: string[] = []
  src.split('\n').forEach((line, i) => {
    const m = /# expect: ([\w, -]+)$/.exec(line)
    if (m) for (const r of m[1].split(',').map((s) => s.trim())) out.push(`${i + 1}:${r}`)
  })
  return out.sort()
}

async function found(src: string): Promise<string[]> {
  return (await analyzePython(src)).map((h) => `${h.startLine}:${h.ruleId}`).sort()
}

const SHA = '0123456789abcdef0123456789abcdef01234567'

const TORCH = `import torch
import torch as t
from torch import load
from torch import load as tload
import torch.serialization
torch.load("m.pt")  # expect: torch-load-unsafe
t.load("m.pt", map_location="cpu")  # expect: torch-load-unsafe
load(open("m.pt", "rb"))  # expect: torch-load-unsafe
tload("m.pt", weights_only=False)  # expect: torch-load-unsafe
torch.serialization.load("m.pt")  # expect: torch-load-unsafe
model.load_state_dict(torch.load(path, weights_only=flag))  # expect: torch-load-unsafe
state = torch.load(  # expect: torch-load-unsafe
    "multi-line.pt",
    map_location="cpu",
)
torch.load("m.pt", weights_only=True)
t.load("m.pt", map_location="cpu", weights_only=True)
tload("m.pt", weights_only=(True))
torch.jit.load("scripted.pt")
torch.save(model, "m.pt")
other.load("m.pt")
`

const PICKLES = `import pickle
import cPickle as cp
import _pickle
import dill, cloudpickle
from pickle import loads as pl
from joblib import load
import joblib as jb
import sklearn.externals.joblib
import shelve
import pandas as pd
from pandas import read_pickle
import marshal
pickle.load(f)  # expect: pickle-load
pickle.loads(data)  # expect: pickle-load
cp.loads(data)  # expect: pickle-load
_pickle.loads(data)  # expect: pickle-load
dill.load(f)  # expect: pickle-load
cloudpickle.loads(blob)  # expect: pickle-load
pl(data)  # expect: pickle-load
pickle.Unpickler(f).load()  # expect: pickle-load
load("model.joblib")  # expect: joblib-load
jb.load("model.joblib", mmap_mode="r")  # expect: joblib-load
sklearn.externals.joblib.load("m.pkl")  # expect: joblib-load
shelve.open("db")  # expect: shelve-open
pd.read_pickle("df.pkl")  # expect: pandas-read-pickle
read_pickle("df.pkl")  # expect: pandas-read-pickle
marshal.loads(code)  # expect: marshal-load
pickle.dumps(obj)
jb.dump(model, "m.joblib")
pd.read_csv("df.csv")
pd.read_parquet("df.parquet")
json.loads(text)
`

const NUMPY_YAML = `import numpy as np
import numpy
from numpy import load as npload
import yaml
from yaml import SafeLoader, FullLoader, load as yload
np.load("a.npy", allow_pickle=True)  # expect: numpy-allow-pickle
numpy.load("a.npz", None, True)  # expect: numpy-allow-pickle
npload("a.npy", allow_pickle=flag)  # expect: numpy-allow-pickle
np.load("a.npy")
np.load("a.npy", allow_pickle=False)
np.load("a.npy", mmap_mode="r")
yaml.load(stream)  # expect: yaml-unsafe-load
yaml.load(stream, Loader=yaml.Loader)  # expect: yaml-unsafe-load
yaml.load(stream, yaml.UnsafeLoader)  # expect: yaml-unsafe-load
yload(stream, Loader=FullLoader)  # expect: yaml-unsafe-load
yaml.unsafe_load(stream)  # expect: yaml-unsafe-load
yaml.full_load(stream)  # expect: yaml-unsafe-load
yaml.load_all(stream)  # expect: yaml-unsafe-load
yaml.load(f, Loader=yaml.SafeLoader)
yaml.load(f, Loader=yaml.CSafeLoader)
yaml.load(f, SafeLoader)
yload(f, Loader=SafeLoader)
yaml.safe_load(f)
yaml.safe_load_all(f)
`

const KERAS_HF = `import keras
import tensorflow as tf
from keras.models import load_model
from transformers import AutoModel, AutoTokenizer, pipeline
from huggingface_hub import hf_hub_download, snapshot_download
import huggingface_hub as hh
from datasets import load_dataset
from diffusers import DiffusionPipeline
keras.models.load_model("m.keras", safe_mode=False)  # expect: keras-unsafe-deserialization
tf.keras.models.load_model("m.keras", None, True, False)  # expect: keras-unsafe-deserialization
load_model("m.keras", safe_mode=False)  # expect: keras-unsafe-deserialization
keras.config.enable_unsafe_deserialization()  # expect: keras-unsafe-deserialization
load_model("m.keras")
keras.saving.load_model("m.keras", safe_mode=True)
AutoModel.from_pretrained("org/model", revision="${SHA}", trust_remote_code=True)  # expect: hf-trust-remote-code
pipeline("text-generation", model="org/m", trust_remote_code=True)  # expect: hf-trust-remote-code
AutoModel.from_pretrained("org/model")  # expect: hf-unpinned-revision
AutoTokenizer.from_pretrained("org/model", revision="main")  # expect: hf-unpinned-revision
AutoModel.from_pretrained("org/model", revision="v1.0")  # expect: hf-unpinned-revision
DiffusionPipeline.from_pretrained("org/sd", revision="${SHA.slice(0, 7)}")  # expect: hf-unpinned-revision
hf_hub_download("org/model", "weights.bin")  # expect: hf-unpinned-revision
hh.hf_hub_download(repo_id="org/model", filename="w.bin", revision="main")  # expect: hf-unpinned-revision
snapshot_download("org/model")  # expect: hf-unpinned-revision
load_dataset("org/data")  # expect: hf-unpinned-revision
AutoModel.from_pretrained("org/model", trust_remote_code=True)  # expect: hf-trust-remote-code, hf-unpinned-revision
AutoModel.from_pretrained("org/model", revision="${SHA}")
AutoModel.from_pretrained("org/model", revision="${SHA}", trust_remote_code=False)
AutoModel.from_pretrained("./checkpoints/best")
AutoModel.from_pretrained("/models/local")
AutoModel.from_pretrained("org/model", local_files_only=True)
AutoModel.from_pretrained(name, revision=pinned_revision)
hf_hub_download("org/model", "weights.bin", revision="${SHA}")
snapshot_download(repo_id="org/model", revision="${SHA}")
load_dataset("csv", data_files="train.csv")
load_dataset("org/data", revision="${SHA}")
`

describe('unsafe-load rules (tree-sitter)', () => {
  it.each([
    ['torch.load', TORCH],
    ['pickle family, joblib, shelve, pandas, marshal', PICKLES],
    ['numpy allow_pickle and yaml loaders', NUMPY_YAML],
    ['Keras safe mode and Hugging Face', KERAS_HF]
  ])('%s: flags every unsafe form at its line and none of the safe ones', async (_name, src) => {
    expect(await found(src)).toEqual(expected(src))
    expect(expected(src).length).toBeGreaterThan(5)
  })

  it('follows simple aliases and star imports, and ignores names that are not imported', async () => {
    const src = [
      'import torch, pickle',
      'from numpy import *',
      'ld = torch.load',
      'p = pickle',
      'ld2 = ld',
      'ld("x.pt")  # expect: torch-load-unsafe',
      'ld2("x.pt")  # expect: torch-load-unsafe',
      'p.loads(b)  # expect: pickle-load',
      'load("a.npy", allow_pickle=True)  # expect: numpy-allow-pickle',
      'joblib.load("m")',
      'loads(b)',
      'def f():',
      '    import joblib as J',
      '    return J.load("m")  # expect: joblib-load'
    ].join('\n')
    expect(await found(src)).toEqual(expected(src))
  })

  it('a pickle round trip of the program\'s own object is not an unsafe load', async () => {
    const src = [
      'import pickle',
      'import cloudpickle as cp',
      'a = pickle.loads(pickle.dumps(est))',
      'b = cp.loads(cp.dumps(fn))',
      's = pickle.dumps(model)',
      'c = pickle.loads(s)',
      'd = pickle.loads(blob)  # expect: pickle-load',
      't = pickle.dumps(x)',
      't = read_from_socket()',
      'e = pickle.loads(t)  # expect: pickle-load',
      'f = pickle.load(pickle.dumps(x))  # expect: pickle-load'
    ].join('\n')
    expect(await found(src)).toEqual(expected(src))
  })

  it('does not read code inside strings and comments', async () => {
    const src = ['import pickle', '# pickle.loads(data)', 's = "pickle.loads(data)"', 'doc = """', 'torch.load(x)', '"""'].join('\n')
    expect(await found(src)).toEqual([])
  })

  it('parses broken code without failing and still finds what it can', async () => {
    const src = 'import pickle\ndef broken(:\n    pass\npickle.loads(b)\n'
    expect(await found(src)).toEqual(['4:pickle-load'])
  })

  it('reports columns, the resolved call and a message saying what to do instead', async () => {
    const [h] = await analyzePython('import torch as t\nx = t.load("m.pt", weights_only=False)\n')
    expect(h).toMatchObject({ ruleId: 'torch-load-unsafe', call: 'torch.load', startLine: 2, startColumn: 5, endLine: 2 })
    expect(h.message).toMatch(/weights_only=False/)
    expect(h.message).toMatch(/Pass weights_only=True/)
  })

  it('every rule has a severity, a title and a fix', () => {
    for (const id of RULE_IDS) {
      const r = RULES[id]
      expect(r.id).toBe(id)
      expect(['critical', 'high', 'medium', 'low', 'info']).toContain(r.severity)
      expect(r.fix.length).toBeGreaterThan(20)
    }
  })

  it('each rule fires on a file holding nothing but its one call (files without trigger text are not parsed)', async () => {
    const one: Array<[string, string]> = [
      ['import torch\ntorch.load(p)\n', 'torch-load-unsafe'],
      ['from pickle import Unpickler\nUnpickler(f)\n', 'pickle-load'],
      ['import shelve\nshelve.DbfilenameShelf(f)\n', 'shelve-open'],
      ['import pandas\npandas.read_pickle(p)\n', 'pandas-read-pickle'],
      ['import numpy\nnumpy.load(p, allow_pickle=True)\n', 'numpy-allow-pickle'],
      ['import yaml\nyaml.full_load(s)\n', 'yaml-unsafe-load'],
      ['from marshal import loads as m\nm(b)\n', 'marshal-load'],
      ['import keras\nkeras.saving.deserialize_keras_object(c, safe_mode=False)\n', 'keras-unsafe-deserialization'],
      ['import keras\nkeras.config.enable_unsafe_deserialization()\n', 'keras-unsafe-deserialization'],
      ['from transformers import pipeline\npipeline("t", model="o/m", trust_remote_code=True)\n', 'hf-trust-remote-code'],
      ['from transformers import AutoModel\nAutoModel.from_pretrained("o/m")\n', 'hf-unpinned-revision'],
      ['import joblib\njoblib.load(p)\n', 'joblib-load']
    ]
    for (const [src, rule] of one) expect([src, (await analyzePython(src)).map((h) => h.ruleId)]).toEqual([src, [rule]])
    for (const id of RULE_IDS) expect(one.some(([, r]) => r === id)).toBe(true)
  })

  it('disabled rules are not reported', async () => {
    const hits = await analyzePython('import pickle, torch\npickle.loads(b)\ntorch.load(p)\n', { disabled: new Set(['pickle-load']) })
    expect(hits.map((h) => h.ruleId)).toEqual(['torch-load-unsafe'])
  })
})

describe('from_pretrained: only a Hub library\'s class, or an import that cannot be resolved', () => {
  const local = (m: string) => m === 'model' || m === 'mypkg'
  async function flagged(src: string): Promise<string[]> {
    return (await analyzePython(src, { isLocalModule: local })).filter((h) => h.ruleId === 'hf-unpinned-revision').map((h) => `${h.startLine}:${h.ruleId}`).sort()
  }
  const src = `import transformers
import torch.nn as nn
import torch
from model import GPT, GPTConfig
from mypkg.models import Encoder
from .local_model import Decoder
from sentence_transformers import SentenceTransformer
from peft import PeftModel
import timm
import open_clip
from somewrapper import FastModel
from transformers import PreTrainedModel, AutoModel
from transformers import *

class Tiny(nn.Module):
    pass

class MyHubModel(PreTrainedModel):
    pass

GPT.from_pretrained("gpt2")
GPT.from_pretrained("gpt2", dict(dropout=0.0))
Encoder.from_pretrained("org/x")
Decoder.from_pretrained("org/x")
Tiny.from_pretrained("org/x")
nn.Embedding.from_pretrained(weights)
torch.nn.EmbeddingBag.from_pretrained(weights, freeze=True)
self.backbone.from_pretrained("org/x")
cls.from_pretrained("org/x")
model_class.from_pretrained("org/x")
transformers.AutoModel.from_pretrained("org/x")  # expect: hf-unpinned-revision
SentenceTransformer.from_pretrained("org/x")  # expect: hf-unpinned-revision
PeftModel.from_pretrained(base, "org/adapter")  # expect: hf-unpinned-revision
timm.models.VisionTransformer.from_pretrained("org/x")  # expect: hf-unpinned-revision
open_clip.CLIP.from_pretrained("org/x")  # expect: hf-unpinned-revision
FastModel.from_pretrained("org/x")  # expect: hf-unpinned-revision
MyHubModel.from_pretrained("org/x")  # expect: hf-unpinned-revision
AutoModelForCausalLM.from_pretrained("org/x")  # expect: hf-unpinned-revision
Alias = AutoModel
Alias.from_pretrained("org/x")  # expect: hf-unpinned-revision
`
  it('flags the Hub libraries and unresolved imports, never the repository\'s own classes, torch or unknown receivers', async () => {
    expect(await flagged(src)).toEqual(expected(src).filter((e) => e.endsWith('hf-unpinned-revision')))
  })

  it("nanoGPT's layout: GPT.from_pretrained from the repository's model.py is not a Hub download; the transformers call inside it is", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'asg-nanogpt-'))
    writeFileSync(path.join(dir, 'model.py'), 'import torch.nn as nn\n\n\nclass GPT(nn.Module):\n    @classmethod\n    def from_pretrained(cls, model_type, override_args=None):\n        from transformers import GPT2LMHeadModel\n        return GPT2LMHeadModel.from_pretrained(model_type)\n')
    writeFileSync(path.join(dir, 'train.py'), 'from model import GPTConfig, GPT\n\nmodel = GPT.from_pretrained(init_from, dict(dropout=0.0))\n')
    mkdirSync(path.join(dir, 'scripts'))
    writeFileSync(path.join(dir, 'scripts', 'sample.py'), 'from model import GPT\nm = GPT.from_pretrained("gpt2")\n')
    const r = await codeGate.run(gateContext(dir, codeConfigSchema.parse({ bandit: false })))
    expect(r.findings.map((f) => `${f.location.path}:${f.location.startLine}:${f.ruleId}`)).toEqual(['model.py:8:hf-unpinned-revision'])
  })
})

describe('merging bandit and rule findings', () => {
  const f = (ruleId: string, line: number, tool: string): FindingInput => ({
    ruleId, severity: 'high', message: ruleId, location: { path: 'a.py', startLine: line }, properties: { tool }
  })
  it('a bandit B301 and pickle-load on the same line are one finding that keeps the bandit id as an alias', () => {
    const out = mergeFindings([f('B301', 3, 'bandit'), f('B403', 1, 'bandit'), f('B301', 9, 'bandit')], [f('pickle-load', 3, 'ai-secure-gates'), f('torch-load-unsafe', 3, 'ai-secure-gates')])
    expect(out.map((x) => `${x.location.startLine}:${x.ruleId}`)).toEqual(['1:B403', '3:pickle-load', '3:torch-load-unsafe', '9:B301'])
    const merged = out.find((x) => x.ruleId === 'pickle-load')!
    expect(merged.aliases).toEqual(['B301'])
    expect(merged.properties?.bandit).toEqual(['B301'])
  })
  it('a bandit id that is not the rule\'s equivalent is not merged', () => {
    const out = mergeFindings([f('B506', 3, 'bandit')], [f('pickle-load', 3, 'ai-secure-gates')])
    expect(out).toHaveLength(2)
  })
})

describe('code gate with the rules', () => {
  function repo(): string {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'asg-rules-'))
    const w = (rel: string, text: string) => {
      mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true })
      writeFileSync(path.join(dir, rel), text)
    }
    w('train/load.py', 'import pickle\nimport torch\n\n\ndef go(p):\n    m = torch.load(p)\n    return pickle.loads(m)\n')
    w('vendor/x.py', 'import joblib\njoblib.load("m")\n')
    return dir
  }
  const cfg = (over: Record<string, unknown> = {}) => codeConfigSchema.parse({ bandit: false, ...over })

  it('scans .py files under paths, honours exclude and lists every file it examined', async () => {
    const dir = repo()
    const r = await codeGate.run(gateContext(dir, cfg({ exclude: ['vendor'] })))
    expect(r.errors).toEqual([])
    expect(r.findings.map((x) => `${x.location.path}:${x.location.startLine}:${x.ruleId}`)).toEqual(['train/load.py:6:torch-load-unsafe', 'train/load.py:7:pickle-load'])
    expect(r.checks).toEqual([{ name: 'unsafe-load-rules', target: 'train/load.py', outcome: 'fail', details: { findings: 2 } }])
    expect(r.findings[0].fingerprintKey).toBe('m = torch.load(p)')
  })

  it('rules: false and disable-rules turn rules off', async () => {
    const dir = repo()
    expect((await codeGate.run(gateContext(dir, cfg({ rules: false, notebooks: false })))).findings).toEqual([])
    const r = await codeGate.run(gateContext(dir, cfg({ 'disable-rules': ['torch-load-unsafe'] })))
    expect(r.findings.map((x) => x.ruleId).sort()).toEqual(['joblib-load', 'pickle-load'])
  })

  it('an unknown rule id in disable-rules is a config error', () => {
    expect(() => codeConfigSchema.parse({ 'disable-rules': ['torch-lod'] })).toThrow()
  })
})
