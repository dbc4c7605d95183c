/**
 * A progress bar on standard error for batches, drawn only when standard
 * error is a terminal, redrawn at most ten times a second, and wiped when the
 * batch ends so that what follows starts on a clean line. Beside the count it
 * shows the documents converted per second so far and, from that, the time
 * the rest will take.
 */
import type { OutputStream } from './io.js';

const WIDTH = 30;
const INTERVAL_MS = 100;
/** Before this long the rate says little: the first documents warm the compiler up. */
const SETTLE_MS = 1000;

export class Progress {
  private done = 0;
  private drawnAt = 0;
  private drawnWidth = 0;
  private readonly enabled: boolean;
  private readonly startedAt: number;

  constructor(
    private readonly stream: OutputStream,
    private readonly total: number,
    wanted: boolean,
    private readonly timeLeft: (seconds: number) => string,
    private readonly now: () => number = Date.now,
  ) {
    this.enabled = wanted && stream.isTTY === true && total > 1;
    this.startedAt = now();
  }

  tick(): void {
    this.done++;
    if (!this.enabled) return;
    const now = this.now();
    if (now - this.drawnAt < INTERVAL_MS && this.done < this.total) return;
    this.drawnAt = now;
    const filled = Math.round((WIDTH * this.done) / this.total);
    let line = `[${'='.repeat(filled)}${' '.repeat(WIDTH - filled)}] ${this.done}/${this.total}`;
    const elapsed = now - this.startedAt;
    if (elapsed >= SETTLE_MS && this.done < this.total) {
      const rate = (this.done * 1000) / elapsed;
      line += `  ${Math.round(rate)}/s  ${this.timeLeft(Math.ceil((this.total - this.done) / rate))}`;
    }
    // A shorter line than the last leaves none of it behind.
    this.stream.write(`\r${line.padEnd(this.drawnWidth)}`);
    this.drawnWidth = Math.max(this.drawnWidth, line.length);
  }

  /** Clears the bar before anything else is written to the terminal. */
  clear(): void {
    if (this.enabled && this.drawnAt > 0) this.stream.write(`\r${' '.repeat(this.drawnWidth)}\r`);
  }
}
