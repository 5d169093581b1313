import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { analyzeCorpus } from '../core/corpus/analyzeCorpus';
import { collectArticles } from '../core/corpus/collectArticles';
import { sharedAnalysisCache, sharedLinkCache } from '../core/corpus/sharedCache';
import * as fs from 'node:fs';
import { packageRoot, scriptBeside } from '../core/util/paths';
import { toJsonLine } from './jsonOutput';
import { colourWanted, makeStyle } from './style';
import { formatSummary } from './summary';
import { formatClaimGroups } from './claimsTable';
import { ProgressLine } from './progressLine';
import { stripControls } from '../core/text/untrusted';
import { DEBUG_ENV, debugWanted, describeFailure, writeSkipped } from './failure';

const USAGE = `Usage: corpus-annotator <command> [options]

Commands:
  analyze <files or folders…>   find structure, entities, numbers and quotations
      --json                    one JSON object per article (JSON Lines)
      --jobs N                  worker threads (default: one per core for large corpora)
      --no-cache                do not read or write the analysis cache
      --allow-partial           exit 0 even when a file was skipped (a symbolic
                                link out of the folder); the skipped are listed
      --color / --no-color      force coloured output on or off
  claims <files or folders…>    related-claim groups across the corpus, oldest first,
                                disagreements marked (≠ same time, Δ over time)
      --json                    the groups as JSON
      (and --jobs, --no-cache, --allow-partial, --color as for analyze)
  check [folders…]              validate and anchor every sidecar (x.annotations.json);
                                exit 1 on an invalid sidecar
      --strict                  also exit 1 when an annotation is orphaned
      --json                    the report as JSON
  export --format F --out DIR [folders…]
                                write an annotation set in another tool's format:
                                jsonl, csv, brat, w3c, webanno-tsv, conll,
                                label-studio, doccano (webanno: old name of w3c)
      --set NAME                all (default: everything but rejected findings),
                                reviewed, rejected, or a set in annotation-sets.json
      --allow-partial           write the rest when an invalid sidecar or an
                                unreadable article would be left out (without it
                                nothing is written and the exit status is 1)
      --force                   write into a folder that holds files no export
                                wrote (they are left alone); an export's own
                                previous files are always replaced whole
      --no-docstart             conll without -DOCSTART- lines (for doccano)
  import --from F <file or folder> [--into corpus/] [--annotator NAME] [--dry-run]
                                add annotations from brat, w3c, webanno-tsv,
                                label-studio, doccano or jsonl to the sidecars;
                                reports what was imported, already there, skipped
                                or not imported (by kind) and why; exit 1 when
                                nothing was imported
      --allow-partial           exit 0 even when an article or span was left out
      --strict                  exit 1 when anything was skipped or not imported
      --max-per-file N          most annotations one import may add (100000)
      --max-per-article N       most it may add to one article (10000)
  agreement <A> <B> [more…] [--in corpus/]
                                each a person's folder, an annotator name in the
                                sidecars, or an annotation set;
                                per-label span P/R/F1, token Cohen's kappa (two) or
                                Krippendorff's alpha (more), and the disagreeing spans
  install-merge-driver [--command CMD]
                                in a git repository, merge sidecars by annotation id:
                                adds *.annotations.json merge=corpus-annotator to
                                .gitattributes (commit it) and the driver to git config
                                (once per clone); CMD starts this command line
                                (default: this Node and script; e.g. "npx corpus-annotator")
  merge-driver %O %A %B [%P]    what git runs for a sidecar changed on two branches;
                                an annotation both changed differently is kept in both
                                versions, which check reports until one is deleted

Options:
  --debug                       add the stack trace to an error's message
  -h, --help                    show this help
  -v, --version                 print the version

The cache lives in $XDG_CACHE_HOME/corpus-annotator (or ~/.cache/corpus-annotator).`;

export async function main(argv: string[]): Promise<number> {
  // --debug anywhere: stack traces with the messages, in this bundle and the ones it loads.
  if (argv.includes('--debug')) process.env[DEBUG_ENV] = '1';
  const [command, ...rest] = argv.filter((a) => a !== '--debug');
  if (!command || command === '-h' || command === '--help' || command === 'help') {
    process.stdout.write(USAGE + '\n');
    return command ? 0 : 2;
  }
  if (command === '-v' || command === '--version') {
    process.stdout.write(packageVersion() + '\n');
    return 0;
  }
  if (command === 'analyze' || command === 'claims') return analyzeCommand(command, rest);
  if (command === 'check') return annotationCommands().checkCommand(rest);
  if (command === 'export') return annotationCommands().exportCommand(rest, analyzeCorpus);
  if (command === 'agreement') return annotationCommands().agreementCommand(rest);
  if (command === 'import') return annotationCommands().importCommand(rest);
  if (command === 'merge-driver') return annotationCommands().mergeDriverCommand(rest);
  if (command === 'install-merge-driver') return annotationCommands().installMergeDriverCommand(rest);
  process.stderr.write(`corpus-annotator: unknown command '${stripControls(command)}'\n\n${USAGE}\n`);
  return 2;
}

async function analyzeCommand(command: 'analyze' | 'claims', args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        jobs: { type: 'string' },
        'no-cache': { type: 'boolean' },
        'allow-partial': { type: 'boolean' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
      },
    });
  } catch (e) {
    process.stderr.write(`corpus-annotator ${command}: ${(e as Error).message}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (positionals.length === 0) {
    process.stderr.write(`corpus-annotator ${command}: name at least one file or folder (e.g. corpus/)\n`);
    return 2;
  }
  const jobs = values.jobs === undefined ? undefined : Number(values.jobs);
  if (jobs !== undefined && (!Number.isInteger(jobs) || jobs < 0)) {
    process.stderr.write(`corpus-annotator ${command}: --jobs takes a whole number, not '${values.jobs}'\n`);
    return 2;
  }
  const st = makeStyle(colourWanted(process.stdout, values['no-color'] ? false : values.color));
  const est = makeStyle(colourWanted(process.stderr, values['no-color'] ? false : values.color));

  const { files, errors: inputErrors, skipped } = await collectArticles(positionals);
  for (const e of inputErrors) process.stderr.write(`${est.error('error')}: ${stripControls(`${e.path}: ${e.error}`)}\n`);
  const leftOut = writeSkipped(skipped);

  const cache = values['no-cache'] ? undefined : sharedAnalysisCache(__dirname, __filename);
  const progress = new ProgressLine(process.stderr);
  const linkCache = values['no-cache'] ? undefined : sharedLinkCache(__dirname, __filename);
  const result = await analyzeCorpus(files, { cache, linkCache, jobs, onProgress: (p) => progress.update(p) });
  progress.done();

  for (const e of result.errors) process.stderr.write(`${est.error('error')}: ${stripControls(`${e.file}: ${e.error}`)}\n`);
  if (command === 'claims') {
    process.stdout.write(values.json ? JSON.stringify(result.groups, null, 2) + '\n' : formatClaimGroups(result.groups, st, process.stdout.columns ?? 160));
  } else {
    for (const a of result.analyses) {
      process.stdout.write(values.json ? toJsonLine(a) + '\n' : formatSummary(a, st) + '\n\n');
    }
  }
  if (leftOut > 0 && !values['allow-partial']) process.stderr.write(`corpus-annotator ${command}: ${leftOut} skipped (listed above); --allow-partial accepts that\n`);
  return inputErrors.length + result.errors.length > 0 || (leftOut > 0 && !values['allow-partial']) ? 1 : 0;
}

/**
 * The sidecar commands, loaded when one runs: zod and the exporters are more than half
 * of the command line's code, and loading them took 72–79 ms of `analyze`'s start
 * against 31–36 ms without (2 cores).
 */
function annotationCommands(): typeof import('./annotationCommands') {
  const script = scriptBeside(__dirname, ['cli-annotations.js', 'annotationCommands.js']);
  if (!script) throw new Error(`cli-annotations.js is missing beside ${__filename}: run npm run build`);
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded by path at run time, on purpose (see above)
  return require(script) as typeof import('./annotationCommands');
}

function packageVersion(): string {
  const root = packageRoot();
  return root ? (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version : 'unknown';
}

/** Runs the command line in this process: `argv` are its arguments, the exit code is set when it ends. */
export function runAsProcess(argv: string[]): void {
  // `corpus-annotator analyze corpus | head` closes our stdout early: that is not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  main(argv).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`corpus-annotator: ${describeFailure(e)}${debugWanted() ? '' : ' (--debug shows where)'}\n`);
      process.exitCode = 1;
    },
  );
}

if (require.main === module) runAsProcess(process.argv.slice(2));
