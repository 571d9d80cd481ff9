/** The two reports of the README (issue 14): their commands, fixtures, pages and screenshots. */
export interface ReportExample {
  readonly name: string;
  /** The gasim command whose JSON the report reads. */
  readonly command: readonly string[];
  readonly fixture: string;
  readonly html: string;
  /** How much of the page the screenshots show, from the top. */
  readonly height: { readonly desktop: number; readonly phone: number };
  /** A chart screenshotted on its own, by its title. */
  readonly figure?: string;
  /** What the browser test expects to read on the page. */
  readonly keyFigures: readonly string[];
}

export const DESKTOP = { width: 1280, height: 900 };
export const PHONE = { width: 390, height: 844 };

export const REPORT_EXAMPLES: readonly ReportExample[] = [
  {
    name: 'marrakech-2025-report',
    command: ['run', 'scenarios/marrakech-2025.yaml', '--json'],
    fixture: 'test/fixtures/report/marrakech-2025.run.json',
    html: 'docs/marrakech-2025-report.html',
    height: { desktop: 900, phone: 1600 },
    figure: 'President: votes on each ballot',
    keyFigures: ['179 of 196', 'Lucas Philippe (France)', '84 of 164 (83 needed)', 'Day 4 — Thursday 27 November 2025', 'Ballot 3 · 83 needed · elected'],
  },
  {
    name: 'contested-presidency-sweep-report',
    command: ['sweep', 'scenarios/contested-presidency.yaml', '--runs', '10000', '--json'],
    fixture: 'test/fixtures/report/contested-presidency.sweep.json',
    html: 'docs/contested-presidency-sweep-report.html',
    height: { desktop: 1400, phone: 1800 },
    keyFigures: ['10,000 runs', 'Folake Adeyemi (Nigeria)', '75.2%', '74.4–76.1%', 'Election of the President: share of the votes on the decisive ballot'],
  },
];
