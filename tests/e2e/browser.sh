#!/usr/bin/env bash
# Issue "timeline browser": the real binary in tmux starts on the seeds, shows the four reported
# meetings, filters to Choïgou's quotes by typing "shoigu", opens and closes the article view,
# and quits leaving the terminal usable.
set -euo pipefail
. "$(dirname "$0")/common.bash"

start_shell 120 70
keys "$BIN" Enter
wait_for '^ chronique · seeds' 15 || fail "browser did not start"
for meeting in '30 December 2022  Visioconférence' '16 April 2023  Rencontre' '8 November 2023  Rencontre' '15 October 2024  Rencontre'; do
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
printf '%s\n' "$rows" | grep -qv 'Sergei Shoigu' && fail "a quote row not by Choïgou: $rows"
echo "ok: typing shoigu leaves exactly Choïgou's $expected quotes"

screen | grep -q '^│▶│   Sergei Shoigu' || fail "the first matching quote is not selected"
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

# In French: the first screen has chronique's words in French only (the articles' words are
# French anyway: the check is on the words chronique writes).
keys "LANG=fr_FR.UTF-8 $BIN" Enter
wait_for '^ chronique · seeds   4 événements \+ 12 de contexte repliés \(c\)' 15 || fail "no French header"
settle
first=$(screen)
for words in '┌ Chronologie' '┌ Événement' '● 30 décembre 2022  Visioconférence' 'Avec  *Vladimir Poutine' 'aide' 'quitter'; do
  printf '%s\n' "$first" | grep -q -- "$words" || fail "French first screen lacks: $words"
done
for english in Timeline events quotes speakers context With Quotes help quit move December April November October; do
  printf '%s\n' "$first" | grep -qw -- "$english" && fail "English on the French first screen: $english"
done
echo "ok: with LANG=fr_FR.UTF-8 the first screen is in French"
keys q
assert_terminal_restored
