import type { FigureRenderer } from './chart/figure.js';
import type { Html } from './html.js';

/**
 * One section of a report page: a heading in the page's contents and a body built from the input.
 * A page is a list of sections, so adding one is writing one module and listing it.
 */
export interface Section<I> {
  /** The anchor of the section (`#minutes`). */
  readonly id: string;
  readonly title: string;
  /** The body under the section's heading, or null when the input has nothing for it. */
  render(input: I, figures: FigureRenderer): Promise<Html | null>;
}
