/** The data cap (--max-data): every byte sent or received is counted against it. */
export class DataBudget {
  private reserved = 0
  used = 0

  constructor(readonly limit: number) {}

  /** Reserves up to `wanted` bytes for a request; returns how many may be asked for (0 when spent). */
  reserve(wanted: number): number {
    const granted = Math.max(0, Math.min(wanted, this.limit - this.used - this.reserved))
    this.reserved += granted
    return granted
  }

  /** Moves bytes from reserved to used as they are actually sent or received. */
  spend(bytes: number): void {
    this.used += bytes
    this.reserved = Math.max(0, this.reserved - bytes)
  }

  /** Hands back what a finished or stopped request did not use. */
  release(bytes: number): void {
    this.reserved = Math.max(0, this.reserved - bytes)
  }

  /** Counts bytes that were not reserved (headers, probes). */
  add(bytes: number): void {
    this.used += bytes
  }

  get left(): number {
    return Math.max(0, this.limit - this.used - this.reserved)
  }
}
