import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { UsageError } from '../../../src/errors.js'
import { readSource, type ReadSourceOptions } from '../../../src/checks/checklist/read-source.js'
import { createTrustingFetch } from '../../support/checklist/https-fetch.js'
import { startHttpsServer, startSilentServer, type RunningServer } from '../../support/checklist/servers.js'
import { makeSelfSignedCertificate, type TestCertificate } from '../../support/checklist/tls.js'
import { english } from '../../helpers/english.js'

const checklistText = 'practice: Riverside\n'
const dir = mkdtempSync(join(tmpdir(), 'session-check-source-'))

function options(extra: Partial<ReadSourceOptions> = {}): ReadSourceOptions {
  return {
    cwd: dir,
    fetch: () => Promise.reject(new Error('no network in this test')),
    what: 'checklist',
    allowUrl: true,
    msg: english,
    ...extra,
  }
}

async function failure(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(UsageError)
  return (error as Error).message
}

describe('readSource: local files', () => {
  it('reads a small text file relative to the working folder', async () => {
    writeFileSync(join(dir, 'ok.yaml'), checklistText)
    expect(await readSource('ok.yaml', options())).toEqual({
      text: checklistText,
      name: 'ok.yaml',
      kind: 'file',
    })
  })

  it('refuses a 10 MB file without reading it', async () => {
    writeFileSync(join(dir, 'big.yaml'), Buffer.alloc(10 * 1024 * 1024, 'a'))
    expect(await failure(readSource('big.yaml', options()))).toBe(
      'The checklist big.yaml is too big (10240 KB); it can be at most 64 KB.',
    )
  })

  it('refuses binary garbage', async () => {
    const garbage = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256))
    writeFileSync(join(dir, 'garbage.yaml'), garbage)
    expect(await failure(readSource('garbage.yaml', options()))).toMatch(
      /^The checklist garbage.yaml is not a text file/,
    )
    writeFileSync(join(dir, 'nul.yaml'), 'practice: a\u0000b\n')
    expect(await failure(readSource('nul.yaml', options()))).toMatch(
      /^The checklist nul.yaml is not a text file \(it holds binary data\)/,
    )
  })

  it('says clearly when the file is missing or is a folder', async () => {
    expect(await failure(readSource('nope.yaml', options()))).toBe(
      'Could not read the checklist nope.yaml: there is no such file.',
    )
    expect(await failure(readSource('.', options()))).toBe(
      'Could not read the checklist .: it is a folder, not a file; give the path of a .yaml or .json file.',
    )
  })

  it('keeps answers files local', async () => {
    expect(
      await failure(
        readSource('https://example.org/a.yaml', options({ allowUrl: false, what: 'answers file' })),
      ),
    ).toMatch(/must be a file on this computer/)
  })
})

describe('readSource: https URLs', () => {
  let cert: TestCertificate
  let server: RunningServer
  let silent: RunningServer
  const requests: string[] = []

  beforeAll(async () => {
    cert = makeSelfSignedCertificate()
    silent = await startSilentServer()
    server = await startHttpsServer(cert, (req, res, base) => {
      const routes: Record<string, () => void> = {
        '/checklist.yaml': () => res.end(checklistText),
        '/to-https': () => res.writeHead(302, { location: `${base}/checklist.yaml` }).end(),
        '/to-http': () =>
          res.writeHead(301, { location: base.replace('https:', 'http:') + '/checklist.yaml' }).end(),
        '/loop': () => res.writeHead(302, { location: '/loop' }).end(),
        '/big': () => {
          // No content-length: the limit must hold while streaming.
          res.writeHead(200, { 'content-type': 'text/yaml' })
          const chunk = Buffer.alloc(16 * 1024, 'a')
          for (let i = 0; i < 640; i++) res.write(chunk)
          res.end()
        },
        '/big-declared': () => res.writeHead(200, { 'content-length': String(10 * 1024 * 1024) }).end(),
        '/garbage': () => res.end(Buffer.from([0xff, 0xfe, 0x00, 0x81, 0x90])),
        '/missing': () => res.writeHead(404, 'Not Found').end(),
        '/slow-body': () => res.write('practice: '),
      }
      ;(routes[req.url ?? ''] ?? routes['/missing'])?.()
    })
  })
  afterAll(async () => {
    await server.close()
    await silent.close()
  })

  const viaTls = (extra: Partial<ReadSourceOptions> = {}): ReadSourceOptions =>
    options({ fetch: createTrustingFetch(cert.cert, requests), ...extra })

  it('fetches a checklist over https', async () => {
    expect(await readSource(`${server.url}/checklist.yaml`, viaTls())).toEqual({
      text: checklistText,
      name: `${server.url}/checklist.yaml`,
      kind: 'url',
    })
  })

  it('follows a redirect that stays on https', async () => {
    expect((await readSource(`${server.url}/to-https`, viaTls())).text).toBe(checklistText)
  })

  it('refuses an http URL without making any request', async () => {
    requests.length = 0
    const message = await failure(readSource(`http://127.0.0.1:9/checklist.yaml`, viaTls()))
    expect(message).toBe(
      'The checklist address http://127.0.0.1:9/checklist.yaml uses http, which is not allowed; only https:// addresses can be used, so the file cannot be changed on the way.',
    )
    expect(requests).toEqual([])
  })

  it('refuses a redirect to http, and does not follow it', async () => {
    requests.length = 0
    const message = await failure(readSource(`${server.url}/to-http`, viaTls()))
    expect(message).toMatch(/redirects to http, which is not allowed; only https:\/\/ addresses can be used/)
    expect(requests).toEqual([`${server.url}/to-http`])
  })

  it('stops after a few redirects', async () => {
    expect(await failure(readSource(`${server.url}/loop`, viaTls()))).toMatch(/redirects too many times/)
  })

  it('stops a body that passes 64 KB, declared or not', async () => {
    expect(await failure(readSource(`${server.url}/big`, viaTls()))).toBe(
      `The checklist at ${server.url}/big is too big; it can be at most 64 KB.`,
    )
    expect(await failure(readSource(`${server.url}/big-declared`, viaTls()))).toMatch(
      /is too big; it can be at most 64 KB\.$/,
    )
  })

  it('refuses binary garbage and says what the server answered on an error', async () => {
    expect(await failure(readSource(`${server.url}/garbage`, viaTls()))).toMatch(/is not a text file/)
    expect(await failure(readSource(`${server.url}/missing`, viaTls()))).toBe(
      `Could not fetch the checklist from ${server.url}/missing: the server answered 404 Not Found.`,
    )
  })

  it('gives up on a server that never answers', async () => {
    expect(await failure(readSource(`${silent.url}/checklist.yaml`, viaTls({ timeoutMs: 300 })))).toBe(
      `Could not fetch the checklist from ${silent.url}/checklist.yaml: no answer within 300 ms; try again later.`,
    )
  })

  it('says plainly when the server refuses the connection', async () => {
    const closed = await startSilentServer()
    const url = `${closed.url}/checklist.yaml`
    await closed.close()
    expect(await failure(readSource(url, viaTls()))).toBe(
      `Could not fetch the checklist from ${url}: the server refused the connection; check the address, or try again later.`,
    )
  })

  it('gives up on a body that stops half way', async () => {
    expect(await failure(readSource(`${server.url}/slow-body`, viaTls({ timeoutMs: 300 })))).toMatch(
      /no answer within 300 ms; try again later\.$/,
    )
  })

  it('refuses a self-signed certificate it was not told to trust', async () => {
    expect(
      await failure(readSource(`${server.url}/checklist.yaml`, options({ fetch: globalThis.fetch }))),
    ).toMatch(
      /^Could not fetch the checklist from .*: the server's security certificate is not trusted, so the file was not read; check the date and time on this computer, or ask for a link on another site\.$/,
    )
  })
})
