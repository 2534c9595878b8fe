/**
 * Platform guards that say why (issue 10): a test that cannot run on this OS is skipped with the
 * reason in its title, so a macOS or Windows run shows what it left out instead of skipping silently.
 */

/** Why a Linux-only test cannot run here, or undefined on Linux. */
export function needsLinux(why: string): string | undefined {
  return process.platform === 'linux' ? undefined : `needs Linux: ${why}`
}

/** The title with the reason it is skipped, when it is. */
export function titled(title: string, skipReason: string | undefined): string {
  return skipReason ? `${title} (skipped: ${skipReason})` : title
}
