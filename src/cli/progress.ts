/**
 * A progress bar on standard error for batches, drawn only when standard
 * error is a terminal, redrawn at most ten times a second, and wiped when the
 * batch ends so that what follows starts on a clean line.
 */
import type { OutputStream } from './io.js';

const WIDTH = 30;
const INTERVAL_MS = 100;

export class Progress {
  private done = 0;
  private drawnAt = 0;
  private readonly enabled: boolean;

  constructor(private readonly stream: OutputStream, private readonly total: number, wanted: boolean) {
    this.enabled = wanted && stream.isTTY === true && total > 1;
  }

  tick(): void {
    this.done++;
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.drawnAt < INTERVAL_MS && this.done < this.total) return;
    this.drawnAt = now;
    const filled = Math.round((WIDTH * this.done) / this.total);
    this.stream.write(`\r[${'='.repeat(filled)}${' '.repeat(WIDTH - filled)}] ${this.done}/${this.total}`);
  }

  /** Clears the bar before anything else is written to the terminal. */
  clear(): void {
    if (this.enabled && this.drawnAt > 0) this.stream.write(`\r${' '.repeat(WIDTH + 24)}\r`);
  }
}
