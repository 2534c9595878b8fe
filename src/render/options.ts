/** What main decides for the file renderers, so they stay pure: the reader's time zone (IANA name). */
export interface RenderOptions {
  timeZone?: string
}
