#!/usr/bin/env bash
# Issue "timeline browser": the real binary in tmux starts on the seeds, shows the four reported
# meetings, filters to Choïgou's quotes by typing "shoigu", opens and closes the article view,
# and quits leaving the terminal usable.
set -euo pipefail
. "$(dirname "$0")/common.bash"

start_shell 120 70
keys "$BIN" Enter
wait_for '^ chronique · seeds' 15 || fail "browser did not start"
for meeting in '30 décembre 2022  Visioconférence' '16 avril 2023  Rencontre' '8 novembre 2023  Rencontre' '15 octobre 2024  Rencontre'; do
  screen | grep -q -- "● $meeting" || fail "missing reported meeting: $meeting"
done
echo "ok: the four reported meetings are on the timeline"

keys /
type_text shoigu
expected=$("$BIN" search shoigu | wc -l)
wait_for " $expected of [0-9]+ quotes" 5 || fail "filter count: expected $expected matches"
settle
rows=$(screen | grep -E '^│.│   ' | sed 's/││.*//')
[ "$(printf '%s\n' "$rows" | wc -l)" -eq "$expected" ] || fail "expected $expected quote rows"
printf '%s\n' "$rows" | grep -qv 'Sergueï Choïgou' && fail "a quote row not by Choïgou: $rows"
echo "ok: typing shoigu leaves exactly Choïgou's $expected quotes"

screen | grep -q '^│▶│   Sergueï Choïgou' || fail "the first matching quote is not selected"
keys Enter        # leave the input, browse the matches
keys Enter        # article view of the first matching quote
wait_for '^┌ [^│]*seeds/002_' 5 || fail "article view did not open on the quote's article"
screen | grep -q 'certains pays occidentaux agressifs' || fail "quote not shown in the article view"
echo "ok: Enter opens the source article"
keys Escape
wait_for '^┌ Timeline' 5 || fail "Esc did not close the article view"
echo "ok: Esc returns to the timeline"

keys q
assert_terminal_restored
echo "ok: q quits and the terminal is restored"
