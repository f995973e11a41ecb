import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isDigestDue, scheduleDailyDigest, type DigestSchedule } from './digest-schedule.js';
import { saveDigestState } from './digest-state.js';
import { copenhagenDay } from './words.js';

describe('isDigestDue', () => {
  it.each([
    // [UTC instant, hour, last digest day, due]
    ['2026-01-15T05:30:00Z', 7, null, false], // 06:30 in Copenhagen (CET): before the hour
    ['2026-01-15T06:30:00Z', 7, null, true], // 07:30 CET
    ['2026-07-01T05:30:00Z', 7, null, true], // 07:30 CEST: summer time counts
    ['2026-07-01T05:30:00Z', 7, '2026-07-01', false], // already made today
    ['2026-07-01T05:30:00Z', 7, '2026-06-30', true], // made yesterday
    ['2026-07-01T21:30:00Z', 7, '2026-07-01', false], // 23:30 the same day
    ['2026-07-01T22:30:00Z', 0, '2026-07-01', true], // 00:30 on 2 July in Copenhagen, still 1 July in UTC
    ['2026-03-29T01:30:00Z', 3, null, true], // the night summer time starts: 03:30 CEST
  ] as const)('%s, hour %i, last %s → %s', (at, hour, last, due) => {
    expect(isDigestDue(new Date(at), hour, last)).toBe(due);
  });
});

describe('scheduleDailyDigest', () => {
  let dataDir: string;
  let schedule: DigestSchedule | null = null;
  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'opspor-schedule-'));
  });
  afterEach(async () => {
    schedule?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('runs once on each Copenhagen day from the hour on, however often it checks', async () => {
    let clock = new Date('2026-10-05T04:00:00Z'); // 06:00 in Copenhagen
    const runs: string[] = [];
    schedule = scheduleDailyDigest({
      dataDir,
      hour: 7,
      now: () => clock,
      intervalMs: 5,
      onError: (err) => {
        throw err;
      },
      run: async () => {
        runs.push(clock.toISOString());
        // What produceDigest does at its end: the state names the day.
        await saveDigestState(dataDir, {
          version: 1,
          lastRunAt: clock.toISOString(),
          lastDay: copenhagenDay(clock),
          redAdIds: [],
          clusters: {},
        });
      },
    });
    await new Promise((r) => setTimeout(r, 60));
    expect(runs).toEqual([]);
    clock = new Date('2026-10-05T05:01:00Z'); // 07:01
    await vi.waitFor(() => {
      expect(runs).toHaveLength(1);
    });
    clock = new Date('2026-10-05T20:00:00Z'); // 22:00, same day
    await new Promise((r) => setTimeout(r, 60));
    expect(runs).toHaveLength(1);
    clock = new Date('2026-10-06T06:00:00Z'); // 08:00 the next day
    await vi.waitFor(() => {
      expect(runs).toHaveLength(2);
    });
    await new Promise((r) => setTimeout(r, 60));
    expect(runs).toEqual(['2026-10-05T05:01:00.000Z', '2026-10-06T06:00:00.000Z']);
  });

  it('reports a failure and waits before trying again', async () => {
    const clock = new Date('2026-10-05T08:00:00Z');
    const errors: unknown[] = [];
    let attempts = 0;
    schedule = scheduleDailyDigest({
      dataDir,
      hour: 7,
      now: () => clock,
      intervalMs: 5,
      retryMs: 60 * 60_000,
      onError: (err) => errors.push(err),
      run: () => {
        attempts++;
        return Promise.reject(new Error('store down'));
      },
    });
    await vi.waitFor(() => {
      expect(errors).toHaveLength(1);
    });
    await new Promise((r) => setTimeout(r, 60));
    expect(attempts).toBe(1);
    expect(String(errors[0])).toContain('store down');
  });
});
