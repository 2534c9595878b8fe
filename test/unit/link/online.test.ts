import { wordsIn } from '../../../src/checks/run-checks.js'

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { createLinkCheck } from '../../../src/checks/link/index.js'
import { probeHost, readRedirect, type LinkNetwork } from '../../../src/checks/link/online.js'
import { inspectLink } from '../../../src/checks/link/inspect.js'
import { RUN_COMMAND } from '../../../src/tool.js'
import { startSilentServer } from '../../support/checklist/servers.js'
import { certificateFor, startTlsServer, type TlsServer } from '../../support/link/tls-server.js'
import { msg } from '../../helpers/english.js'

/** A resolver that answers every name with loopback, and records what it was asked. */
function loopbackResolver(asked: string[] = []): LinkNetwork['resolve'] {
  return async (host) => {
    asked.push(host)
    return ['127.0.0.1']
  }
}

/**
 * The product never contacts a private or loopback address; these tests' TLS servers listen on
 * loopback, so they allow it (the guard itself is tested in its own block below).
 */
const loopbackIsOurs = (address: string): boolean => address === '127.0.0.1'

const notFound: LinkNetwork['resolve'] = async () => {
  throw Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' })
}

const noFetch = (() => Promise.reject(new Error('no HTTP in this test'))) as typeof fetch

function inspect(
  link: string,
  network: LinkNetwork,
  options: { offline?: boolean; fetch?: typeof fetch; signal?: AbortSignal; meetingHosts?: string[] } = {},
) {
  return inspectLink(
    { url: new URL(link), meetingHosts: options.meetingHosts ?? [] },
    {
      offline: options.offline ?? false,
      includeIdentifiers: false,
      network,
      fetch: options.fetch ?? noFetch,
      signal: options.signal ?? new AbortController().signal,
      progress: () => {},
      msg,
    },
  )
}

describe('the online part, against a TLS server on loopback', () => {
  const doxy = certificateFor('doxy.me')
  const other = certificateFor('somewhere-else.example')
  let server: TlsServer
  let wrongName: TlsServer

  beforeAll(async () => {
    server = await startTlsServer(doxy)
    wrongName = await startTlsServer(other)
  })
  afterAll(async () => {
    await server.close()
    await wrongName.close()
  })

  it('passes an official link whose site proves its name, and sends no HTTP request', async () => {
    const asked: string[] = []
    const before = server.handshakes
    const outcome = await inspect('https://doxy.me/drsmith', {
      mayContact: loopbackIsOurs,
      resolve: loopbackResolver(asked),
      tls: { ca: doxy.cert, port: server.port },
    })
    expect(outcome.status).toBe('pass')
    expect(outcome.summary).toBe(
      "This link goes to doxy.me, Doxy.me's own address, and the site proved it with a valid security certificate.",
    )
    expect(outcome.details).toMatchObject({ online: 'certificate-valid', certificateIssuer: 'Test CA' })
    expect(outcome.measurements).toEqual([
      { id: 'host', label: 'Link goes to', value: 'doxy.me' },
      { id: 'platform', label: 'Platform', value: 'Doxy.me' },
      { id: 'certificate', label: 'Security certificate', value: 'valid (Test CA)' },
    ])
    expect(asked).toEqual(['doxy.me'])
    await server.settled()
    await vi.waitFor(() => expect(server.handshakes).toBe(before + 1))
    expect(server.bytesAfterHandshake).toBe(0)
  })

  it("fails a site whose certificate is not valid for the link's name", async () => {
    const outcome = await inspect('https://doxy.me/drsmith', {
      mayContact: loopbackIsOurs,
      resolve: loopbackResolver(),
      tls: { ca: other.cert, port: wrongName.port },
    })
    expect(outcome.status).toBe('fail')
    expect(outcome.summary).toBe(
      'The website at doxy.me could not prove who it is: its security certificate is not valid for that name.',
    )
    expect(outcome.advice).toEqual([
      "Don't open this link. Ask your therapist to confirm the link by phone or through the practice's portal.",
    ])
  })

  it('fails a certificate no one trusts', async () => {
    const outcome = await inspect('https://doxy.me/drsmith', {
      mayContact: loopbackIsOurs,
      resolve: loopbackResolver(),
      tls: { port: server.port },
    })
    expect(outcome.status).toBe('fail')
    expect(outcome.details).toMatchObject({
      findings: ['certificate-invalid'],
      certificateProblem: 'self-signed',
    })
    // It says which problem it is (issue 26: every problem used to read "not valid for that name").
    expect(outcome.summary).toBe(
      'The website at doxy.me could not prove who it is: its security certificate is self-signed, vouched for only by the site itself.',
    )
  })

  it('never contacts a link that already failed offline, nor anything with --offline', async () => {
    const asked: string[] = []
    const network = {
      mayContact: loopbackIsOurs,
      resolve: loopbackResolver(asked),
      tls: { ca: doxy.cert, port: server.port },
    }
    expect((await inspect('https://doxy-me.com/drsmith', network)).status).toBe('fail')
    expect((await inspect('https://doxy.me/drsmith', network, { offline: true })).details).toMatchObject({
      online: 'offline',
    })
    expect(asked).toEqual([])
  })

  it('says a name that does not exist cannot work', async () => {
    const outcome = await inspect('https://riverside.doxy.me/drsmith', { resolve: notFound })
    expect(outcome.status).toBe('warn')
    expect(outcome.summary).toBe(
      'The address riverside.doxy.me does not exist on the internet, so this link cannot work.',
    )
  })

  it('gives up on a lookup that never answers when the signal is aborted, and keeps the offline verdict', async () => {
    const controller = new AbortController()
    const hanging: LinkNetwork = {
      resolve: (_host, signal) =>
        new Promise((_, reject) => signal.addEventListener('abort', () => reject(new Error('aborted')))),
    }
    const pending = inspect('https://doxy.me/drsmith', hanging, { signal: controller.signal })
    controller.abort()
    const outcome = await pending
    expect(outcome.status).toBe('pass')
    expect(outcome.summary).toBe(
      "This link goes to doxy.me, Doxy.me's own address. The website could not be reached just now, so its security certificate was not checked.",
    )
    expect(outcome.details).toMatchObject({ online: 'unreachable' })
  })

  it('gives up on a handshake that never completes when the signal is aborted', async () => {
    const silent = await startSilentServer()
    try {
      const controller = new AbortController()
      const pending = probeHost(
        'doxy.me',
        443,
        {
          mayContact: loopbackIsOurs,
          resolve: loopbackResolver(),
          tls: { port: Number(new URL(silent.url).port) },
        },
        controller.signal,
      )
      controller.abort()
      expect(await pending).toEqual({ state: 'unreachable', reason: 'time limit' })
    } finally {
      await silent.close()
    }
  })

  it('the system resolver asks nothing once the signal is aborted', async () => {
    const { systemNetwork } = await import('../../../src/checks/link/online.js')
    const controller = new AbortController()
    controller.abort(new Error('stop'))
    await expect(systemNetwork.resolve('doxy.me', controller.signal)).rejects.toThrow('stop')
  })

  it('reads where a shortener leads with one HEAD request, never following it, then checks the destination', async () => {
    const requests: Array<{ url: string; method?: string; redirect?: string }> = []
    const fetchSpy = (async (input: string | URL | Request, init?: RequestInit) => {
      requests.push({ url: String(input), method: init?.method, redirect: init?.redirect })
      return new Response(null, {
        status: 301,
        headers: { location: 'https://zoom.us.meet-secure.example/j/1' },
      })
    }) as typeof fetch
    const asked: string[] = []
    const outcome = await inspect(
      'https://bit.ly/3xYzAbC',
      { mayContact: loopbackIsOurs, resolve: loopbackResolver(asked) },
      { fetch: fetchSpy },
    )
    expect(requests).toEqual([{ url: 'https://bit.ly/3xYzAbC', method: 'HEAD', redirect: 'manual' }])
    expect(outcome.status).toBe('fail')
    expect(outcome.summary).toBe(
      "This link goes to zoom.us.meet-secure.example, which uses Zoom's name but is not Zoom's address.",
    )
    expect(asked).toEqual([])
  })

  it('a shortener that leads to an official link is still a caution, and names where it goes', async () => {
    const fetchStub = (async () =>
      new Response(null, { status: 302, headers: { location: 'https://doxy.me/drsmith' } })) as typeof fetch
    const outcome = await inspect(
      'https://bit.ly/3xYzAbC',
      { mayContact: loopbackIsOurs, resolve: loopbackResolver(), tls: { ca: doxy.cert, port: server.port } },
      { fetch: fetchStub },
    )
    expect(outcome.status).toBe('warn')
    expect(outcome.summary).toBe('This is a shortened link (bit.ly); it leads to doxy.me.')
    expect(outcome.details).toMatchObject({ redirectHost: 'doxy.me', online: 'certificate-valid' })
  })

  it('a shortener that gives no Location stays a caution, without telling the person to drop --offline', async () => {
    const notRedirect = (async () => new Response(null, { status: 200 })) as typeof fetch
    const outcome = await inspect('https://bit.ly/3xYzAbC', { resolve: notFound }, { fetch: notRedirect })
    expect(outcome.status).toBe('warn')
    expect(outcome.advice).toContain(
      "Ask your therapist for the full link, by phone or through the practice's portal, and open that one instead.",
    )
    expect(outcome.advice.join(' ')).not.toContain('--offline')
  })

  it('with --offline, a shortener is not contacted, and the advice says how to see where it leads', async () => {
    const outcome = await inspect('https://bit.ly/3xYzAbC', { resolve: notFound }, { offline: true })
    expect(outcome.advice).toEqual([
      `Ask your therapist for the full link, or run ${RUN_COMMAND} link again without --offline to see where it leads.`,
    ])
  })

  it('readRedirect gives nothing for an answer that is not a redirect, or a failed request', async () => {
    const ok = (async () => new Response('hello', { status: 200 })) as typeof fetch
    expect(await readRedirect(new URL('https://bit.ly/x'), ok, new AbortController().signal)).toBeUndefined()
    expect(
      await readRedirect(new URL('https://bit.ly/x'), noFetch, new AbortController().signal),
    ).toBeUndefined()
  })

  it('createLinkCheck is a check with the id link', () => {
    expect(createLinkCheck({ resolve: notFound })).toMatchObject({ id: 'link' })
    expect(wordsIn(createLinkCheck({ resolve: notFound }).title, msg)).toBe('Meeting link')
  })
})
