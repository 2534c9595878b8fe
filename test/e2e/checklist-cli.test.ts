import { execFile } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  PUBLIC_TEST_ADDRESS,
  startHttpsServer,
  startTunnelProxy,
  type RunningServer,
} from '../support/checklist/servers.js'
import { makeSelfSignedCertificate, type TestCertificate } from '../support/checklist/tls.js'

const root = resolve(import.meta.dirname, '../..')
const dir = mkdtempSync(join(tmpdir(), 'session-check-cli-'))

interface Ran {
  code: number
  stdout: string
  stderr: string
}

/** Runs the built binary (never a shell), without a terminal, trusting the test certificate. */
function runBinary(args: string[], extra: NodeJS.ProcessEnv = {}): Promise<Ran> {
  // vitest.config sets NO_COLOR and FORCE_COLOR to ''; Node 22 warns on stderr when both exist.
  const { NO_COLOR: _noColor, FORCE_COLOR: _forceColor, ...env } = process.env
  return new Promise((done) => {
    const child = execFile(
      process.execPath,
      [join(root, 'bin/session-checkup.js'), ...args],
      { cwd: dir, env: { ...env, CI: '', ...extra }, timeout: 20_000 },
      (error, stdout, stderr) => {
        done({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr })
      },
    )
    child.stdin?.end()
  })
}

const good =
  'practice: Riverside Counselling\nmode: add\nquestions:\n  - {id: intake-form, text: Filled in the form?, why: W., fix: F., level: advisory}\n'
const bad =
  'practice: Riverside Counselling\nquestions:\n  - id: intake-form\n    text: Filled in the form?\n    why: W.\n    fix: F.\n    level: sometimes\n'

describe('a field name that is a list or a group', () => {
  // Found by the lead: YAML turned such a key into data and printed "(node:…) Warning: Keys with
  // collection values will be stringified" on the therapist's terminal, and the problem said line 1.
  it.each([
    ['? [ x, x ]\n: 1\n', 'en'],
    ['{a: 1}: 2\n', 'es'],
  ])(
    '%j is one problem on its own line, in the run language, with no warning of the parser',
    async (tail, lang) => {
      const file = join(dir, `collection-key-${lang}.yaml`)
      writeFileSync(file, `version: 1\npractice: Riverside Counselling\n${tail}`)
      const ran = await runBinary(['--lang', lang, 'checklist', 'validate', file])
      expect(ran.code).toBe(2)
      expect(ran.stderr).not.toMatch(/Warning|node:/)
      expect(ran.stdout + ran.stderr).toMatch(
        lang === 'en' ? /line 3: A field name here is a list/ : /línea 3: Aquí un nombre de campo/,
      )
    },
  )
})

describe('the built binary with checklist files and URLs', () => {
  let cert: TestCertificate
  let server: RunningServer
  let trust: NodeJS.ProcessEnv
  let proxy: Awaited<ReturnType<typeof startTunnelProxy>>
  /** A client's run never contacts loopback: it is given a public address that the proxy carries here. */
  let client: NodeJS.ProcessEnv
  const published = `https://${PUBLIC_TEST_ADDRESS}`

  beforeAll(async () => {
    cert = makeSelfSignedCertificate([`IP:${PUBLIC_TEST_ADDRESS}`])
    trust = { NODE_EXTRA_CA_CERTS: cert.certPath }
    server = await startHttpsServer(cert, (req, res, base) => {
      if (req.url === '/good.yaml') return res.end(good)
      if (req.url === '/bad.yaml') return res.end(bad)
      if (req.url === '/to-http')
        return res.writeHead(302, { location: base.replace('https:', 'http:') + '/good.yaml' }).end()
      res.writeHead(404).end()
    })
    proxy = await startTunnelProxy(Number(new URL(server.url).port))
    client = { ...trust, HTTPS_PROXY: proxy.url }
  })
  afterAll(async () => {
    await server.close()
    await proxy.close()
  })

  it('validates a checklist served over https', async () => {
    const ran = await runBinary(['checklist', 'validate', `${server.url}/good.yaml`], trust)
    expect(ran).toMatchObject({ code: 0, stderr: '' })
    expect(ran.stdout).toMatch(
      /^https:\/\/127\.0\.0\.1:\d+\/good\.yaml is a valid checklist\.\n {2}Practice: Riverside Counselling\n/,
    )
  })

  it('refuses a redirect from https to http', async () => {
    const ran = await runBinary(['checklist', 'validate', `${server.url}/to-http`], trust)
    expect(ran.code).toBe(2)
    expect(ran.stderr).toBe(
      `session-checkup: The checklist address ${server.url}/to-http redirects to http, which is not allowed; only https:// addresses can be used, so the file cannot be changed on the way.\n`,
    )
  })

  it('stops a run with a bad checklist URL before measuring anything: one line, exit 2', async () => {
    const ran = await runBinary(['--json', '--checklist', `${published}/bad.yaml`], client)
    expect(ran.code).toBe(2)
    expect(ran.stdout).toBe('')
    expect(ran.stderr).toBe(
      `session-checkup: The checklist ${published}/bad.yaml has a problem on line 7: "level" in question 1 ("intake-form") must be required or advisory; it is "sometimes".\n`,
    )
    expect(proxy.targets).toContain(`${PUBLIC_TEST_ADDRESS}:443`)
  })

  it("a client's run refuses a checklist address on this computer or its network: one sentence, exit 2", async () => {
    const before = proxy.targets.length
    const ran = await runBinary(['--json', '--checklist', `${server.url}/good.yaml`], trust)
    expect(ran.code).toBe(2)
    expect(ran.stdout).toBe('')
    expect(ran.stderr).toBe(
      `session-checkup: The checklist address ${server.url}/good.yaml leads to 127.0.0.1, which is inside a private network (such as a home or office network) rather than on the internet, so it was not contacted; a practice's checklist is always on a public https:// address, so please ask your therapist for the right link.\n`,
    )
    expect(proxy.targets.length).toBe(before)
  })

  it('answers the checklist from a file, and reports ids and yes/no only', async () => {
    writeFileSync(
      join(dir, 'answers.yaml'),
      'private-space: yes\nsafe-not-driving: yes\nknow-location: yes\nintake-form: no\n',
    )
    const ran = await runBinary(
      ['--only', 'checklist', '--json', '--checklist', `${published}/good.yaml`, '--answers', 'answers.yaml'],
      client,
    )
    expect(ran.code).toBe(0)
    const report = JSON.parse(ran.stdout)
    expect(report.practice).toEqual({ name: 'Riverside Counselling' })
    const checklist = report.checks[0]
    expect(checklist).toMatchObject({ id: 'checklist', status: 'warn', advice: ['F.'] })
    expect(checklist.details.answers).toEqual({
      'private-space': 'yes',
      'safe-not-driving': 'yes',
      'know-location': 'yes',
      headphones: 'unanswered',
      'callback-number': 'unanswered',
      'devices-silenced': 'unanswered',
      'smart-speakers': 'unanswered',
      // secure-network gave its place to the practice's own question (at most 8 are asked).
      'intake-form': 'no',
    })
  })

  it('skips the checklist with --json and no answers, with the agreed sentence', async () => {
    const ran = await runBinary(['--only', 'checklist', '--json'])
    const report = JSON.parse(ran.stdout)
    expect(report.checks[0]).toMatchObject({
      status: 'skip',
      summary: 'Run npx session-checkup in a terminal to answer the checklist.',
    })
  })
})
