import { randomBytes } from 'node:crypto';
import type { Command } from 'commander';
import { hashPassword } from '../../server/auth/passwords.js';
import { roles, type Role } from '../../server/auth/policy.js';
import { InputError } from '../../shared/errors.js';
import type { Repository } from '../../store/repository.js';
import { openContext } from '../context.js';

/** A random password that is easy to type: 4 groups of 5 characters without look-alikes. */
export function generatePassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  const bytes = randomBytes(20);
  const chars = [...bytes].map((b) => alphabet[b % alphabet.length]!);
  return [0, 5, 10, 15].map((i) => chars.slice(i, i + 5).join('')).join('-');
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').trim();
}

/** Creates a user; returns the password when it was generated (shown once, never stored in clear). */
export async function addUser(
  repo: Repository,
  username: string,
  role: Role,
  password?: string,
): Promise<string | null> {
  if (!/^[\p{L}\p{N}._@-]{2,64}$/u.test(username)) throw new InputError(`invalid user name "${username}"`);
  if (password !== undefined && password.length < 12)
    throw new InputError('password must have at least 12 characters');
  const chosen = password ?? generatePassword();
  await repo.createUser({ username, role, passwordHash: await hashPassword(chosen) });
  await repo.audit({
    at: new Date().toISOString(),
    userId: null,
    action: 'user.create',
    subject: `user:${username}`,
    detail: { role, by: 'cli' },
  });
  return password === undefined ? chosen : null;
}

/** Disables or re-enables an account by name; the server drops a disabled user's sessions at once. */
export async function setUserDisabled(repo: Repository, username: string, disabled: boolean): Promise<void> {
  const user = await repo.getUserByName(username);
  if (!user) throw new InputError(`no user "${username}"`);
  await repo.setUserDisabled(user.id, disabled);
  await repo.audit({
    at: new Date().toISOString(),
    userId: null,
    action: disabled ? 'user.disable' : 'user.enable',
    subject: `user:${username}`,
    detail: { by: 'cli' },
  });
}

/** Sets a new password (given, or generated and returned to be shown once). */
export async function resetPassword(
  repo: Repository,
  username: string,
  password?: string,
): Promise<string | null> {
  const user = await repo.getUserByName(username);
  if (!user) throw new InputError(`no user "${username}"`);
  if (password !== undefined && password.length < 12)
    throw new InputError('password must have at least 12 characters');
  const chosen = password ?? generatePassword();
  await repo.setUserPasswordHash(user.id, await hashPassword(chosen));
  await repo.audit({
    at: new Date().toISOString(),
    userId: null,
    action: 'user.password',
    subject: `user:${username}`,
    detail: { by: 'cli' },
  });
  return password === undefined ? chosen : null;
}

export function registerUsers(program: Command): void {
  const users = program.command('users').description('manage dashboard users');
  users
    .command('add <name>')
    .description(
      'add a user; the password is read from stdin with --password-stdin, else generated and shown once',
    )
    .option('--role <role>', `one of ${roles.join(', ')}`, 'outreach')
    .option('--password-stdin', 'read the password from standard input')
    .action(async (name: string, opts: { role: string; passwordStdin?: boolean }) => {
      if (!(roles as readonly string[]).includes(opts.role))
        throw new InputError(`unknown role "${opts.role}" (roles: ${roles.join(', ')})`);
      const { repo } = await openContext();
      try {
        const password = opts.passwordStdin ? await readStdin() : undefined;
        const generated = await addUser(repo, name, opts.role as Role, password);
        console.log(`user ${name} added with role ${opts.role}`);
        if (generated) console.log(`password (shown once): ${generated}`);
      } finally {
        await repo.close();
      }
    });
  for (const [name, disabled] of [
    ['disable', true],
    ['enable', false],
  ] as const) {
    users
      .command(`${name} <name>`)
      .description(
        disabled
          ? 'disable a user: no login, and open sessions end at their next request'
          : 're-enable a disabled user',
      )
      .action(async (username: string) => {
        const { repo } = await openContext();
        try {
          await setUserDisabled(repo, username, disabled);
          console.log(`user ${username} ${disabled ? 'disabled' : 'enabled'}`);
        } finally {
          await repo.close();
        }
      });
  }
  users
    .command('passwd <name>')
    .description('set a new password: read from stdin with --password-stdin, else generated and shown once')
    .option('--password-stdin', 'read the password from standard input')
    .action(async (username: string, opts: { passwordStdin?: boolean }) => {
      const { repo } = await openContext();
      try {
        const password = opts.passwordStdin ? await readStdin() : undefined;
        const generated = await resetPassword(repo, username, password);
        console.log(`password of ${username} changed`);
        if (generated) console.log(`password (shown once): ${generated}`);
      } finally {
        await repo.close();
      }
    });
  users
    .command('list')
    .description('list users and roles')
    .action(async () => {
      const { repo } = await openContext();
      for (const u of await repo.listUsers())
        console.log(`${u.username}\t${u.role}${u.disabled ? '\tdisabled' : ''}`);
      await repo.close();
    });
}
