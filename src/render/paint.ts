import { Chalk, type ChalkInstance } from 'chalk'
import type { Status } from '../report/model.js'
import type { Style } from './style.js'

// Apart from style.ts so that the types the package ships (which reach style.ts through the
// renderers' signatures) never name chalk, which the published build carries inside itself.

/** A chalk instance with colour decided by the style, never by chalk's own detection. */
export function paint(style: Pick<Style, 'color'>): ChalkInstance {
  return new Chalk({ level: style.color ? 1 : 0 })
}

export function colorFor(status: Status, chalk: ChalkInstance): (text: string) => string {
  switch (status) {
    case 'pass':
      return chalk.green
    case 'warn':
      return chalk.yellow
    case 'fail':
      return chalk.red
    case 'error':
      return chalk.magenta
    case 'skip':
      return chalk.dim
  }
}
