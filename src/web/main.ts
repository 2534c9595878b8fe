/// <reference lib="dom" />
/** The web check's one entry: the page's script (built into dist/web/app.js). */
import { startPage } from './app.js'

// Written in when the page is built (build.config.mjs), from package.json.
declare const __TOOL_VERSION__: string

void startPage({ version: typeof __TOOL_VERSION__ === 'string' ? __TOOL_VERSION__ : '0.0.0' })
