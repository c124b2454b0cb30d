#!/usr/bin/env bash
# Articles are untrusted: one full of escape sequences (OSC 52 clipboard write, title and
# window-name changes, screen clear, BEL, backspace, CR, tab) goes through every command and
# the browser (timeline, detail, article view, help, filter) in tmux, and must change neither
# the tmux buffers nor the pane title nor the window name. A control run (`cat` of the same
# file) proves the check would see it. Then a 10 MB single-paragraph article must load.
# Usage: tests/e2e/hostile.sh path/to/chronique
set -euo pipefail
. "$(dirname "$0")/common.bash"
bin=$BIN

mkdir -p "$work/articles"
pwned=$(printf 'PWNED-CLIPBOARD' | base64)
{
  printf 'title: Sommet \e]0;PWNED-TITLE\a à Moscou\e[2J\n'
  printf 'source: Agence \e]2;PWNED-TITLE\e\\Rouge\n\n'
  printf 'MOSCOU, 8 novembre (Reuters) – « Nous ne construisons \e]52;c;%s\a aucune\b\b alliance\r militaire\tcontre personne », a déclaré Vladimir Poutine.\n\n' "$pwned"
  printf '« La coopération \ekPWNED-WINDOW\e\\ renforcée \e]52;p;%s\e\\ est notre \a priorité », a ajouté Sergueï \e]2;PWNED-TITLE\aChoïgou.\n' "$pwned"
} > "$work/articles/evil.txt"

t -f /dev/null new-session -d -s main -x 120 -y 40 -c "$work" \
  "env -i PATH=$PATH HOME=$work TERM=screen-256color PS1='READY\$ ' bash --norc --noprofile -i"
t set -g set-clipboard on
t set -g allow-rename on
t set -g allow-passthrough off 2>/dev/null || true
t select-pane -t main -T SENTINEL-TITLE
t rename-window -t main SENTINEL-WINDOW
t set-buffer -b sentinel SENTINEL-BUFFER
wait_until "the shell prompt" pane_has 'READY$'

untouched() {
  local title win buffers
  title=$(t display -p -t main '#{pane_title}')
  win=$(t display -p -t main '#{window_name}')
  buffers=$(t list-buffers -F '#{buffer_name}=#{buffer_sample}' | tr '\n' ' ')
  [ "$title" = "SENTINEL-TITLE" ] || { echo "pane title changed to: $title"; return 1; }
  [ "$win" = "SENTINEL-WINDOW" ] || { echo "window name changed to: $win"; return 1; }
  [ "$buffers" = "sentinel=SENTINEL-BUFFER " ] || { echo "tmux buffers changed: $buffers"; return 1; }
}

n=0
run() {
  n=$((n + 1))
  t send-keys -t main "clear; NO_COLOR=1 '$bin' $*; echo done-$n" Enter
  wait_until "'chronique $*' to finish" pane_has "done-$n"
  why=$(untouched) || fail "after 'chronique $*': $why"
  echo "ok: chronique $* left tmux untouched"
}
run list articles
run check articles
run search poutine articles
run search choïgou articles --format cite
run export --format markdown articles

# The browser: timeline and detail, the article view of each quote, help, the filter.
t send-keys -t main "clear; NO_COLOR=1 '$bin' articles --clipboard none" Enter
wait_until "the browser" flag alternate_on 1
wait_until "the browser's first frame" pane_has "Putin"
for keys in j j Enter Escape j Enter Escape G Enter Escape '?' Escape / c o o p Enter j Tab Tab; do
  t send-keys -t main "$keys"
  sleep 0.1
done
pane_has "␛" || fail "the browser does not show the escape characters as visible symbols"
why=$(untouched) || fail "in the browser: $why"
t send-keys -t main q
wait_until "the browser to quit" flag alternate_on 0
why=$(untouched) || fail "after the browser: $why"
echo "ok: the browser left tmux untouched"

# Control: the raw file does take over the terminal, so the checks above could have failed.
t send-keys -t main "clear; cat articles/evil.txt; echo done-cat" Enter
wait_until "cat to finish" pane_has "done-cat"
[ "$(t display -p -t main '#{pane_title}')" = PWNED-TITLE ] \
  || fail "control: cat of the raw article did not change the pane title, so this test cannot see it"
t list-buffers -F '#{buffer_sample}' | grep -q PWNED-CLIPBOARD \
  || fail "control: cat of the raw article did not write a tmux buffer (OSC 52), so this test cannot see it"
echo "ok: control run — the raw article does change the pane title and the tmux buffer"

# A 10 MB article in one paragraph loads, with its quotes.
# Numbered quotes: the same words twice in one article are one quote.
sentence='Le 8 novembre, à Moscou, « nous ne céderons rien à personne, point %d », a déclaré le ministre, et il a ajouté que la coopération progresse. '
awk -v s="$sentence" 'BEGIN { n = int(10485760 / (length(s) - 1)) + 1; for (i = 0; i < n; i++) printf s, i }' > "$work/big.txt"
size=$(stat -c %s "$work/big.txt")
[ "$size" -ge 10485760 ] || fail "the big article is only $size bytes"
start=$(date +%s)
# (The bound catches a hang or a quadratic pass, hours long, not slowness: CI runs the debug
# build, about 55 s here for what the release build does in 2.4 s.)
out=$(timeout 600 "$bin" check "$work/big.txt") || fail "check of a 10 MB paragraph failed or hung (over 600 s; status $?)"
secs=$(( $(date +%s) - start ))
quotes=$(printf '%s\n' "$out" | sed -n 's/^  \([0-9]*\) quotes (.*/\1/p')
[ "${quotes:-0}" -gt 65000 ] || fail "10 MB paragraph: ${quotes:-no} quotes found, expected over 65000"
echo "ok: a 10 MB single paragraph loads in ${secs} s with $quotes quotes"
echo "hostile.sh: escape sequences are inert everywhere"
