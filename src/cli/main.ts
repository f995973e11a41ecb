#!/usr/bin/env node
import { Command } from 'commander';
import { registerAnalyze } from './commands/analyze.js';
import { registerCrawl } from './commands/crawl.js';
import { registerDb } from './commands/db.js';
import { registerDemo } from './commands/demo.js';
import { registerDigest } from './commands/digest.js';
import { registerEval } from './commands/eval.js';
import { registerEvaluateOutcomes } from './commands/evaluate-outcomes.js';
import { registerImport } from './commands/import.js';
import { registerPurge } from './commands/purge.js';
import { registerRescore } from './commands/rescore.js';
import { registerServe } from './commands/serve.js';
import { registerStart } from './commands/start.js';
import { registerUsers } from './commands/users.js';
import { OpsporError } from '../shared/errors.js';

/** The `opspor` command line. Each command lives in its own file and only wires options to logic. */
const program = new Command()
  .name('opspor')
  .description('Finds sex ads with indicators of exploitation so outreach workers can offer help.')
  .version('0.1.0');

registerStart(program);
registerDemo(program);
registerCrawl(program);
registerServe(program);
registerDb(program);
registerUsers(program);
registerAnalyze(program);
registerImport(program);
registerRescore(program);
registerEval(program);
registerEvaluateOutcomes(program);
registerDigest(program);
registerPurge(program);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof OpsporError) {
    console.error(`opspor: ${err.message} [${err.code}]`);
    process.exit(2);
  }
  throw err;
}
