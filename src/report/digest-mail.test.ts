import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { configSchema, type Config } from '../config/index.js';
import { seedAds, type SeededIds } from '../server/test-fixtures.js';
import { openTestRepository } from '../store/index.js';
import type { Repository } from '../store/repository.js';
import { produceDigest } from './digest-run.js';
import { loadDigestState } from './digest-state.js';

/** A mail as the SMTP sink received it. */
interface Received {
  from: string;
  to: string[];
  data: string;
}

/**
 * A tiny SMTP server (RFC 5321, no TLS, no auth) that keeps what it is sent: the digest talks a
 * real SMTP conversation over TCP, not a mocked transport. `rejectRcpt` answers 550 to RCPT.
 */
async function startSmtpSink(options: { rejectRcpt?: boolean } = {}): Promise<{
  port: number;
  received: Received[];
  close: () => Promise<void>;
}> {
  const received: Received[] = [];
  const server: Server = createServer((socket) => {
    let buffer = '';
    let inData = false;
    let mail: Received = { from: '', to: [], data: '' };
    const reply = (line: string): void => {
      socket.write(`${line}\r\n`);
    };
    reply('220 sink.test ESMTP');
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      buffer += chunk;
      for (;;) {
        if (inData) {
          const end = buffer.indexOf('\r\n.\r\n');
          if (end < 0) return;
          mail.data = buffer.slice(0, end);
          buffer = buffer.slice(end + 5);
          inData = false;
          received.push(mail);
          mail = { from: '', to: [], data: '' };
          reply('250 2.0.0 queued');
          continue;
        }
        const eol = buffer.indexOf('\r\n');
        if (eol < 0) return;
        const line = buffer.slice(0, eol);
        buffer = buffer.slice(eol + 2);
        const verb = line.slice(0, 4).toUpperCase();
        const address = /<(.*)>/.exec(line)?.[1] ?? '';
        if (verb === 'EHLO') reply('250-sink.test\r\n250 8BITMIME');
        else if (verb === 'HELO' || verb === 'NOOP' || verb === 'RSET') reply('250 OK');
        else if (verb === 'MAIL') {
          mail.from = address;
          reply('250 OK');
        } else if (verb === 'RCPT' && options.rejectRcpt) reply('550 5.1.1 no such mailbox');
        else if (verb === 'RCPT') {
          mail.to.push(address);
          reply('250 OK');
        } else if (verb === 'DATA') {
          inData = true;
          reply('354 end with <CRLF>.<CRLF>');
        } else if (verb === 'QUIT') {
          reply('221 bye');
          socket.end();
        } else reply('502 not implemented');
      }
    });
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    port,
    received,
    close: () =>
      new Promise((resolve) => {
        server.close(() => {
          resolve();
        });
      }),
  };
}

/** The text of a quoted-printable body and RFC 2047 subject, as a reader sees them. */
function decodeMail(data: string): { subject: string; body: string } {
  const [head = '', ...rest] = data.split('\r\n\r\n');
  const unfolded = head.replace(/\r\n[ \t]/g, ' ');
  const rawSubject = /^Subject: (.*)$/m.exec(unfolded)?.[1] ?? '';
  const subject = rawSubject
    .replace(/=\?UTF-8\?Q\?(.*?)\?=\s*/gi, (_, q: string) => decodeQp(q.replace(/_/g, ' ')))
    .trim();
  const body = /quoted-printable/i.test(head) ? decodeQp(rest.join('\r\n\r\n')) : rest.join('\r\n\r\n');
  return { subject, body };
}

function decodeQp(text: string): string {
  const bytes = text.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, h: string) => `%${h}`);
  return decodeURIComponent(bytes.replace(/%(?![0-9A-F]{2})/gi, '%25'));
}

describe('digest e-mail over SMTP', () => {
  let repo: Repository;
  let cleanup: () => Promise<void>;
  let ids: SeededIds;
  let dataDir: string;
  let sink: Awaited<ReturnType<typeof startSmtpSink>> | null = null;

  beforeEach(async () => {
    ({ repo, cleanup } = await openTestRepository('sqlite'));
    ids = await seedAds(repo);
    dataDir = await mkdtemp(join(tmpdir(), 'opspor-digest-mail-'));
  });
  afterEach(async () => {
    await sink?.close();
    await cleanup();
    await rm(dataDir, { recursive: true, force: true });
  });

  function configFor(port: number): Config {
    return configSchema.parse({
      dataDir,
      smtp: {
        url: `smtp://127.0.0.1:${port}`,
        from: 'opspor@example.org',
        to: ['team@example.org', 'mia@example.org'],
      },
      digest: { dashboardUrl: 'https://opspor.example.org' },
    });
  }

  it('mails counts and dashboard links to every recipient, and nothing of the ads themselves', async () => {
    sink = await startSmtpSink();
    const run = await produceDigest(repo, configFor(sink.port), new Date('2026-10-02T10:00:00.000Z'));
    expect(run).toMatchObject({ mailed: true, mailError: null });
    expect(sink.received).toHaveLength(1);
    const mail = sink.received[0]!;
    expect(mail.from).toBe('opspor@example.org');
    expect(mail.to.sort()).toEqual(['mia@example.org', 'team@example.org']);
    const { subject, body } = decodeMail(mail.data);
    expect(subject).toBe('opspor: 1 nye røde, 0 netværk ændret (2026-10-02)');
    expect(body).toContain('Nye røde annoncer: 1');
    expect(body).toContain(`https://opspor.example.org/ads/${ids.red}`);
    expect(body).toContain('Crawls med problemer: 1');
    expect(body).toContain('opmærksomhedspunkt, aldrig et bevis');
    // The file on the server names the ad; the mail does not carry its name, phone, city or text.
    expect(await readFile(run.file, 'utf8')).toContain('Odense');
    for (const personal of [
      'Mia',
      '22334455',
      '22 33 44 55',
      'Odense',
      'Ny i byen',
      'site-a:1',
      'youth-emphasis',
    ]) {
      expect(mail.data).not.toContain(personal);
    }
  });

  it('keeps the digest file and state when the SMTP server refuses, and says why', async () => {
    sink = await startSmtpSink({ rejectRcpt: true });
    const run = await produceDigest(repo, configFor(sink.port), new Date('2026-10-02T10:00:00.000Z'));
    expect(run.mailed).toBe(false);
    expect(run.mailError).toMatch(/550|recipient|mailbox/i);
    expect(await readFile(run.file, 'utf8')).toContain('Dagligt overblik 2026-10-02');
    expect((await loadDigestState(dataDir)).state?.lastDay).toBe('2026-10-02');
    const [event] = await repo.listAudit({ limit: 1 });
    expect(event).toMatchObject({ action: 'digest.create', detail: { mailed: false } });
  });
});
