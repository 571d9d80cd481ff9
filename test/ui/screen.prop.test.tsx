import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ScreenOverlay } from '../../src/ui/components/Screen.js';
import { Screen } from '../../src/ui/components/Screen.js';
import { sessionViewArb } from '../arbitraries/session-view.js';
import { renderFrame } from '../test-utils/render.js';
import { propertyRuns } from '../test-utils/property-runs.js';

const overlayArb: fc.Arbitrary<ScreenOverlay> = fc.oneof(
  fc.constant({ kind: 'none' as const }),
  fc.constant({ kind: 'none' as const }),
  fc.constant({ kind: 'help' as const }),
  fc.record({ kind: fc.constant('jump' as const), cursor: fc.nat({ max: 40 }) }),
  fc.record({ kind: fc.constant('confirm-quit' as const), unsaved: fc.nat({ max: 99 }) }),
);

describe('Screen layout', () => {
  it('never draws past the terminal width or height and keeps the key line', () => {
    fc.assert(
      fc.property(sessionViewArb, fc.integer({ min: 80, max: 200 }), fc.integer({ min: 23, max: 60 }), overlayArb, fc.boolean(),
        (view, width, height, overlay, showVotes) => {
          const frame = renderFrame(<Screen view={view} width={width} height={height} overlay={overlay} showVotes={showVotes} />, width);
          const lines = frame.split('\n');
          expect(lines.length).toBeLessThanOrEqual(height);
          for (const line of lines) expect([...line].length).toBeLessThanOrEqual(width);
          // nothing above pushed the key line out of the frame
          expect(lines[lines.length - 1]).toContain('? help');
        }),
      { numRuns: propertyRuns(200, 50) },
    );
  });
});
