import type { Calibration } from './calibrate.js';

const num = (x: number) => (Math.abs(x) >= 100 ? x.toFixed(1) : Math.abs(x) >= 1 ? x.toFixed(3) : x.toPrecision(3));

/** A calibration as text: fitted settings with 95% intervals, observed against fitted counts, goodness of fit. */
export function renderCalibration(c: Calibration): string {
  const width = Math.max(...c.settings.map((s) => s.path.length), 10);
  const out = [
    `${c.scenario.title}: calibration to published counts (seed ${c.seed}, ${c.draws} draws per trial setting)`,
    `Method: ${c.method}.`,
    '',
    `  ${'setting'.padEnd(width)}  ${'start'.padStart(8)}  ${'fitted'.padStart(8)}  95% interval`,
    ...c.settings.map((s) => `  ${s.path.padEnd(width)}  ${num(s.start).padStart(8)}  ${num(s.value).padStart(8)}  ${num(s.low)} to ${num(s.high)}`),
  ];
  for (const b of c.ballots) {
    out.push('', `Ballot ${b.ballot} of ${b.item}${b.seat > 1 ? `, seat ${b.seat}` : ''}: observed and fitted (mean of the model's counts)`);
    for (const row of b.rows) out.push(`  ${row.key.padEnd(Math.max(12, ...b.rows.map((r) => r.key.length)))}  ${String(row.observed).padStart(6)}  ${row.fitted.toFixed(1).padStart(8)}`);
  }
  const { statistic, df, pValue } = c.fit;
  out.push(
    '',
    pValue === null
      ? `Goodness of fit: distance ${statistic.toFixed(2)} with no degrees of freedom left (as many settings as independent counts): the fit is exact by construction, not a test.`
      : `Goodness of fit: χ² = ${statistic.toFixed(2)} on ${df} degree${df === 1 ? '' : 's'} of freedom, p = ${pValue.toFixed(3)}${pValue < 0.05 ? ' (the model does not reproduce these counts well)' : ''}.`,
  );
  return `${out.join('\n')}\n`;
}

/** A calibration as pretty JSON (the fitted scenario's text left out; `--out` writes it). */
export function calibrationToJson(c: Calibration): string {
  const { scenarioText: _text, ...rest } = c;
  return `${JSON.stringify(rest, null, 2)}\n`;
}
