#!/usr/bin/env bash
# Issue "copy quotes": `y` on a quote copies its citation byte for byte
#  1. into tmux's buffer (tmux with set-clipboard on), and
#  2. into the X clipboard under Xvfb, still there after chronique exits (read with xclip);
#  3. `chronique search QUERY --copy` does the same without the browser.
set -euo pipefail
. "$(dirname "$0")/common.bash"
command -v Xvfb >/dev/null || fail "Xvfb is not installed"
command -v xclip >/dev/null || fail "xclip is not installed"

# The expected citation, written out: the words exactly as in the article, the speaker, the
# meeting's date, the outlet, and the other source that reported the same statement.
# The words chronique adds are in the reader's language (English here); the quote keeps the
# marks of its own language.
expected='« La Russie et la Chine ne construisent aucune alliance militaire sur le modèle de la guerre froide » — Vladimir Putin, 8 November 2023 (Reuters; also reported by Euronews)'

DISP=":$((90 + $$ % 9))"
Xvfb "$DISP" -nolisten tcp >/dev/null 2>&1 &
XPID=$!
trap 'cleanup; kill $XPID 2>/dev/null || true' EXIT
# Wait until the X server answers (xclip fails with "Can't open display" before that).
for _ in $(seq 50); do
  DISPLAY=$DISP xclip -o -selection clipboard 2>&1 | grep -q "Can't open display" || break
  sleep 0.1
done

EXTRA_ENV="DISPLAY=$DISP" start_shell 160 50
T set-option -g set-clipboard on
keys "$BIN" Enter
wait_for '^ chronique · seeds' 15 || fail "browser did not start"
keys /
type_text '@poutine aucune alliance'
wait_for ' 1 of [0-9]+ quotes' 5 || fail "filter did not narrow to one quote"
keys Enter j y
wait_for 'Copied 1 quote' 5 || fail "no copy status"
status=$(screen | grep -o 'Copied 1 quote[^│]*' | head -1 | sed 's/   .*//')
echo "status: $status"
keys q
assert_terminal_restored

got=$(T show-buffer)
[ "$got" = "$expected" ] || fail "tmux buffer differs:
  got:      $got
  expected: $expected"
echo "ok: y put the citation in tmux's buffer, byte for byte"

# The same through a raw OSC 52 escape sequence, which tmux (set-clipboard on) takes into its
# buffer: with TMUX unset chronique cannot use tmux's own commands (as over SSH inside tmux).
T delete-buffer 2>/dev/null || true
keys "env -u TMUX $BIN --clipboard osc52" Enter
wait_for '^ chronique · seeds' 15 || fail "browser did not start (osc52)"
keys /
type_text '@poutine aucune alliance'
wait_for ' 1 of [0-9]+ quotes' 5 || fail "filter did not narrow to one quote (osc52)"
keys Enter j y
wait_for 'Copied 1 quote .*via OSC 52' 5 || fail "no OSC 52 copy status"
keys q
assert_terminal_restored
got=$(T show-buffer)
[ "$got" = "$expected" ] || fail "tmux buffer differs after OSC 52:
  got:      $got
  expected: $expected"
echo "ok: --clipboard osc52: tmux took the OSC 52 sequence into its buffer, byte for byte"

got=$(DISPLAY=$DISP timeout 5 xclip -o -selection clipboard) || fail "X clipboard empty after chronique exited"
[ "$got" = "$expected" ] || fail "X clipboard differs after exit:
  got:      $got
  expected: $expected"
echo "ok: the X clipboard still holds the citation after chronique exited"

# Non-interactive: search --copy (system clipboard only; no terminal here).
printf 'other' | DISPLAY=$DISP xclip -selection clipboard
sleep 0.2
DISPLAY=$DISP "$BIN" search '@poutine aucune alliance' --copy --clipboard system </dev/null 2>/tmp/chronique-e2e-copy.$$ >/dev/null
grep -q 'Copied 1 quote' /tmp/chronique-e2e-copy.$$ || fail "search --copy: $(cat /tmp/chronique-e2e-copy.$$)"
rm -f /tmp/chronique-e2e-copy.$$
got=$(DISPLAY=$DISP timeout 5 xclip -o -selection clipboard)
[ "$got" = "$expected" ] || fail "search --copy: X clipboard differs: $got"
echo "ok: search --copy puts the citation in the X clipboard"
