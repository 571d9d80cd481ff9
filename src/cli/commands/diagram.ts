import { sessionDiagram } from '../../view/diagram.js';
import type { CommandModule } from '../command.js';
import { parseCommandLine } from '../command-spec.js';
import { ExitCode, UserError } from '../errors.js';
import { DIAGRAM } from './specs.js';

const FORMATS = ['mermaid', 'svg'] as const;

/** `gasim diagram`: the session statechart as a Mermaid state diagram, or as SVG rendered by Mermaid. */
export const run: CommandModule['run'] = async (argv, io) => {
  const { values } = parseCommandLine(DIAGRAM, argv);
  const format = values.format ?? 'mermaid';
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new UserError(`unknown --format '${format}'`, { hint: `use --format mermaid (the default) or --format svg` });
  }
  const text = sessionDiagram();
  if (format === 'mermaid') {
    io.stdout.write(text);
    return ExitCode.ok;
  }
  // the renderer (Mermaid in headless Chromium) is loaded only for SVG
  const { renderMermaidSvg } = await import('../diagram-svg.js');
  io.stdout.write(await renderMermaidSvg(text, io.env));
  return ExitCode.ok;
};
