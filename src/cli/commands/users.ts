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
