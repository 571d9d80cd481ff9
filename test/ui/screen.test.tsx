import { describe, expect, it } from 'vitest';
import { Screen } from '../../src/ui/components/Screen.js';
import { presidentBallot1View, presidentEarlyBallot, presidentView } from '../fixtures/views.js';
import { renderFrame } from '../test-utils/render.js';

const none = { kind: 'none' } as const;
const linesOf = (frame: string) => frame.split('\n');

describe('Screen', () => {
  it('shows the three ballots of the presidential election, one screen each', () => {
    const views = [presidentBallot1View, { ...presidentView, ballot: presidentEarlyBallot(2), rounds: presidentView.rounds.slice(0, 1) }, presidentView];
    const frames = views.map((view) => renderFrame(<Screen view={view} width={100} height={24} overlay={none} />));
    expect(frames[0]).toMatchInlineSnapshot(`
      "93rd GA · Marrakech                                         Day 4/4 · Thu 27 Nov 2025 · last plenary
      ✖ 13 Amendment to the 2026 budget                                                           rejected
      ▶ 14 Election of the President                                                                voting
      · 15 Vice-President for Asia
      ────────────────────────────────────────────────────────────────────────────────────────────────────
      14 · Election of the President                                                       CONST Art 16 §2
      Election · President · four-year term
      Ballot 1 · secret · two-thirds of votes expressed (ballots 1–2)
      Members entitled to vote 170 · Abstentions 3 · Invalid papers 2 · Votes expressed 165
      Majority required 110
        PHILIPPE (FRA) ██████████████████████████████████████████▌                │  78
        SABANCA (TUR)  ██████████████████████████████                             │  55
        NAINDA (NAM)   ██████████▉                                                │  20
        WELDEYES (ETH) ██████▌                                                    │  12
                                                                majority line 110 ┘
        needed 110 · got 78 · missing 32
        No candidate elected: a further ballot


      ────────────────────────────────────────────────────────────────────────────────────────────────────
      President — (ballot 3 open) · VPs 3/4 · Del AFR 0/2 AMR 2/2 ASI 1/2 EUR 2/3
      Item 13 rejected: 71 yes, 88 no (needed 80)

      → step  ⏎ item  d day  N next day  b back  j jump  v votes  / member  s save  ? help  q quit"
    `);
    expect(frames[2]).toMatchInlineSnapshot(`
      "93rd GA · Marrakech                                         Day 4/4 · Thu 27 Nov 2025 · last plenary
      ✖ 13 Amendment to the 2026 budget                                                           rejected
      ▶ 14 Election of the President                                                                voting
      · 15 Vice-President for Asia
      ────────────────────────────────────────────────────────────────────────────────────────────────────
      14 · Election of the President                                                       CONST Art 16 §2
      Election · President · four-year term
      Ballot 3 · secret · simple majority (from ballot 3)
      Members entitled to vote 170 · Abstentions 4 · Invalid papers 2 · Votes expressed 164
      Majority required 83
        PHILIPPE (FRA) ███████████████████████████████████████████████████████████│  84  elected
        SABANCA (TUR)  ██████████████████████████████████████████▉                │  60
        NAINDA (NAM)   ████████▋                                                  │  12
        WELDEYES (ETH) █████▊                                                     │   8
                                                                 majority line 83 ┘
        needed 83 · got 84 · margin +1
        PHILIPPE (FRA) elected President for four years

      ────────────────────────────────────────────────────────────────────────────────────────────────────
      President — (ballot 3 open) · VPs 3/4 · Del AFR 0/2 AMR 2/2 ASI 1/2 EUR 2/3
      Ballot 2 closed: no candidate reached two-thirds; from ballot 3 a simple majority suffices (CONST…
      Ballot 3 closed: PHILIPPE (FRA) elected President for four years

      → step  ⏎ item  d day  N next day  b back  j jump  v votes  / member  s save  ? help  q quit"
    `);
  });

  it('lays out two columns from 110 columns', () => {
    expect(renderFrame(<Screen view={presidentView} width={110} height={32} overlay={none} />, 110)).toMatchInlineSnapshot(`
      "93rd INTERPOL General Assembly · Marrakech, Morocco                   Day 4/4 · Thu 27 Nov 2025 · last plenary
      ──────────────────────────────────────────────────────────────────────────────────────────────────────────────
      ─ AGENDA · DAY 4 ───────────────────── │ 14 · Election of the President                        CONST Art 16 §2
      ✔ 11 Venue of the 95th session         │ Election · President · four-year term
      ✔ 12 Report of the Elections Board     │ 4 candidates; two-thirds on ballots 1–2, then a simple majority
      ✖ 13 Amendment to the 2026 budget      │
      ▶ 14 Election of the President         │ Ballot 3 · secret · simple majority (from ballot 3)
      · 15 Vice-President for Asia           │
      · 16 Delegates for Africa (2 seats)    │   Members entitled to vote ........ 170
      ‖ 17 Delegate for Asia                 │   Abstentions .....................   4
      · 18 Delegate for Europe               │   Invalid papers ..................   2
      · 19 Closing                           │   Votes expressed ................. 164
                                             │   Majority required ...............  83
      ─ EARLIER BALLOTS ──────────────────── │
      1  no two-thirds (110 needed; max 78)  │   PHILIPPE (FRA) ███████████████████████████████████│  84  elected
      2  no two-thirds (110 needed; max 81)  │   SABANCA (TUR)  █████████████████████████▊         │  60
                                             │   NAINDA (NAM)   █████▏                             │  12
                                             │   WELDEYES (ETH) ███▍                               │   8
                                             │                                    majority line 83 ┘
                                             │   needed 83 · got 84 · margin +1
                                             │   PHILIPPE (FRA) elected President for four years
                                             │
                                             │
      ─ EXECUTIVE COMMITTEE ────────────────────────────────────────────────────────────────────────────────────────
      President  — (ballot 3 open) · VP AFR DKHISSI (MAR) to 2027 · VP AMR RODRIGUEZ (USA) to 2027 · VP ASI — (item…
      Delegates  AFR 0/2 · AMR 2/2 · ASI 1/2 · EUR 2/3
      ─ LOG ────────────────────────────────────────────────────────────────────────────────────────────────────────
      Ballot 1 closed: no candidate reached two-thirds (110 needed; max 78)
      Ballot 2 closed: no candidate reached two-thirds; from ballot 3 a simple majority suffices (CONST 16 §2)
      Ballot 3 closed: PHILIPPE (FRA) elected President for four years

      → step  ⏎ item  d day  N next day  b back  j jump  v votes  / member  s save  ? help  q quit"
    `);
  });

  it('fits an 80×24 terminal', () => {
    const frame = renderFrame(<Screen view={presidentView} width={80} height={24} overlay={none} />, 80);
    expect(linesOf(frame).length).toBeLessThanOrEqual(24);
    expect(Math.max(...linesOf(frame).map((l) => [...l].length))).toBeLessThanOrEqual(80);
    expect(frame).toMatchInlineSnapshot(`
      "93rd GA · Marrakech                     Day 4/4 · Thu 27 Nov 2025 · last plenary
      ✖ 13 Amendment to the 2026 budget                                       rejected
      ▶ 14 Election of the President                                            voting
      · 15 Vice-President for Asia
      ────────────────────────────────────────────────────────────────────────────────
      14 · Election of the President                                   CONST Art 16 §2
      Election · President · four-year term
      Ballot 3 · secret · simple majority (from ballot 3)
      Members entitled to vote 170 · Abstentions 4 · Invalid papers 2
      Votes expressed 164 · Majority required 83
        PHILIPPE (FRA) ██████████████████████████████████████████████│  84  elected
        SABANCA (TUR)  █████████████████████████████████▋            │  60
        NAINDA (NAM)   ██████▊                                       │  12
        WELDEYES (ETH) ████▌                                         │   8
                                                    majority line 83 ┘
        needed 83 · got 84 · margin +1
        PHILIPPE (FRA) elected President for four years

      ────────────────────────────────────────────────────────────────────────────────
      President — (ballot 3 open) · VPs 3/4 · Del AFR 0/2 AMR 2/2 ASI 1/2 EUR 2/3
      Ballot 2 closed: no candidate reached two-thirds; from ballot 3 a simple…
      Ballot 3 closed: PHILIPPE (FRA) elected President for four years

      → step ⏎ item d day N next b back j jump v votes / member s save ? help q quit"
    `);
  });

  it('shows member votes as unavailable for a secret ballot', () => {
    const frame = renderFrame(<Screen view={presidentView} width={100} height={24} overlay={none} showVotes />);
    expect(frame).toContain('secret ballot: only totals are published (R3.3, RPGA Art 39(3))');
  });

  it('asks before quitting with unsaved steps', () => {
    expect(renderFrame(<Screen view={presidentView} width={100} height={24} overlay={{ kind: 'confirm-quit', unsaved: 3 }} />)).toMatchInlineSnapshot(`
      "93rd GA · Marrakech                                         Day 4/4 · Thu 27 Nov 2025 · last plenary
      ─ QUIT ─────────────────────────────────────────────────────────────────────────────────────────────
      Quit with 3 steps not saved?
      y quit without saving · s save first (then q quits) · n stay



















      → step  ⏎ item  d day  N next day  b back  j jump  v votes  / member  s save  ? help  q quit"
    `);
  });
});
