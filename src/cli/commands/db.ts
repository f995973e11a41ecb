import type { Command } from 'commander';
import { openContext } from '../context.js';

export function registerDb(program: Command): void {
  const db = program.command('db').description('database maintenance');
  db.command('migrate')
    .description('create or upgrade the database schema (SQLite file or DATABASE_URL)')
    .action(async () => {
      const { config, repo } = await openContext();
      await repo.close();
      console.log(`database ready (${repo.dialect}): ${config.databaseUrl.replace(/\/\/[^@]*@/, '//***@')}`);
    });
}
