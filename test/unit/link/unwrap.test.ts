import { describe, expect, it } from 'vitest'
import { unwrapLink } from '../../../src/checks/link/unwrap.js'
import { inspectLink } from '../../../src/checks/link/inspect.js'
import type { LinkNetwork } from '../../../src/checks/link/online.js'
import { messagesFor } from '../../../src/messages/index.js'

/**
 * Links as e-mail services rewrite them. The shapes follow the services' documentation (named in
 * src/checks/link/unwrap.ts); the meeting links inside are made up, so these rows are hand-made.
 */
const wrapped: Array<[string, string, string]> = [
  // Outlook / Defender Safe Links (learn.microsoft.com/en-us/defender-office-365/safe-links-about)
  [
    'https://nam02.safelinks.protection.outlook.com/?url=https%3A%2F%2Fzoom.us%2Fj%2F1234567890%3Fpwd%3Dabc&data=05%7C01%7C&sdata=x&reserved=0',
    'outlook-safe-links',
    'https://zoom.us/j/1234567890?pwd=abc',
  ],
  [
    'https://gcc02.safelinks.protection.office365.us/?url=https%3A%2F%2Fdoxy.me%2Fdrsmith&data=04',
    'outlook-safe-links',
    'https://doxy.me/drsmith',
  ],
  // Gmail's redirect
  [
    'https://www.google.com/url?q=https://meet.google.com/abc-mnop-xyz&sa=D&source=calendar&usg=AOvVaw',
    'gmail',
    'https://meet.google.com/abc-mnop-xyz',
  ],
  // Proofpoint URL Defense v2 ("-" for "%", "_" for "/") and v3
  [
    'https://urldefense.proofpoint.com/v2/url?u=https-3A__zoom.us_j_1234567890-3Fpwd-3Dabc&d=DwMFaQ&c=x&r=y&m=z&s=w&e=',
    'proofpoint',
    'https://zoom.us/j/1234567890?pwd=abc',
  ],
  [
    'https://urldefense.com/v3/__https://doxy.me/drsmith__;!!ABCdef!ghiJKL$',
    'proofpoint',
    'https://doxy.me/drsmith',
  ],
  // A wrapper inside a wrapper
  [
    'https://nam02.safelinks.protection.outlook.com/?url=https%3A%2F%2Fwww.google.com%2Furl%3Fq%3Dhttps%3A%2F%2Fdoxy.me%2Fdrsmith&data=05',
    'outlook-safe-links',
    'https://doxy.me/drsmith',
  ],
]

describe('links wrapped by an e-mail service', () => {
  it.each(wrapped)('%s is read as the link inside it', (link, wrapper, inner) => {
    expect(unwrapLink(new URL(link))).toEqual({ url: new URL(inner), wrapper })
  })

  it('leaves ordinary links, look-alike wrappers and wrappers without a readable link as they are', () => {
    for (const link of [
      'https://zoom.us/j/1234567890?pwd=abc',
      'https://safelinks.protection.outlook.com.evil.example/?url=https%3A%2F%2Fzoom.us%2Fj%2F1',
      'https://www.google.com/search?q=https://zoom.us/j/1',
      'https://www.google.com/url?q=javascript:alert(1)',
      'https://nam02.safelinks.protection.outlook.com/?data=05',
      'https://urldefense.com/v3/__https://doxy.me/dr*smith__;Kg!!ABC$',
    ]) {
      expect(unwrapLink(new URL(link))).toEqual({ url: new URL(link) })
    }
  })
})

describe('the meeting-link check on a wrapped link', () => {
  const inspect = (link: string, resolve: LinkNetwork['resolve'], lang: 'en' | 'es' = 'en') =>
    inspectLink(
      { url: new URL(link), meetingHosts: [] },
      {
        offline: false,
        includeIdentifiers: true,
        network: { resolve },
        fetch: (() => Promise.reject(new Error('no HTTP here'))) as typeof fetch,
        signal: new AbortController().signal,
        progress: () => {},
        msg: messagesFor(lang),
      },
    )

  it('judges the meeting link inside, says the e-mail wrapped it, and never contacts the wrapper', async () => {
    const asked: string[] = []
    const notFound: LinkNetwork['resolve'] = async (host) => {
      asked.push(host)
      throw Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' })
    }
    const outcome = await inspect(
      'https://nam02.safelinks.protection.outlook.com/?url=https%3A%2F%2Fzoom-us.meeting-join.example%2Fj%2F1&data=05',
      notFound,
    )
    expect(outcome.status).toBe('fail')
    expect(outcome.summary).toBe(
      "This link goes to zoom-us.meeting-join.example, which uses Zoom's name but is not Zoom's address. Your e-mail had wrapped this link in Outlook Safe Links, which checks links before they open; the meeting link inside it is the one that was checked.",
    )
    expect(asked).toEqual([])
    expect(outcome.details).toMatchObject({
      host: 'zoom-us.meeting-join.example',
      wrapper: 'outlook-safe-links',
    })
    expect(outcome.identifiers).toMatchObject({
      meetingLinkTarget: 'https://zoom-us.meeting-join.example/j/1',
    })
  })

  it('a wrapped official link is no longer "a platform this tool does not know"', async () => {
    const asked: string[] = []
    const unreachable: LinkNetwork['resolve'] = async (host) => {
      asked.push(host)
      throw Object.assign(new Error('timed out'), { code: 'ETIMEOUT' })
    }
    const outcome = await inspect(
      'https://www.google.com/url?q=https://meet.google.com/abc-mnop-xyz&sa=D',
      unreachable,
    )
    expect(outcome.summary).toContain("meet.google.com, Google Meet's own address")
    expect(outcome.summary).toContain('Gmail')
    expect(asked).toEqual(['meet.google.com'])
  })

  it('says so in Spanish too', async () => {
    const outcome = await inspect(
      'https://urldefense.com/v3/__https://doxy-me.com/drsmith__;!!ABC$',
      async () => ['127.0.0.1'],
      'es',
    )
    expect(outcome.summary).toContain('Su correo había envuelto este enlace con Proofpoint URL Defense')
  })
})
