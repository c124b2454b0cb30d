# Shared helpers for the end-to-end scripts: drive the real binary in a private tmux server.
# Sourced, not run. Each script gets the binary's path as $1.

BIN=$(readlink -f "${1:?usage: $0 path/to/chronique}")
[ -x "$BIN" ] || { echo "$0: $BIN is not an executable" >&2; exit 1; }
command -v tmux >/dev/null || { echo "$0: tmux is not installed" >&2; exit 1; }
SOCK="chronique-e2e-$$"
work=$(mktemp -d)
T() { tmux -L "$SOCK" "$@"; }
t() { T "$@"; }
cleanup() { T kill-server 2>/dev/null || true; sleep 0.1; rm -rf "$work" 2>/dev/null || true; }
trap cleanup EXIT

fail() {
  echo "$(basename "$0"): FAIL: $*" >&2
  echo "---- screen ----" >&2
  T capture-pane -p -J 2>/dev/null >&2 || true
  exit 1
}

# start_shell WIDTH HEIGHT: a tmux session running a plain shell, with a known prompt.
start_shell() {
  T -f /dev/null new-session -d -x "$1" -y "$2" "env -i PATH=$PATH HOME=$HOME TERM=xterm-256color TMUX=\"\$TMUX\" ${EXTRA_ENV:-} PS1='READY\$ ' bash --norc --noprofile"
  T set-option -g history-limit 5000
  wait_for 'READY\$' 10 || fail "shell did not start"
}

screen() { T capture-pane -p -J; }

# wait_for REGEX [SECONDS]: poll the screen until it matches.
wait_for() {
  local re=$1 secs=${2:-10} i=0
  while [ $i -lt $((secs * 20)) ]; do
    if screen | grep -Eq -- "$re"; then return 0; fi
    sleep 0.05
    i=$((i + 1))
  done
  return 1
}

keys() { T send-keys "$@"; }
type_text() { T send-keys -l -- "$1"; }

# After the program quits: the shell prompt works and the terminal is in its normal mode.
# Each check prints a fresh marker, so an earlier check's output on the screen cannot pass it.
CHECKS=0
assert_terminal_restored() {
  CHECKS=$((CHECKS + 1))
  wait_for 'READY\$ *$' 10 || fail "no shell prompt after quitting"
  keys "clear; stty -a | tr ' ' '\\n' | grep -Ex -- '-?(icanon|echo)' | tr '\\n' ' '; echo; echo ALIVE-$CHECKS-\$((6*7))" Enter
  wait_for "^ALIVE-$CHECKS-42" 5 || fail "shell does not answer after quitting"
  screen | grep -q '^icanon echo' || fail "terminal not restored (stty should say icanon echo)"
}

# wait_until DESCRIPTION COMMAND...: retry COMMAND for up to 15 s.
wait_until() {
  local what=$1; shift
  for _ in $(seq 150); do
    if "$@"; then return 0; fi
    sleep 0.1
  done
  fail "timed out waiting for: $what"
}
pane_has() { T capture-pane -p -t main | grep -qF -- "$1"; }
flag() { [ "$(T display -p -t main "#{$1}")" = "$2" ]; }

# settle: wait until the screen stops changing (two captures 0.1 s apart are the same), so a
# frame drawn in several writes is read whole.
settle() {
  local a b i=0
  a=$(screen)
  while [ $i -lt 30 ]; do
    sleep 0.1
    b=$(screen)
    [ "$a" = "$b" ] && return 0
    a=$b
    i=$((i + 1))
  done
}
