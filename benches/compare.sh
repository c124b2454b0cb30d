#!/usr/bin/env bash
# chronique and DuckDB, in one run, on the same generated Quotebank-shaped file.
#
#   benches/compare.sh [QUOTES] [RUNS]        default: 1000000 quotes, 5 runs of each
#
# Measures, alternating the tools, and prints medians:
#   - chronique: load + search index of the file (`search --stats --no-cache`: load_ms,
#     peak_rss_mb), then the same reopened from its snapshot (`--stats` with a cache), and the
#     browser's first timeline screen in tmux (process start to the first event row drawn),
#     fresh and from the snapshot;
#   - DuckDB (PyPI `duckdb`, in a venv made here): CREATE TABLE … AS SELECT the fields
#     chronique keeps FROM read_json(file), its time and the process's peak RSS; then the
#     recipe of docs/performance.md (keep one speaker and a period, write JSON Lines) and
#     chronique opening its output, with the two counts compared.
# WORK (default /tmp/chronique-bench) keeps the data, the venv and the cache between runs.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-1000000}
RUNS=${2:-5}
WORK=${WORK:-/tmp/chronique-bench}
mkdir -p "$WORK"
cargo build --release -q
BIN=$PWD/target/release/chronique
DATA=$WORK/qb-$N.jsonl
[ -s "$DATA" ] || "$BIN" generate quotebank "$N" --out "$DATA"
if [ ! -x "$WORK/venv/bin/python" ]; then
  python3 -m venv "$WORK/venv"
  "$WORK/venv/bin/pip" install -q duckdb
fi
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GB RAM; load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "file: $DATA, $N quotes, $(du -m "$DATA" | cut -f1) MiB; duckdb $("$WORK/venv/bin/python" -c 'import duckdb; print(duckdb.__version__)')"
export BIN DATA RUNS WORK
"$WORK/venv/bin/python" - <<'PY'
import os, re, statistics, subprocess, sys, time, json, shutil

BIN, DATA, RUNS, WORK = os.environ["BIN"], os.environ["DATA"], int(os.environ["RUNS"]), os.environ["WORK"]
CACHE = os.path.join(WORK, "cache")
PY = sys.executable
COLUMNS = "quoteID, quotation, speaker, qids, date, probas, urls"

def chronique(*args, cache=False):
    env = dict(os.environ, XDG_CACHE_HOME=CACHE)
    cmd = [BIN, "search", "poutine", DATA, "--stats"] + ([] if cache else ["--no-cache"]) + list(args)
    err = subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=False).stderr
    stats = dict(re.findall(r"^(\w+): ([\d.]+)$", err, re.M))
    return float(stats["load_ms"]) / 1000, float(stats["peak_rss_mb"])

DUCK = r'''
import duckdb, resource, sys, time
con = duckdb.connect()
con.execute("SET enable_progress_bar = false")
t = time.perf_counter()
con.execute(f"CREATE TABLE q AS SELECT {sys.argv[2]} FROM read_json('{sys.argv[1]}', format='newline_delimited')")
print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
'''

def duckdb_load():
    out = subprocess.run([PY, "-c", DUCK, DATA, COLUMNS], capture_output=True, text=True, check=True).stdout.split("\n")[-2].split()
    return float(out[0]), float(out[1])

def first_screen(cache):
    """Seconds from starting the browser in tmux to the first event row on screen."""
    env = f"XDG_CACHE_HOME={CACHE}"
    flag = "" if cache else "--no-cache"
    subprocess.run(["tmux", "kill-session", "-t", "chrbench"], stderr=subprocess.DEVNULL)
    t = time.perf_counter()
    subprocess.run(["tmux", "new-session", "-d", "-s", "chrbench", "-x", "120", "-y", "40",
                    f"env {env} {BIN} {flag} {DATA}"], check=True)
    seen = None
    while time.perf_counter() - t < 60:
        screen = subprocess.run(["tmux", "capture-pane", "-p", "-t", "chrbench"], capture_output=True, text=True).stdout
        if "● " in screen:
            seen = time.perf_counter() - t
            break
        time.sleep(0.01)
    # Let it finish loading (and write its snapshot) before quitting.
    while "Loading" in subprocess.run(["tmux", "capture-pane", "-p", "-t", "chrbench"], capture_output=True, text=True).stdout:
        time.sleep(0.1)
    subprocess.run(["tmux", "send-keys", "-t", "chrbench", "q"])
    time.sleep(0.5)
    subprocess.run(["tmux", "kill-session", "-t", "chrbench"], stderr=subprocess.DEVNULL)
    return seen

shutil.rmtree(CACHE, ignore_errors=True)
fresh, duck, reopen = [], [], []
for _ in range(RUNS):
    duck.append(duckdb_load())
    fresh.append(chronique())
chronique(cache=True)  # writes the snapshot
for _ in range(RUNS):
    reopen.append(chronique(cache=True))
screens = {}
if shutil.which("tmux"):
    screens["fresh"] = statistics.median([s for s in (first_screen(False) for _ in range(max(1, RUNS // 2))) if s])
    screens["snapshot"] = statistics.median([s for s in (first_screen(True) for _ in range(max(1, RUNS // 2))) if s])

med = lambda xs, i: statistics.median(x[i] for x in xs)
d_t, d_m = med(duck, 0), med(duck, 1)
print()
print("| | time (median) | peak RSS (median) | vs DuckDB |")
print("|---|---|---|---|")
print(f"| DuckDB `CREATE TABLE … AS SELECT {COLUMNS} FROM read_json(…)` | {d_t:.2f} s | {d_m:.0f} MiB | 1 |")
c_t, c_m = med(fresh, 0), med(fresh, 1)
print(f"| chronique load + index (`search --stats --no-cache`) | {c_t:.2f} s | {c_m:.0f} MiB | time {c_t/d_t:.2f}×, RSS {c_m/d_m:.2f}× |")
r_t, r_m = med(reopen, 0), med(reopen, 1)
print(f"| chronique reopened from its snapshot (load + index) | {r_t:.2f} s | {r_m:.0f} MiB | time {r_t/d_t:.2f}× |")
for k, v in screens.items():
    print(f"| browser, first timeline screen ({k}) | {v:.2f} s | | |")
print(f"\nruns: {RUNS}; all times: duckdb {[round(x[0], 2) for x in duck]}, chronique {[round(x[0], 2) for x in fresh]}, reopen {[round(x[0], 2) for x in reopen]}")

# The recipe of docs/performance.md: DuckDB keeps a speaker and a period, chronique opens it.
out = os.path.join(WORK, "putin-2019.jsonl")
recipe = f"""
import duckdb
con = duckdb.connect()
con.execute("SET enable_progress_bar = false")
con.execute('''COPY (
    SELECT quoteID, quotation, speaker, qids, strftime(date, '%Y-%m-%d %H:%M:%S') AS date, numOccurrences, probas, urls, phase
    FROM read_json('{DATA}', format = 'newline_delimited')
    WHERE list_contains(qids, 'Q7747') AND date >= DATE '2019-01-01' AND date < DATE '2020-01-01'
) TO '{out}' (FORMAT json)''')
print(con.execute("SELECT count(*) FROM read_json('{out}', format = 'newline_delimited')").fetchone()[0])
"""
kept = int(subprocess.run([PY, "-c", recipe], capture_output=True, text=True, check=True).stdout.split()[-1])
err = subprocess.run([BIN, "search", "", out, "--stats", "--no-cache"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True).stderr
loaded = int(re.search(r"^quotes: (\d+)$", err, re.M).group(1))
speakers = subprocess.run([BIN, "export", out, "--no-cache"], capture_output=True, text=True).stdout
names = [s["name"] for s in json.loads(speakers)["speakers"]]
print(f"\nrecipe: DuckDB kept {kept} quotes of Q7747 in 2019; chronique opened {loaded}, speakers {names}: {'OK' if kept == loaded else 'MISMATCH'}")
PY
