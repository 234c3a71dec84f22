/** Runs the insight once input pauses for `delayMs`, the newest request only; `cancel` drops a pending one. */
export class InsightScheduler {
  private pending: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly delayMs = 150,
    private readonly timers: {
      set: (run: () => void, ms: number) => ReturnType<typeof setTimeout>;
      clear: (handle: ReturnType<typeof setTimeout>) => void;
    } = { set: (run, ms) => setTimeout(run, ms), clear: (handle) => clearTimeout(handle) },
  ) {}

  schedule(run: () => void): void {
    this.cancel();
    this.pending = this.timers.set(() => {
      this.pending = undefined;
      run();
    }, this.delayMs);
  }

  cancel(): void {
    if (this.pending !== undefined) this.timers.clear(this.pending);
    this.pending = undefined;
  }
}
