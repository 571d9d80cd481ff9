// `npm run golden`: every scenario's runs for the golden seeds against test/golden/outcomes.json.
//   npm run golden                          check all seeds of every scenario (many minutes)
//   npm run golden -- --seeds 50            check the first 50 seeds of each only
//   npm run golden -- --only FILE           one scenario (with --update: rewrite that one's entry)
//   npm run golden -- --update              rewrite the file from this code: only from main's behaviour
//   npm run golden -- --show FILE INDEX     print what run INDEX of scenario FILE produced
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describeRun, fingerprint, GOLDEN_FILE, GOLDEN_SEEDS, loadGoldenScenario, scenarioFiles, seedOf, seedsFor, type GoldenFile } from './fingerprint.js';

const root = process.cwd();
const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const only = option('--only');
const files = scenarioFiles(root).filter((f) => only === undefined || f === only);

if (option('--show') !== undefined) {
  process.stdout.write(describeRun(loadGoldenScenario(root, option('--show')!), seedOf(Number(args[args.indexOf('--show') + 2]))) + '\n');
} else if (args.includes('--update')) {
  const commit = execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
  const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src/*.ts', 'src/**/*.ts', 'src/**/*.tsx'], { encoding: 'utf8' }).trim() !== '';
  const before = existsSync(GOLDEN_FILE) ? (JSON.parse(readFileSync(GOLDEN_FILE, 'utf8')) as GoldenFile).scenarios : {};
  const scenarios: Record<string, readonly string[]> = { ...before };
  for (const file of files) {
    const scenario = loadGoldenScenario(root, file);
    scenarios[file] = Array.from({ length: seedsFor(file) }, (_, i) => fingerprint(scenario, seedOf(i)));
    // written after each scenario, so that an interrupted update keeps what it has done
    const golden: GoldenFile = { generatedFrom: dirty ? `${commit} with uncommitted changes` : commit, seeds: GOLDEN_SEEDS, scenarios: Object.fromEntries(Object.entries(scenarios).sort()) };
    writeFileSync(GOLDEN_FILE, JSON.stringify(golden, null, 1) + '\n');
    process.stderr.write(`golden: ${file}: ${scenarios[file]!.length} runs from ${golden.generatedFrom}\n`);
  }
} else {
  const golden = JSON.parse(readFileSync(GOLDEN_FILE, 'utf8')) as GoldenFile;
  const seeds = option('--seeds') === undefined ? Infinity : Number(option('--seeds'));
  let differing = 0;
  for (const file of files) {
    const expected = golden.scenarios[file];
    if (!expected) {
      process.stderr.write(`golden: ${file} has no fingerprints: run \`npm run golden -- --update --only ${file}\` from main's code\n`);
      differing++;
      continue;
    }
    const scenario = loadGoldenScenario(root, file);
    const bad = expected.slice(0, seeds).flatMap((fp, i) => (fingerprint(scenario, seedOf(i)) === fp ? [] : [i]));
    differing += bad.length;
    process.stderr.write(`golden: ${file}: ${bad.length === 0 ? `${Math.min(seeds, expected.length)} runs as before` : `${bad.length} runs differ (first: npm run golden -- --show ${file} ${bad[0]})`}\n`);
  }
  process.stderr.write(`golden: ${differing === 0 ? `all runs as at ${golden.generatedFrom}` : `${differing} runs differ`}\n`);
  process.exitCode = differing === 0 ? 0 : 1;
}
