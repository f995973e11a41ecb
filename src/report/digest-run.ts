import { mkdir, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Config } from '../config/index.js';
import { getIndicator } from '../indicators/index.js';
import { errorMessage } from '../shared/errors.js';
import type { Repository } from '../store/repository.js';
import { buildDigest, type Digest } from './digest.js';
import { sendMail } from './digest-mail.js';
import { renderDigestMail, renderDigestMarkdown } from './digest-render.js';
import { digestDir, loadDigestState, saveDigestState, withDigestLock } from './digest-state.js';

export interface DigestRun {
  digest: Digest;
  /** The report file written. */
  file: string;
  /** True when the mail was accepted by the SMTP server; false when no SMTP is configured or it failed. */
  mailed: boolean;
  /** Why the mail failed (the digest file and state are kept all the same). */
  mailError: string | null;
  /** The previous state file was unreadable; it was moved aside and this digest starts afresh. */
  stateDamaged: boolean;
}

/** The dashboard's address for links: the configured one, else this server on localhost. */
export function dashboardUrlOf(config: Config): string {
  return (config.digest.dashboardUrl ?? `http://localhost:${config.server.port}`).replace(/\/+$/, '');
}

/** Writes `digest-DAY.md`, or `digest-DAY-2.md`, … when that day already has one (never overwrites). */
async function writeDigestFile(dir: string, day: string, content: string): Promise<string> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  for (let n = 1; ; n++) {
    const file = join(dir, n === 1 ? `digest-${day}.md` : `digest-${day}-${n}.md`);
    try {
      await writeFile(file, content, { flag: 'wx', mode: 0o600 });
      return file;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
  }
}

/**
 * Makes the digest of everything since the previous one: builds it from the store, writes the
 * report file, mails it when SMTP is configured, saves the state for the next one and records
 * the run in the audit log. A failed mail does not lose the digest: the file and state are kept
 * and the error is returned (the next digest starts from this one either way).
 */
export async function produceDigest(
  repo: Repository,
  config: Config,
  now: Date = new Date(),
): Promise<DigestRun> {
  return withDigestLock(config.dataDir, async () => {
    const { state: previous, damaged } = await loadDigestState(config.dataDir);
    const { digest, state } = await buildDigest(repo, previous, now);
    const lang = config.digest.lang;
    const links = {
      dashboardUrl: dashboardUrlOf(config),
      indicatorLabel: (id: string) => getIndicator(id)?.labels[lang] ?? id,
    };
    const file = await writeDigestFile(
      digestDir(config.dataDir),
      digest.day,
      renderDigestMarkdown(digest, lang, links),
    );
    let mailed = false;
    let mailError: string | null = null;
    if (config.smtp) {
      try {
        await sendMail(config.smtp, renderDigestMail(digest, lang, links));
        mailed = true;
      } catch (err) {
        mailError = errorMessage(err);
      }
    }
    await saveDigestState(config.dataDir, state);
    await repo.audit({
      at: now.toISOString(),
      userId: null,
      action: 'digest.create',
      subject: null,
      detail: {
        file: basename(file),
        since: digest.since,
        newRed: digest.newRed.length,
        newYellow: digest.newYellowCount,
        changedNetworks: digest.changedNetworks.length,
        unhealthyCrawls: digest.unhealthyCrawls.length,
        mailed,
        ...(mailError ? { mailError } : {}),
      },
    });
    return { digest, file, mailed, mailError, stateDamaged: damaged };
  });
}
