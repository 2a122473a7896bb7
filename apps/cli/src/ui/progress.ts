// A one-line progress bar on stderr, drawn only when stderr is a terminal.
import type { WriteStream } from "node:tty";

/** Redraws a status line at most every 100 ms; `done()` clears it. Silent when not a TTY. */
export class Progress {
  private last = 0;
  private readonly tty: boolean;

  constructor(private readonly stream: NodeJS.WriteStream = process.stderr) {
    this.tty = Boolean((stream as WriteStream).isTTY);
  }

  /** Shows `count` documents and `bytes` read so far, with the current file name. */
  update(count: number, bytes: number, current: string): void {
    if (!this.tty) return;
    const now = Date.now();
    if (now - this.last < 100) return;
    this.last = now;
    const width = Math.max(20, ((this.stream as WriteStream).columns ?? 80) - 1);
    const mb = (bytes / 1e6).toFixed(1);
    const spin = "|/-\\"[Math.floor(now / 100) % 4];
    const line = `${spin} ${count} documents, ${mb} MB  ${current}`;
    this.stream.write(`\r${line.slice(0, width).padEnd(width)}`);
  }

  /** Prints a line above the bar (a warning), keeping the bar intact. */
  log(line: string): void {
    if (this.tty) this.stream.write("\r\x1b[K");
    this.stream.write(`${line}\n`);
  }

  /** Clears the bar. */
  done(): void {
    if (this.tty) this.stream.write("\r\x1b[K");
  }
}
