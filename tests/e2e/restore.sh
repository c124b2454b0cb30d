#!/usr/bin/env bash
# The terminal always comes back: the real browser in tmux is left by q, Ctrl-c, SIGTERM, an
# error and a panic; after each, the pane must be back on the normal screen with mouse
# reporting off, `stty -a` must show `icanon echo`, and the shell prompt must run commands.
# Usage: tests/e2e/restore.sh path/to/chronique
set -euo pipefail
. "$(dirname "$0")/common.bash"
bin=$BIN

# A plain bash with job control, a known prompt and no user configuration.
t -f /dev/null new-session -d -s main -x 100 -y 30 -c "$work" \
  "env -i PATH=$PATH HOME=$work TERM=screen-256color PS1='READY\$ ' bash --norc --noprofile -i"
pane_pid=$(t display -p -t main '#{pane_pid}')

browser_pid() { pgrep -P "$pane_pid" -x chronique; }

wait_until "the shell prompt" pane_has 'READY$'

n=0
# check_restored HOW EXIT_STATUS [MESSAGE the pane must show]
check_restored() {
  local how=$1 want_rc=$2 message=${3:-}
  wait_until "the normal screen after $how" flag alternate_on 0
  n=$((n + 1))
  t send-keys -t main "echo rc=\$? > rc-$n; stty -a > stty-$n; echo done-$n-\$((40+2))" Enter
  wait_until "the prompt to run a command after $how" pane_has "done-$n-42"
  local rc
  rc=$(cat "$work/rc-$n")
  [ "$rc" = "rc=$want_rc" ] || fail "after $how: exit status $rc, expected rc=$want_rc"
  grep -Eq '(^|[ ;])icanon( |$)' "$work/stty-$n" || fail "after $how: stty shows no icanon: $(cat "$work/stty-$n")"
  grep -Eq '(^|[ ;])echo( |$)' "$work/stty-$n" || fail "after $how: stty shows no echo: $(cat "$work/stty-$n")"
  flag mouse_any_flag 0 || fail "after $how: mouse reporting left on"
  flag mouse_button_flag 0 || fail "after $how: mouse button reporting left on"
  flag cursor_flag 1 || fail "after $how: cursor left hidden"
  if [ -n "$message" ]; then
    pane_has "$message" || fail "after $how: the pane does not say \"$message\""
  fi
  echo "ok: terminal restored after $how"
  t send-keys -t main "clear" Enter
  sleep 0.2
}

start_browser() {
  t send-keys -t main "$* '$bin'" Enter
  wait_until "the browser to open ($*)" flag alternate_on 1
  wait_until "the browser's first frame" pane_has 'Putin'
}

start_browser "NO_COLOR=1"
t send-keys -t main q
check_restored "q" 0

start_browser "NO_COLOR=1"
t send-keys -t main C-c
check_restored "Ctrl-c" 0

start_browser "NO_COLOR=1"
pid=$(browser_pid) || fail "cannot find the browser's process under pane $pane_pid"
kill -TERM "$pid"
check_restored "SIGTERM" 2 "stopped by a signal"

# These fail as soon as the first frame is drawn (raw mode, alternate screen and mouse on),
# too fast to watch the alternate screen: wait for the message instead.
t send-keys -t main "CHRONIQUE_TEST_FAIL=error '$bin'" Enter
wait_until "the browser to fail" pane_has "deliberate error"
check_restored "an error" 2 "deliberate error"

t send-keys -t main "RUST_BACKTRACE=0 CHRONIQUE_TEST_FAIL=panic '$bin'" Enter
wait_until "the browser to panic" pane_has "deliberate panic"
check_restored "a panic" 101 "deliberate panic"

echo "restore.sh: all 5 ways out restore the terminal"

# When the terminal goes away (its tmux server killed: SIGHUP), chronique must end, not linger.
start_browser "NO_COLOR=1"
pid=$(browser_pid) || fail "cannot find the browser's process under pane $pane_pid"
t kill-server
for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
if kill -0 "$pid" 2>/dev/null; then
  kill -9 "$pid"
  fail "the browser outlived its terminal"
fi
echo "ok: the browser ends with its terminal"
