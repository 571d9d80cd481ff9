import { describe, expect, it } from 'vitest';
import { AgendaPanel } from '../../src/ui/components/AgendaPanel.js';
import { BallotPanel } from '../../src/ui/components/BallotPanel.js';
import { CommitteePanel } from '../../src/ui/components/CommitteePanel.js';
import { HelpOverlay } from '../../src/ui/components/HelpOverlay.js';
import { MemberVotes } from '../../src/ui/components/MemberVotes.js';
import { RoundsPanel } from '../../src/ui/components/RoundsPanel.js';
import { budgetVote, committee, presidentBallot3, presidentRounds, presidentView } from '../fixtures/views.js';
import { renderFrame } from '../test-utils/render.js';

describe('AgendaPanel', () => {
  it('marks each status with a symbol and a word', () => {
    expect(renderFrame(<AgendaPanel agenda={presidentView.agenda} width={60} rows={12} />)).toMatchInlineSnapshot(`
      "─ AGENDA · DAY 4 ───────────────────────────────────────────
      ✔ 11 Venue of the 95th session                       adopted
      ✔ 12 Report of the Elections Board                     noted
      ✖ 13 Amendment to the 2026 budget                   rejected
      ▶ 14 Election of the President                        voting
      · 15 Vice-President for Asia
      · 16 Delegates for Africa (2 seats)
      ‖ 17 Delegate for Asia                              deferred
      · 18 Delegate for Europe
      · 19 Closing"
    `);
  });

  it('collapses to the current item and its neighbours', () => {
    expect(renderFrame(<AgendaPanel agenda={presidentView.agenda} width={60} rows={3} titled={false} />)).toMatchInlineSnapshot(`
      "✖ 13 Amendment to the 2026 budget                   rejected
      ▶ 14 Election of the President                        voting
      · 15 Vice-President for Asia"
    `);
  });
});

describe('BallotPanel', () => {
  it('shows a yes/no vote with the threshold and what was missing', () => {
    expect(renderFrame(<BallotPanel ballot={budgetVote} width={80} rows={16} />)).toMatchInlineSnapshot(`
      "Vote on the amendment · electronic recorded · simple majority of votes expressed

        Members entitled to vote ........ 168
        Abstentions .....................   9
        Invalid papers ..................   0
        Votes expressed ................. 159
        Majority required ...............  80

        Yes ██████████████████████████████████████████████▊     │       71  rejected
        No  ████████████████████████████████████████████████████│█████  88
                                               majority line 80 ┘
        needed 80 · got 71 · missing 9
        Amendment rejected"
    `);
  });

  it('shows ballot 3 of the 2025 presidential election in R3.7 order', () => {
    expect(renderFrame(<BallotPanel ballot={presidentBallot3} width={80} rows={16} />)).toMatchInlineSnapshot(`
      "Ballot 3 · secret · simple majority (from ballot 3)

        Members entitled to vote ........ 170
        Abstentions .....................   4
        Invalid papers ..................   2
        Votes expressed ................. 164
        Majority required ...............  83

        PHILIPPE (FRA) ██████████████████████████████████████████████│  84  elected
        SABANCA (TUR)  █████████████████████████████████▋            │  60
        NAINDA (NAM)   ██████▊                                       │  12
        WELDEYES (ETH) ████▌                                         │   8
                                                    majority line 83 ┘
        needed 83 · got 84 · margin +1
        PHILIPPE (FRA) elected President for four years"
    `);
  });

  it('keeps the earlier ballots beside it', () => {
    expect(renderFrame(<RoundsPanel rounds={presidentRounds} width={50} rows={4} />)).toMatchInlineSnapshot(`
      "─ EARLIER BALLOTS ────────────────────────────────
      1  no two-thirds (110 needed; max 78)
      2  no two-thirds (110 needed; max 81)"
    `);
  });
});

describe('CommitteePanel', () => {
  it('lists the Committee by region with pending seats', () => {
    expect(renderFrame(<CommitteePanel committee={committee} width={100} rows={5} />)).toMatchInlineSnapshot(`
      "President  — (ballot 3 open)
      AFR  VP DKHISSI (MAR) to 2027 · Del — (item 16), — (item 16)
      AMR  VP RODRIGUEZ (USA) to 2027 · Del SILVA (BRA) to 2026, PEREZ (ARG) to 2027
      ASI  VP — (item 15) · Del SATO (JPN) to 2026, — (item 17)
      EUR  VP LINDQVIST (SWE) to 2026 · Del DUBOIS (BEL) to 2027, NOVAK (CZE) to 2026, — (item 18)"
    `);
  });

  it('sums the Committee up in one line', () => {
    expect(renderFrame(<CommitteePanel committee={committee} width={80} rows={1} />)).toMatchInlineSnapshot(`"President — (ballot 3 open) · VPs 3/4 · Del AFR 0/2 AMR 2/2 ASI 1/2 EUR 2/3"`);
  });
});

describe('MemberVotes', () => {
  it('says why a secret ballot has no member votes', () => {
    expect(renderFrame(<MemberVotes votes={presidentView.memberVotes} width={80} rows={6} />)).toMatchInlineSnapshot(`
      "MEMBER VOTES
      secret ballot: only totals are published (R3.3, RPGA Art 39(3))
      v or Esc closes"
    `);
  });

  it('lists recorded votes in columns', () => {
    const votes = { available: true, rows: [
      { code: 'ALB', name: 'Albania', choice: 'yes' as const },
      { code: 'DZA', name: 'Algeria', choice: 'no' as const },
      { code: 'AND', name: 'Andorra', choice: 'abstain' as const },
    ] };
    expect(renderFrame(<MemberVotes votes={votes} width={80} rows={6} />)).toMatchInlineSnapshot(`
      "MEMBER VOTES
      3 members, in the order recorded
      ALB Albania      yes      DZA Algeria      no       AND Andorra      abstain
      1–3 of 3 · ↓↑ PgDn PgUp Home End scroll · v or Esc closes"
    `);
  });
});

describe('HelpOverlay', () => {
  it('lists every key', () => {
    expect(renderFrame(<HelpOverlay width={100} rows={20} />)).toMatchInlineSnapshot(`
      "─ KEYS ─────────────────────────────────────────────────────────────────────────────────────────────
        → space n  next step
        ⏎          run to the end of the item
        d          run to the end of the day
        N ]        go to the next day
        ← b        step back (replays the journal)
        j          jump to an agenda item
        v          show or hide member votes (↓↑ PgDn PgUp Home End scroll, Esc closes)
        /          search a member
        s          save the session journal (offers another name if the file exists)
        ?          show or hide this help
        q          quit (asks when steps are unsaved)

      Colour is never the only signal: ✔ adopted or elected · ✖ rejected · ▶ current · · pending · ‖
      deferred · ↷ carried over · ○ vacant · – not held
      Committee line: seats held/seats of each group (VPs: the President's continent has no VP seat); an
      outgoing member and the one elected to follow share a seat until the close.
      ? or Esc closes this help"
    `);
  });
});
