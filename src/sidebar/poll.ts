// The selection poll: calls `fetch` while the sidebar is visible, at most once every `intervalMs` (counted
// from the start of one call to the start of the next), never two at once, and not at all while hidden.
import { useEffect, useRef } from "preact/hooks";

export function usePoll(fetch: () => Promise<void>, intervalMs: number): void {
  const latest = useRef(fetch);
  latest.current = fetch;
  useEffect(() => {
    let stopped = false;
    let running = false;
    let lastStart = Number.NEGATIVE_INFINITY;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const hidden = () => document.visibilityState === "hidden";

    const schedule = (ms: number) => {
      if (stopped || timer !== undefined || hidden()) return;
      timer = setTimeout(tick, Math.max(0, ms));
    };
    const tick = async () => {
      timer = undefined;
      if (stopped || running || hidden()) return;
      const wait = lastStart + intervalMs - Date.now();
      if (wait > 0) return schedule(wait);
      running = true;
      lastStart = Date.now();
      try {
        await latest.current();
      } catch {
        // The fetch reports its own errors; the poll just goes on.
      } finally {
        running = false;
        schedule(intervalMs);
      }
    };
    const onVisibility = () => {
      if (hidden()) {
        clearTimeout(timer);
        timer = undefined;
      } else schedule(0);
    };
    document.addEventListener("visibilitychange", onVisibility);
    schedule(0);
    return () => {
      stopped = true;
      clearTimeout(timer);
      document.removeEventListener("visibilitychange", onVisibility);
    };
  }, [intervalMs]);
}
