/**
 * The HTML report (issue 14, item 5): `gasim report <run.json|sweep.json> --out report.html`.
 * A projection of a run's or a sweep's JSON result onto one self-contained page.
 */
export { buildReport, type BuiltReport } from './build-report.js';
export { parseReportInput, type ReportInput, type InputProblem, type ParsedInput } from './input/parse-input.js';
export type { Chart } from './chart/figure.js';
export type { Section } from './section.js';
