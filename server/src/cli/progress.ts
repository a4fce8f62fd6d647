// Progress on stderr when many files are linted in a terminal; silent when
// piped or for a handful of files, so output stays clean for tools.
export class Progress {
  private n = 0;
  private last = 0;

  constructor(
    private readonly total: number,
    private readonly write: ((s: string) => void) | null,
  ) {
    if (total < 20) this.write = null;
  }

  tick(name: string): void {
    this.n++;
    if (!this.write) return;
    const now = Date.now();
    if (now - this.last < 100 && this.n < this.total) return;
    this.last = now;
    this.write(`\r\x1b[K正在检查 ${this.n}/${this.total}  ${name.slice(-60)}`);
  }

  done(): void {
    if (this.write) this.write('\r\x1b[K');
  }
}
