/** Node edge: the `flipside` command line. Thin: parses options, calls the commands, maps errors to exit codes. */
import { Command, CommanderError, Option } from 'commander';
// Commands are imported when they run, so `--help` does not load the report renderer, vega and the importers.
import { formatUsageError, installCrashHandlers, reportError } from './output.ts';
import { ExitCode } from '../diagnostics/errors.ts';
import { version } from '../version.ts';

const EXIT_CODES_HELP = `
Exit codes:
  0   the report was written (data problems are listed in its data-quality section)
  1   internal error (a bug; run again with --debug and report it)
  2   an input cannot be used: not an export flipside reads, damaged, or nothing usable in it
  64  wrong command-line usage`;

function program(): Command {
  const cmd = new Command('flipside')
    .description('A critical mirror for your social-media career traces. Reads your own data exports on this machine; nothing is uploaded.')
    .version(version)
    .option('--debug', 'show stack traces for errors', false)
    .option('--quiet', 'print only the report path and errors', false)
    .addHelpText('after', EXIT_CODES_HELP)
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s), outputError: (s, write) => write(formatUsageError(s)) });

  cmd
    .command('audit')
    .description('read your export archives (zip files or unpacked folders) and write the five-tension report')
    .argument('<paths...>', 'export archives: zip files or folders, any mix of platforms')
    .option('-o, --out <dir>', 'folder to write the report into', 'flipside-report')
    .option('--json', 'also write the findings as JSON', false)
    .option('--tz <zone>', 'your home time zone (IANA name) for hour-of-day measures; default: this computer’s')
    .option('--as-of <date>', 'export date YYYY-MM-DD (default: the latest date found in the archives)')
    .option('--aims <file>', 'your career aims (YAML or JSON; see examples/aims.yaml): adds a section per aim')
    .option('--policy <file>', 'your posting policy (YAML or JSON; see examples/policy.yaml): words to avoid, audiences allowed')
    .option('--identities <file>', 'corrections to cross-platform matching: "same:" and "different:" lists of person ids')
    .option('--pdf', 'also print the report to flipside-report.pdf with the system Chromium (set FLIPSIDE_CHROMIUM to its path if needed)', false)
    .option('--paper <size>', 'paper for --pdf: a4 or letter', 'a4')
    .addHelpText('after', EXIT_CODES_HELP)
    .action(async (paths: string[], o: { out: string; json: boolean; tz?: string; asOf?: string; aims?: string; identities?: string; policy?: string; pdf: boolean; paper: string }) => {
      const g = cmd.opts<{ debug: boolean; quiet: boolean }>();
      const { auditCommand } = await import('./commands/audit.ts');
      const written = await auditCommand(paths, { ...o, debug: g.debug, quiet: g.quiet });
      process.stdout.write(`${written.html}\n`);
      if (written.json) process.stdout.write(`${written.json}\n`);
      if (written.pdf) process.stdout.write(`${written.pdf}\n`);
    });

  cmd
    .command('sample')
    .description('write a synthetic persona’s export archive in the platforms’ exact format (invented people only)')
    .addOption(new Option('--persona <name>', 'which persona').default('broadcaster'))
    .option('--seed <n>', 'random seed; the same seed gives the same archive', '1')
    .option('--scale <k>', 'multiply volumes (connections, messages, reactions) by k', '1')
    .option('--vintage <year>', 'export layout: 2018, 2022 or 2024', '2024')
    .option('--out <dir>', 'folder to write into', '.')
    .option('--folder', 'write an unpacked folder instead of a zip', false)
    .action(async (o: { persona: string; seed: string; scale: string; vintage: string; out: string; folder: boolean }) => {
      const { sampleCommand } = await import('./commands/sample.ts');
      const r = await sampleCommand({ persona: o.persona, seed: Number(o.seed), scale: Number(o.scale), vintage: o.vintage, out: o.out, folder: o.folder });
      process.stdout.write(`${r.path}\n`);
    });

  cmd
    .command('demo')
    .description('generate the sample persona, audit it, and print where the report is (what `npm start` runs)')
    .option('--out <dir>', 'folder to write the demo report into', 'out/demo')
    .action(async (o: { out: string }) => {
      const g = cmd.opts<{ debug: boolean; quiet: boolean }>();
      const { demoCommand } = await import('./commands/demo.ts');
      const html = await demoCommand(o.out, { debug: g.debug, quiet: g.quiet });
      process.stdout.write(`The demo report is at ${html}\nOpen it in a browser; it loads nothing from outside.\n`);
    });
  cmd
    .command('codebook')
    .description('print every measure: definition, unit, minimum data, references with evidence labels, caveat and question (Markdown)')
    .action(async () => {
      const { codebookCommand } = await import('./commands/codebook.ts');
      process.stdout.write(codebookCommand());
    });
  cmd
    .command('calibrate')
    .description('label a sample of people in your archives as close, acquaintance or barely known, and see how well the tie-strength estimate agrees (labels stay on this computer)')
    .argument('<paths...>', 'export archives: zip files or folders, any mix of platforms')
    .option('--tz <zone>', 'your home time zone (IANA name) for the dates shown; default: this computer’s')
    .option('--as-of <date>', 'export date YYYY-MM-DD (default: the latest date found in the archives)')
    .option('--store <dir>', 'folder that keeps your labels (nowhere else)', 'flipside-calibration')
    .option('--seed <n>', 'which sample to draw; the same seed and archives give the same people', '1')
    .option('--labels <file>', 'read labels from a JSON file {"<person id>": "close" | "acquaintance" | "barely"} instead of asking')
    .option('--interactive', 'ask even when standard input is not a terminal (answers are read line by line)', false)
    .action(async (paths: string[], o: { tz?: string; asOf?: string; store: string; seed: string; labels?: string; interactive: boolean }) => {
      const g = cmd.opts<{ debug: boolean; quiet: boolean }>();
      const { calibrateOnTerminal } = await import('./commands/calibrate.ts');
      await calibrateOnTerminal(paths, { ...o, debug: g.debug, quiet: g.quiet });
    });
  return cmd;
}

/** Runs the CLI with argv and returns the exit code (never throws). */
export async function main(argv: readonly string[]): Promise<number> {
  const debug = argv.includes('--debug');
  installCrashHandlers({ debug });
  try {
    await program().parseAsync([...argv], { from: 'user' });
    return ExitCode.ok;
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version end through exitOverride with exit code 0.
      return err.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
    }
    return reportError(err, { debug });
  }
}
