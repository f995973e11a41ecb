import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Group entries: a list entry that stands for several ads (a clinic listed once, its persons on
 * its page). The repository keys fingerprints by ad, so the crawler remembers which ads each
 * group page yielded, and with which list fingerprint. It is only an index: an entry counts as
 * unchanged only when the store agrees (every member stored with that fingerprint); when this
 * file is lost, group pages are simply fetched again.
 */
export interface GroupEntry {
  fingerprint: string | null;
  members: string[];
}

export class GroupIndex {
  private readonly groups: Map<string, GroupEntry>;

  private constructor(
    private readonly file: string,
    entries: [string, GroupEntry][],
  ) {
    this.groups = new Map(entries);
  }

  static open(file: string): GroupIndex {
    try {
      if (existsSync(file))
        return new GroupIndex(
          file,
          Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, GroupEntry>),
        );
    } catch {
      // A damaged index only costs refetching group pages.
    }
    return new GroupIndex(file, []);
  }

  get(key: string): GroupEntry | undefined {
    return this.groups.get(key);
  }

  set(key: string, entry: GroupEntry): void {
    this.groups.set(key, entry);
    this.save();
  }

  save(): void {
    mkdirSync(dirname(this.file), { recursive: true });
    writeFileSync(`${this.file}.tmp`, JSON.stringify(Object.fromEntries(this.groups)));
    renameSync(`${this.file}.tmp`, this.file);
  }
}

/**
 * Whether a listed entry needs no detail fetch: an ad stored with the same fingerprint, or a group
 * whose every member is stored with it. A null fingerprint is unknown and never unchanged.
 */
export function isEntryUnchanged(
  siteAdId: string,
  fingerprint: string | null,
  stored: Map<string, string | null>,
  groups: GroupIndex,
): boolean {
  if (fingerprint === null) return false;
  if (stored.has(siteAdId)) return stored.get(siteAdId) === fingerprint;
  const group = groups.get(siteAdId);
  return (
    group !== undefined &&
    group.fingerprint === fingerprint &&
    group.members.length > 0 &&
    group.members.every((m) => stored.get(m) === fingerprint)
  );
}
