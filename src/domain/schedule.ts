/**
 * Runs `round` every `intervalMs` in this process, one round at a time (a round still running when the
 * next is due makes that one skip), without keeping the process alive; returns the function that stops
 * it. `intervalMs` 0 or less: never. The monitors' and the signal fold's schedules.
 */
export function repeatInProcess(intervalMs: number, round: () => Promise<void>): () => void {
  if (intervalMs <= 0) return () => {};
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    void round().finally(() => {
      running = false;
    });
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
