import { describe, expect, it } from '@jest/globals'
import { parseConfigText } from '../../src/config/load.js'

const cfg = (block: string) => parseConfigText(`version: 1\ngates:\n  approval:\n${block}`, '.github/ai-secure-gates.yml')

describe('approval config', () => {
  it('takes rules with code owners, users and teams (a leading @ is allowed)', () => {
    const c = cfg('    rules:\n      - { paths: ["models/**"], from: codeowners }\n      - { paths: ["prompts/**"], approvals: 2, from: { users: ["@alice"], teams: ["@acme/safety"] } }\n') as any
    expect(c.gates.approval.rules[1].from).toEqual({ users: ['alice'], teams: ['acme/safety'] })
  })

  it('bad input: errors name the key and say what is expected', () => {
    expect(() => cfg('    rules: []\n')).toThrow(/gates\.approval\.rules/)
    expect(() => cfg('    rules:\n      - { paths: ["m/**"], from: { users: [] } }\n')).toThrow(/name at least one user or team/)
    expect(() => cfg('    rules:\n      - { paths: ["m/**"], from: { teams: ["safety"] } }\n')).toThrow(/org\/team-slug/)
    expect(() => cfg('    rules:\n      - { paths: ["m/**"], from: owners }\n')).toThrow(/gates\.approval\.rules\[0\]\.from: expected codeowners, anyone, or \{ users: \[alice\], teams: \[org\/team-slug\] \}; got "owners"/)
    expect(() => cfg('    rules:\n      - { paths: ["m/**"], approvals: 0 }\n')).toThrow(/approvals/)
    expect(() => cfg('    rules:\n      - { path: ["m/**"] }\n')).toThrow(/path/)
  })
})
