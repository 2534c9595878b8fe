import type { en } from './en/index.js'

/** What every language's file must hold: a sentence for each key of the English one. */
export type Catalogue = { readonly [K in keyof typeof en]: string }
