#!/usr/bin/env bash
# Issue "the timeline as a reader wants it": the real binary in tmux opens on the first
# reported event with the context events folded; c shows and folds them; : then a date goes
# to the nearest event; Space marks quotes and y puts every marked citation, in timeline
# order, into tmux's buffer; s then Enter filters on a speaker; a date range filters by date.
set -euo pipefail
. "$(dirname "$0")/common.bash"

# What y must copy: each citation exactly as `search --format cite` gives it.
cite() { "$BIN" search "$1" --format cite; }
first=$(cite '@poutine "Dans le contexte des pressions sans précédent"')
second=$(cite '@poutine "Nous travaillons activement"')
[ -n "$first" ] && [ -n "$second" ] || fail "search --format cite found no citation to compare with"
expected=$(printf '%s\n\n%s' "$first" "$second")

start_shell 140 40
T set-option -g set-clipboard on
keys "$BIN" Enter
wait_for '^ chronique · seeds' 15 || fail "browser did not start"
settle

# Opening: the first reported meeting selected, the context events folded and counted.
screen | grep -q '4 events + 12 context folded (c)' || fail "header does not count the folded context events"
screen | grep -q '│▶● 30 December 2022  Visioconférence' || fail "not opened on the first reported event"
screen | grep -q '○ ' && fail "a context event shows while folded"
echo "ok: opens on the first reported event, 12 context events folded"

keys c
wait_for '○ February 2022  Partenariat' 5 || fail "c did not show the context events"
settle
screen | grep -q '16 events (with 12 context, c folds)' || fail "header after c"
screen | grep -q '│▶● 30 December 2022' || fail "c lost the selection"
keys c
wait_for '4 events \+ 12 context folded' 5 || fail "c did not fold them again"
settle
screen | grep -q '○ ' && fail "context events still shown after the second c"
echo "ok: c shows and folds the context events, keeping the selection"

# : then a date: the nearest event.
keys :
wait_for '^ : ▏' 5 || fail "no date prompt"
type_text '2024-10'
wait_for '^ : 2024-10▏  October 2024' 5 || fail "the prompt does not read the date"
keys Enter
wait_for '│▶● 15 October 2024  Rencontre Belo' 5 || fail ": 2024-10 did not go to the October 2024 meeting"
settle
screen | grep -q 'October 2024: 15 October 2024' || fail "no status after going to the date"
keys :
type_text 'juin 2023'
keys Enter
wait_for '│▶● 16 April 2023' 5 || fail ": juin 2023 did not go to the nearest meeting (16 April 2023)"
settle
screen | grep -q 'No event shown in June 2023: the nearest is 16 April 2023' || fail "no word about the nearest"
echo "ok: : then a date goes to the nearest event"

# Marks: the second quote first, then the first; y copies both, in timeline order.
keys j Space
wait_for '1 quote marked' 5 || fail "Space did not mark"
settle
screen | grep -q '│▶│ ✓ Vladimir Putin *« Nous travaillons' || fail "the marked row shows no mark"
keys g j Space
wait_for '2 quotes marked' 5 || fail "Space did not mark a second quote"
keys y
wait_for 'Copied 2 marked quotes' 5 || fail "y did not copy the marks"
got=$(T show-buffer)
[ "$got" = "$expected" ] || fail "tmux buffer differs:
--- got:
$got
--- expected:
$expected"
echo "ok: Space marks, y puts every marked citation in tmux's buffer, in timeline order"
keys Escape
wait_for '2 marks cleared' 5 || fail "Esc did not clear the marks"
settle
screen | grep -q '✓' && fail "a mark is still shown"
echo "ok: Esc clears the marks"

# s, a name, Enter: the timeline filtered on that speaker.
keys s
wait_for '┌ Speakers · 11 ' 5 || fail "s did not open the speaker list"
type_text 'zhang'
wait_for ' 1 of 11 ' 5 || fail "typing did not narrow the list"
keys Enter
wait_for '^ / @"Zhang Youxia"' 5 || fail "Enter did not filter on the speaker"
n=$("$BIN" search '@"Zhang Youxia"' | wc -l)
wait_for " $n of [0-9]+ quotes" 5 || fail "expected $n quotes by Zhang Youxia"
settle
rows=$(screen | grep -E '^│.│   ' | sed 's/││.*//')
[ "$(printf '%s\n' "$rows" | wc -l)" -eq "$n" ] || fail "expected $n quote rows"
printf '%s\n' "$rows" | grep -qv 'Zhang Youxia' && fail "a row not by Zhang Youxia: $rows"
screen | grep -q '│▶│   Zhang Youxia' || fail "the first quote is not selected"
keys Escape
# The position in the status line shows again once the filter is gone.
wait_for ' [0-9]+/[0-9]+ *$' 5 || fail "Esc did not clear the filter"
settle
screen | grep -q '│▶│   Zhang Youxia' || fail "Esc lost the quote found"
echo "ok: s, a name and Enter filter on the speaker; Esc keeps the quote found"

# A date range with a speaker.
keys /
type_text '2023-04..2023-11 @poutine'
n=$("$BIN" search '2023-04..2023-11 @poutine' | wc -l)
wait_for " $n of [0-9]+ quotes · 2 events" 5 || fail "expected $n quotes in 2 events"
keys Enter
wait_for '   / edits it, Esc clears it' 5 || fail "Enter did not leave the filter input"
settle
screen | grep -q '● 16 April 2023' && screen | grep -q '● 8 November 2023' || fail "a meeting in the range is missing"
screen | grep -Eq '● (30 December 2022|15 October 2024)' && fail "a meeting outside the range shows"
echo "ok: a date range and a speaker filter together ($n quotes)"

keys q
assert_terminal_restored
echo "ok: q quits and the terminal is restored"
