import type { CheckResult, Report } from '../report/model.js'
import { escapeHtml } from '../text/sanitize.js'
import { sanitizeReport } from './sanitize-report.js'
import { formatTime, formatValue, identifierLabel, sessionWords, statusWords, verdictHeadline } from './wording.js'

const css = `
body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;padding:1rem;color:#1f2933;background:#fff}
main{max-width:40rem;margin:0 auto}
h1{font-size:1.4rem;margin:.5rem 0}
.meta{color:#52606d;font-size:.9rem}
.verdict{padding:.75rem 1rem;border-radius:.5rem;font-weight:600;margin:1rem 0}
.check{border:1px solid #d9e2ec;border-left-width:.4rem;border-radius:.5rem;padding:.75rem 1rem;margin:.75rem 0}
.check h2{font-size:1.05rem;margin:0 0 .25rem}
.status{font-size:.85rem;font-weight:600;text-transform:uppercase;letter-spacing:.03em}
.pass{border-color:#3f9142;background:#f0f9f0}.warn{border-color:#c77c02;background:#fff8e6}
.fail{border-color:#c62828;background:#fdecea}.skip{border-color:#9aa5b1;background:#f5f7fa}.error{border-color:#7b1fa2;background:#f7effa}
.check ul{margin:.5rem 0 0;padding-left:1.25rem}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.15rem .75rem;margin:.5rem 0 0;font-size:.9rem}
dt{color:#52606d}dd{margin:0}
footer{margin-top:1.5rem;padding-top:.75rem;border-top:1px solid #d9e2ec;font-size:.95rem}
`.trim()

const verdictClass = { ready: 'pass', 'ready-with-cautions': 'warn', 'not-ready': 'fail', incomplete: 'error' } as const

function renderCheck(check: CheckResult): string {
  const e = escapeHtml
  const advice = check.advice.length
    ? `<ul>${check.advice.map((step) => `<li>${e(step)}</li>`).join('')}</ul>`
    : ''
  const rows = [
    ...check.measurements.map((m) => `<dt>${e(m.label)}</dt><dd>${e(formatValue(m.value, m.unit))}</dd>`),
    ...Object.entries(check.identifiers ?? {}).map(([key, value]) => `<dt>${e(identifierLabel(key))}</dt><dd>${e(value)}</dd>`),
  ]
  const facts = rows.length ? `<dl>${rows.join('')}</dl>` : ''
  return `<section class="check ${check.status}"><h2>${e(check.title)} <span class="status">${e(statusWords[check.status])}</span></h2><p>${e(check.summary)}</p>${advice}${facts}</section>`
}

/** The report as one self-contained HTML page: inline CSS, no scripts, no external assets. */
export function renderHtml(input: Report): string {
  const report = sanitizeReport(input)
  const e = escapeHtml
  const headline = verdictHeadline(report.verdict, report.counts)
  const practice = report.practice
    ? `<p>For <strong>${e(report.practice.name)}</strong>${report.practice.welcome ? `. ${e(report.practice.welcome)}` : ''}</p>`
    : ''
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Session readiness: ${e(headline)}</title>
<style>${css}</style>
</head>
<body>
<main>
<h1>Session readiness</h1>
<p class="meta">${e(sessionWords(report))} · checked ${e(formatTime(report.startedAt))} · ${e(report.tool.name)} ${e(report.tool.version)}</p>
${practice}
<p class="verdict ${verdictClass[report.verdict]}">${e(headline)}</p>
${report.checks.map(renderCheck).join('\n')}
<footer><p>${e(report.crisis.text)}</p></footer>
</main>
</body>
</html>
`
}
