/**
 * A token bucket that shapes bytes to a rate. Takers may go into debt and then wait it out, so
 * concurrent takers are served in turn and the long-run rate is exact (virtual scheduling).
 * It starts empty: no initial burst, like a link that is already busy.
 */
export class TokenBucket {
  private tokens = 0
  private last: number

  constructor(
    readonly bytesPerSecond: number,
    readonly burstBytes: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.last = now()
  }

  /** Milliseconds to wait before `bytes` may be sent (0 if at once). Takes the tokens now. */
  reserve(bytes: number): number {
    const now = this.now()
    this.tokens = Math.min(this.burstBytes, this.tokens + ((now - this.last) * this.bytesPerSecond) / 1000)
    this.last = now
    this.tokens -= bytes
    return this.tokens >= 0 ? 0 : (-this.tokens * 1000) / this.bytesPerSecond
  }

  async take(bytes: number): Promise<void> {
    const wait = this.reserve(bytes)
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait))
  }
}
