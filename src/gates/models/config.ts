import { z } from 'zod'
import { pathList } from '../../config/common.js'
import { signaturesConfigSchema } from './signatures-config.js'

const GLOBAL_PATTERN = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*\.([A-Za-z_][A-Za-z0-9_]*|\*|\*\*)$/

export const modelsConfigSchema = z.object({
  paths: pathList
    .optional()
    .describe(
      'Folders, files or globs holding model files (workspace-relative); every file under them is scanned by its content, whatever its extension. Default: the whole workspace, files with a model extension (.pt .pth .bin .ckpt .pkl .pickle .joblib .npy .npz .h5 .keras .safetensors .gguf .onnx .dill .sav ...) and everything under models/, skipping .git, node_modules, virtualenvs and git-ignored files.'
    ),
  exclude: pathList.default([]).describe('Paths or globs not to scan.'),
  'allow-globals': z
    .array(z.string().regex(GLOBAL_PATTERN, 'a pickle global such as mypkg.models.Net, mypkg.models.* (that module) or mypkg.** (and its submodules)'))
    .default([])
    .describe('Pickle globals you trust besides the built-in safe list (your own classes): exact names; module.* and module.** cover plain names only, never dotted attribute chains. Globals on the dangerous list stay dangerous.'),
  'forbid-pickle': z.boolean().default(false).describe('Fail on any pickle-family file (pickle, torch .pt/.bin, joblib, npy object arrays), for teams that have moved to safetensors.'),
  lock: z.string().min(1).optional().describe('Hash lock file to verify (written by `ai-secure-gates lock models`). Default: models.lock.json when it exists.'),
  limits: z
    .strictObject({
      'max-pickle-mb': z.number().positive().max(64 * 1024).optional().describe('Largest pickle stream scanned, in MiB (default 1024).'),
      'max-inflated-mb': z.number().positive().max(64 * 1024).optional().describe('Largest size one archive member or compressed stream may inflate to, in MiB (default 1024).'),
      'max-ratio': z.number().positive().optional().describe('Largest inflate ratio before a stream counts as a bomb (default 2000).'),
      'max-entries': z.number().int().positive().optional().describe('Most entries in one archive (default 100000).'),
      'max-depth': z.number().int().positive().max(16).optional().describe('Deepest nesting of archives and compressed streams (default 4).'),
      'file-timeout-seconds': z.number().positive().optional().describe('Time limit for scanning one file (default 300).')
    })
    .default({})
    .describe('Bounds on what one file may cost to scan; a file over a bound is an error, never a pass.'),
  signatures: signaturesConfigSchema.optional()
})

export type ModelsConfig = z.infer<typeof modelsConfigSchema>
