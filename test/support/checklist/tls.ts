import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface TestCertificate {
  key: string
  cert: string
  /** Path of the certificate file, for NODE_EXTRA_CA_CERTS. */
  certPath: string
}

/**
 * A throw-away self-signed certificate for 127.0.0.1 and localhost (and any extra subject names,
 * such as `IP:198.51.100.7`), made with openssl at test time.
 */
export function makeSelfSignedCertificate(extraNames: readonly string[] = []): TestCertificate {
  const dir = mkdtempSync(join(tmpdir(), 'session-check-tls-'))
  const keyPath = join(dir, 'key.pem')
  const certPath = join(dir, 'cert.pem')
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-keyout',
      keyPath,
      '-out',
      certPath,
      '-days',
      '1',
      '-subj',
      '/CN=localhost',
      '-addext',
      ['subjectAltName=IP:127.0.0.1,DNS:localhost', ...extraNames].join(','),
    ],
    { stdio: 'ignore' },
  )
  return { key: readFileSync(keyPath, 'utf8'), cert: readFileSync(certPath, 'utf8'), certPath }
}
