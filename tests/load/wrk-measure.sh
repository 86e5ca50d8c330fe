# Sourced by the load scripts: measure NAME URL [LUA] runs wrk and prints "NAME req/s p50_ms p99_ms non2xx errors";
# table FILE prints those lines as a Markdown table, each throughput as a share of the first line (the ceiling).
# Needs ROOT, OUT, CONNECTIONS, DURATION.
measure() {
    local name="$1" url="$2" script="${3:-}"
    local args=(-t2 -c"$CONNECTIONS" -d"$DURATION" --latency)
    [[ -n "$script" ]] && args+=(-s "$ROOT/tests/load/$script")
    wrk "${args[@]}" "$url" >"$OUT/$name.wrk" 2>&1
    awk -v name="$name" '
        function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
        /Requests\/sec/ { rps = $2 }
        /^ +50%/ { p50 = ms($2) }
        /^ +99%/ { p99 = ms($2) }
        /Non-2xx/ { non2xx = $NF }
        /Socket errors/ { split($0, e, /[ ,]+/); errors = e[5] + e[7] + e[9] + e[11] }
        END { printf "%s %.0f %.2f %.2f %d %d\n", name, rps, p50, p99, non2xx + 0, errors + 0 }' "$OUT/$name.wrk"
}

table() {
    echo "| case | req/s | share of ceiling | p50 ms | p99 ms | non-2xx | socket errors |"
    echo "|---|---|---|---|---|---|---|"
    awk 'NR == 1 { ceiling = $2 }
         { printf "| %s | %d | %.0f %% | %.2f | %.2f | %d | %d |\n", $1, $2, 100 * $2 / ceiling, $3, $4, $5, $6 }' "$1"
}
