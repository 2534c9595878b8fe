import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../helpers/spawn-cli.js'
import { reportValidator } from '../helpers/report-validator.js'
import { makeSelfSignedCertificate } from '../support/checklist/tls.js'
import { startTlsServer, type TlsServer } from '../support/link/tls-server.js'

const validate = reportValidator()
const LINK = 'https://zoom.us/j/77712348888?pwd=NE0vT2RkV25SWnBxMC9RRXFUc1F2dz09'

describe('session-checkup link, the built binary', () => {
  it('fails a lookalike offline with exit 1 and the words that say what to do', async () => {
    const { code, stdout, stderr } = await runCli([
      'link',
      'https://doxy-me.com/drsmith',
      '--offline',
      '--no-color',
    ])
    expect(code).toBe(1)
    expect(stderr).toBe('')
    // The terminal wraps lines; the sentences are whole once the wrapping is undone.
    const text = stdout.replace(/\s+/g, ' ')
    expect(text).toContain(
      "This link goes to doxy-me.com, which uses Doxy.me's name but is not Doxy.me's address.",
    )
    expect(text).toContain(
      "Don't open this link. Ask your therapist to confirm the link by phone or through the practice's portal.",
    )
    // Issue 22 item 5: a verdict on the link, and a calm line that says what to do instead of
    // "your session can usually still go ahead".
    expect(text).toContain("Don't open this link yet: 1 thing to check first.")
    expect(text).not.toContain('can usually still go ahead')
    expect(text).toMatch(
      /Don't open this link\. Confirm the link with your therapist by phone or through your practice's portal\. If you are in crisis/,
    )
  })

  it('an official link offline: a verdict on the link, never "ready for your session" under a "video session" header', async () => {
    const { code, stdout } = await runCli(['link', 'https://doxy.me/drsmith', '--offline', '--no-color'])
    expect(code).toBe(0)
    const text = stdout.replace(/\s+/g, ' ')
    expect(text).toContain('· meeting link')
    expect(text).toContain('✔ This link looks right.')
    expect(text).not.toMatch(/ready for your session|video session/i)
    const spanish = await runCli([
      'link',
      'https://doxy.me/drsmith',
      '--offline',
      '--no-color',
      '--lang',
      'es',
    ])
    expect(spanish.stdout).toContain('Este enlace parece correcto.')
    expect(spanish.stdout).not.toMatch(/Todo listo|sesión por video/)
  })

  it('--json: one valid document with the host, and without the meeting id or passcode', async () => {
    const { code, stdout } = await runCli(['link', LINK, '--offline', '--json'])
    expect(code).toBe(0)
    const report = JSON.parse(stdout)
    expect(validate(report)).toBe(true)
    expect(report.checks[0]).toMatchObject({
      id: 'link',
      status: 'pass',
      details: { host: 'zoom.us', platform: 'zoom' },
    })
    expect(stdout).not.toContain('77712348888')
    expect(stdout).not.toContain('NE0vT2Rk')
  })

  it('--link adds the check to a full run', async () => {
    const { stdout } = await runCli(['--json', '--offline', '--only', 'apps', '--link', LINK])
    expect(JSON.parse(stdout).checks.map((check: { id: string }) => check.id)).toEqual(['apps', 'link'])
  })

  it.each([['not a link'], ['']])('bad input %j: exit 2, one line', async (input) => {
    const { code, stdout, stderr } = await runCli(['link', input, '--offline'])
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toMatch(/^session-checkup: [^\n]+\n$/)
  })

  // localhost resolves from /etc/hosts to loopback, which the product never contacts (issue 26):
  // the certificate path itself is tested on loopback in test/unit/link/online.test.ts, where the
  // test widens the guard for its own server.
  describe('online: a name that resolves to loopback is never contacted', () => {
    const certificate = makeSelfSignedCertificate()
    let server: TlsServer
    beforeAll(async () => {
      server = await startTlsServer(certificate)
    })
    afterAll(async () => server.close())

    it('fails, says where the name pointed, and opens no connection to it', async () => {
      const { code, stdout } = await runCli(['link', `https://localhost:${server.port}/room`, '--json'], {
        env: { NODE_EXTRA_CA_CERTS: certificate.certPath },
      })
      expect(code).toBe(1)
      const check = JSON.parse(stdout).checks[0]
      expect(check.status).toBe('fail')
      expect(check.details).toMatchObject({ host: 'localhost', online: 'private-address' })
      expect(check.details.findings[0]).toBe('private-address')
      expect(check.summary).toContain('localhost')
      expect(check.summary).toContain('private network')
      expect(check.summary).not.toContain('/room')
      await server.settled()
      expect(server.connections).toBe(0)
    })
  })
})
