// Real-OS smoke test for the GitHub Actions runners (issue 10): run the built CLI the way CI and IT
// do, validate its JSON against the shipped schema, and print what the Wi-Fi and apps readers saw,
// so the first real macOS and Windows runs teach us something. Run after `npm run build`.
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { Ajv2020 } from 'ajv/dist/2020.js'

const bin = new URL('../../bin/session-checkup.js', import.meta.url).pathname.replace(/^\/([A-Za-z]:)/, '$1')
const schema = JSON.parse(
  readFileSync(new URL('../../dist/report/report.schema.json', import.meta.url), 'utf8'),
)
const validate = new Ajv2020({
  allErrors: true,
  strict: true,
  allowUnionTypes: true,
  validateFormats: false,
}).compile(schema)
const problems = []

function run(args) {
  const started = Date.now()
  const result = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, CI: 'true' },
  })
  return { ...result, ms: Date.now() - started }
}

function readReport(label, result) {
  if (result.status !== 0 && result.status !== 1)
    problems.push(`${label}: exit code ${result.status}; stderr: ${result.stderr}`)
  let report
  try {
    report = JSON.parse(result.stdout)
  } catch {
    problems.push(`${label}: stdout is not one JSON document: ${result.stdout.slice(0, 500)}`)
    return undefined
  }
  if (!validate(report))
    problems.push(`${label}: does not match the schema: ${JSON.stringify(validate.errors)}`)
  for (const check of report.checks ?? []) {
    // An error is our own code failing on a real system; Wi-Fi may still be unknown or skipped on a runner.
    if (check.status === 'error')
      problems.push(
        `${label}: the ${check.id} check ended in error: ${check.summary} (${check.error ?? 'no detail'})`,
      )
  }
  return report
}

const full = run(['--json', '--offline', '--no-input'])
const report = readReport('full run', full)
if (report) {
  for (const check of report.checks) {
    console.log(`\n== ${check.id}: ${check.status}, ${check.durationMs} ms\n${check.summary}`)
    if (check.id === 'wifi' || check.id === 'apps')
      console.log(JSON.stringify({ measurements: check.measurements, details: check.details }, null, 2))
  }
}

// The apps check has a 15 s limit; starting Node adds a few seconds on a cold runner.
const APPS_LIMIT_MS = 15_000 + 5_000
const apps = run(['--only', 'apps', '--json', '--offline', '--no-input'])
const appsReport = readReport('--only apps', apps)
const processCount = appsReport?.checks?.[0]?.measurements?.find((m) => m.id === 'processesListed')?.value
console.log(`\n--only apps: ${apps.ms} ms, ${processCount} processes listed`)
if (!(processCount > 10))
  problems.push(`--only apps listed ${processCount} processes; a real system has more than 10`)
if (apps.ms > APPS_LIMIT_MS)
  problems.push(`--only apps took ${apps.ms} ms, over its ${APPS_LIMIT_MS} ms budget`)

if (problems.length > 0) {
  console.error(`\n${problems.length} problem(s):\n- ${problems.join('\n- ')}`)
  process.exitCode = 1
} else {
  console.log('\nsmoke: all good')
}
