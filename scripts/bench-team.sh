#!/usr/bin/env bash
# Times the team archive (issue 20) on this machine: the local import of N generated articles
# (the reference rate), the first push of them, a second desktop's initial pull, then an
# incremental sync of 1,000 new articles (push from one desktop, pull on the other).
# Starts its own throwaway PostgreSQL cluster on a free local port (as the `postgres` user
# when run as root) and removes it afterwards. Figures: docs/performance.md.
#
# usage: scripts/bench-team.sh [N] [CHRONICLE_BINARY]
set -euo pipefail
N=${1:-10000}
BIN=${2:-target/release/chronicle}
INC=1000
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
WORK=$(mktemp -d /tmp/chronicle-bench-team-XXXX) && chmod 755 "$WORK"
trap 'runuser -u postgres -- "$PGBIN/pg_ctl" -D "$WORK/pg/data" -m fast stop >/dev/null 2>&1 || true; rm -rf "$WORK"' EXIT

mkdir -p "$WORK/pg" && echo bench > "$WORK/pg/pw" && chown -R postgres:postgres "$WORK/pg"
runuser -u postgres -- "$PGBIN/initdb" -D "$WORK/pg/data" -U postgres --auth-local=trust \
  --auth-host=scram-sha-256 --pwfile="$WORK/pg/pw" --no-sync >/dev/null
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
runuser -u postgres -- "$PGBIN/pg_ctl" -D "$WORK/pg/data" -l "$WORK/pg/log" -w \
  -o "-p $PORT -k $WORK/pg -c listen_addresses=127.0.0.1" start >/dev/null
export PGPASSWORD=bench
ADMIN="postgres://postgres@127.0.0.1:$PORT/bench?sslmode=disable"
psql -q -h 127.0.0.1 -p "$PORT" -U postgres -c "CREATE DATABASE bench"
"$BIN" team init "$ADMIN" >/dev/null
psql -q -h 127.0.0.1 -p "$PORT" -U postgres -c "CREATE ROLE ann LOGIN PASSWORD 'bench' IN ROLE bench_member"
TEAM="postgres://ann@127.0.0.1:$PORT/bench?sslmode=disable"

# N + INC articles of a few hundred words each, every one different.
python3 - "$WORK" "$N" "$INC" <<'PY'
import os, random, sys
work, n, inc = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
random.seed(20)
words = ("harbour council budget minister election storm river bridge market energy school "
         "hospital court police festival museum library railway airport farmers trade union "
         "strike vote mayor report study prices wind solar grid water flood drought").split()
for folder, start, count in (("first", 0, n), ("more", n, inc)):
    os.makedirs(f"{work}/{folder}")
    for i in range(start, start + count):
        body = "\n\n".join(" ".join(random.choice(words) for _ in range(60)).capitalize() + "."
                           for _ in range(5))
        with open(f"{work}/{folder}/a{i}.txt", "w") as f:
            f.write(f"Article {i}: {random.choice(words)} {random.choice(words)}\n\n"
                    f"Published: 2024-{1 + i % 12:02d}-{1 + i % 28:02d}\n\n{body}\n")
PY

secs() { local t0 t1; t0=$(date +%s.%N); "$@" >/dev/null; t1=$(date +%s.%N); echo "$t1 - $t0" | bc; }
rate() { echo "scale=0; $1 / $2" | bc; }
A="$WORK/a.sqlite"; B="$WORK/b.sqlite"
t_import=$(secs "$BIN" --archive "$A" import "$WORK/first")
t_push=$(secs "$BIN" --archive "$A" sync --team "$TEAM")
t_pull=$(secs "$BIN" --archive "$B" sync --team "$TEAM")
"$BIN" --archive "$A" import "$WORK/more" >/dev/null
t_inc_push=$(secs "$BIN" --archive "$A" sync --team "$TEAM")
t_inc_pull=$(secs "$BIN" --archive "$B" sync --team "$TEAM")
echo "articles: $N (+ $INC), binary: $BIN"
echo "local import:        ${t_import}s  ($(rate "$N" "$t_import") articles/s)"
echo "first push:          ${t_push}s  ($(rate "$N" "$t_push") articles/s)"
echo "initial pull:        ${t_pull}s  ($(rate "$N" "$t_pull") articles/s, $(echo "scale=0; 100 * $t_import / $t_pull" | bc) % of the import rate)"
echo "incremental push:    ${t_inc_push}s  ($INC new articles)"
echo "incremental pull:    ${t_inc_pull}s  ($INC new articles)"
"$BIN" --archive "$B" stats | head -1

# A desktop that pulls a subset (one title word of 33, or one month of 12), and searches of
# the whole team archive on the server (every article holds most words: the worst case for
# ranking).
C="$WORK/c.sqlite"; D="$WORK/d.sqlite"
t_sub_word=$(secs "$BIN" --archive "$C" sync --team "$TEAM" --only 'title:harbour')
t_sub_month=$(secs "$BIN" --archive "$D" sync --team "$TEAM" --since 2024-06 --until 2024-06)
echo "subset pull (title:harbour):  ${t_sub_word}s  ($("$BIN" --archive "$C" stats | sed -n 2p))"
echo "subset pull (June 2024):      ${t_sub_month}s  ($("$BIN" --archive "$D" stats | sed -n 2p))"
t_sub_all=$(secs "$BIN" --archive "$C" sync --team "$TEAM" --everything)
echo "subset cleared, rest pulled:  ${t_sub_all}s"
for q in 'title:harbour' 'harbour storm' '"storm river"' 'author:nobody'; do
  echo "team search $q: $(secs "$BIN" --archive "$C" team search --team "$TEAM" --limit 200 "$q")s"
done
