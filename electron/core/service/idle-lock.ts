// Locks every open casefile after a quiet period. Activity is any API call that names a
// session, plus the renderer's keepAlive while the user types or clicks.
export class IdleLock {
  private timer: NodeJS.Timeout | undefined;
  private idleMs: number;
  private readonly onIdle: () => void;

  constructor(idleMinutes: number, onIdle: () => void) {
    this.idleMs = idleMinutes * 60_000;
    this.onIdle = onIdle;
  }

  setIdleMinutes(minutes: number): void {
    this.idleMs = minutes * 60_000;
    if (this.timer) this.activity();
  }

  /** Restarts the countdown (called only while something is open). */
  activity(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.onIdle();
    }, this.idleMs);
    // The idle lock must never keep a CLI, test or web host process alive on its own.
    this.timer.unref();
  }

  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}
