#!/usr/bin/env bash
# A scripted walk through `npm start` (the session TUI) and `gasim train` in tmux at 80×24, as a
# new user would take it (issue 17). Run by `npm run test:tmux` after a build; prints the screens it
# reaches and checks a few words on each; exits 1 if one is missing. The final screens are quoted
# in the README. Waits are polls for words on screen, not fixed timings, so a loaded machine is
# slower but gives the same result. Needs tmux.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
WORK=$(mktemp -d)
SESSION="gasim-walk-$$"
OUT="${WALKTHROUGH_OUT:-$WORK/screens.txt}"
trap 'tmux kill-session -t "$SESSION" 2>/dev/null || true; rm -rf "$WORK"' EXIT
command -v tmux >/dev/null || { echo "walkthrough: tmux is not installed (apt-get install tmux)" >&2; exit 2; }

start() { # start COMMAND…: a fresh 80×24 window without a status line, running the command in $WORK
  tmux kill-session -t "$SESSION" 2>/dev/null || true
  tmux new-session -d -s "$SESSION" -x 80 -y 24 -c "$WORK"
  tmux set -t "$SESSION" status off >/dev/null
  tmux resize-window -t "$SESSION" -x 80 -y 24
  tmux send-keys -t "$SESSION" "clear; $*" Enter
}
screen() { tmux capture-pane -p -t "$SESSION"; }
wait_for() { # wait_for TEXT [SECONDS]: polls the screen until TEXT shows
  local deadline=$((SECONDS + ${2:-120}))
  until screen | grep -qF -- "$1"; do
    if ((SECONDS > deadline)); then echo "walkthrough: '$1' never showed; the screen was:" >&2; screen >&2; exit 1; fi
    sleep 0.5
  done
}
keys() { tmux send-keys -t "$SESSION" "$@"; }
show() { { echo "── $1 ──"; screen; echo; } | tee -a "$OUT"; }

: >"$OUT"
# npm start: the Marrakech 2025 session
start "node $ROOT/dist/cli.js tui $ROOT/scenarios/marrakech-2025.yaml"
wait_for 'q quit'
show 'npm start: the first frame'
keys d; wait_for 'Day 1 adjourned'
show 'd: the end of the first day'
keys N; wait_for 'Day 2/4'
keys j; wait_for 'JUMP TO ITEM'
show 'j: the jump list, every day of the session'
keys Escape
for _ in 1 2 3 4; do keys d; sleep 1; done
wait_for 'SESSION CLOSED'
show 'd … d: the session closed, the Committee it leaves'
keys q; wait_for 'Quit with'
keys y
sleep 1

# gasim train: the chair's first decision
start "node $ROOT/dist/cli.js train $ROOT/scenarios/marrakech-2025.yaml --seed 2025"
wait_for 'q quit'
for _ in 1 2 3 4 5 6; do screen | grep -qF 'QUESTION' && break; keys Enter; sleep 2; done
wait_for 'QUESTION'
show 'gasim train: the first question, the decision hidden'
keys 1; sleep 1; keys Enter   # one key at a time: "1⏎" in one read is not a key press
wait_for 'Right:'
show 'gasim train: the answer scored with the rule'
keys q; wait_for 'Quit with'
keys y
wait_for 'Score:'
show 'gasim train: the debrief printed on quit'
# under the last frame, which is the training screen (its footer just above), not the quit prompt
screen | grep -qF 'Quit with' && { echo "walkthrough: the quit prompt was left on screen above the debrief" >&2; exit 1; }
screen | grep -B1 -F 'Score:' | head -1 | grep -qF 'q quit' || { echo "walkthrough: the debrief is not printed under the training screen's last frame" >&2; exit 1; }
echo "walkthrough: all screens reached; they are in $OUT" >&2
