/** A progress line at most every few seconds while a long step runs, and its total time at the end. */
export class Progress {
  private readonly started = Date.now();
  private last = 0;

  constructor(
    private readonly label: string,
    private readonly everyMs = 3000,
  ) {}

  /** `total` 0 means unknown: no percentage, and no forced line at the end. */
  tick(done: number, total: number, unit: string, extra = ''): void {
    const now = Date.now();
    if (now - this.last < this.everyMs && (total === 0 || done < total)) return;
    this.last = now;
    const secs = (now - this.started) / 1000;
    const rate = secs > 0 ? Math.round(done / secs) : 0;
    const of = total > 0 ? `/${total.toLocaleString('en')}` : '';
    const pct = total > 0 ? `${((100 * done) / total).toFixed(0)}%, ` : '';
    log(
      `${this.label}: ${done.toLocaleString('en')}${of} ${unit} (${pct}${rate.toLocaleString('en')} ${unit}/s, ${secs.toFixed(1)} s)${extra ? ` ${extra}` : ''}`,
    );
  }

  elapsedSeconds(): number {
    return (Date.now() - this.started) / 1000;
  }
}

export function log(line: string): void {
  process.stdout.write(`[bench] ${line}\n`);
}
