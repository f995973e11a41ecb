import { loadDigestState } from './digest-state.js';
import { copenhagenDay, copenhagenHour } from './words.js';

/**
 * Whether the day's digest is due: it is the configured hour or later in Copenhagen, and no
 * digest was made yet on this Copenhagen day. A server started after the hour catches up at once.
 */
export function isDigestDue(now: Date, hour: number, lastDay: string | null): boolean {
  return copenhagenHour(now) >= hour && lastDay !== copenhagenDay(now);
}

export interface DigestSchedule {
  stop(): void;
}

/**
 * The daily digest while the server runs: a check every minute (a plain timer, unref'd so it
 * never keeps the process alive) that runs the digest when it is due. The day of the last digest
 * is read from the saved state, so a restart or `opspor digest` on the same day counts, and a
 * digest in progress is never started twice.
 */
export function scheduleDailyDigest(options: {
  dataDir: string;
  hour: number;
  run: () => Promise<void>;
  onError: (err: unknown) => void;
  now?: () => Date;
  intervalMs?: number;
  retryMs?: number;
}): DigestSchedule {
  const now = options.now ?? (() => new Date());
  let running = false;
  // After a failure (store down, lock held by `opspor digest`), wait before trying again.
  let retryAt = 0;
  const check = async (): Promise<void> => {
    if (running || now().getTime() < retryAt) return;
    running = true;
    try {
      const { state } = await loadDigestState(options.dataDir);
      if (isDigestDue(now(), options.hour, state?.lastDay ?? null)) await options.run();
    } catch (err) {
      retryAt = now().getTime() + (options.retryMs ?? 15 * 60_000);
      options.onError(err);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void check(), options.intervalMs ?? 60_000);
  timer.unref();
  const first = setTimeout(() => void check(), 0);
  first.unref();
  return {
    stop() {
      clearInterval(timer);
      clearTimeout(first);
    },
  };
}
