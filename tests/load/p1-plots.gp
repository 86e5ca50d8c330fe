# Plots of a tests/load/p1-load run: gnuplot -e "out='DIR'" tests/load/p1-plots.gp (reads DIR/*.tsv, writes DIR/*.png).
set terminal pngcairo size 1000,520 font "DejaVu Sans,10" noenhanced
set datafile separator "\t"
set key autotitle columnhead
set grid

# Latency over time: P1 (after its warm-up) then the stress ramp, one point per second.
set output out."/p1-latency.png"
set title "Latency over time (warm-up, P1 with 50 users, then the stress ramp): all endpoints, per second"
set xlabel "seconds since the start"
set ylabel "latency (ms, log scale)"
set logscale y
set y2label "requests per second"
set y2tics
set ytics nomirror
plot out."/p1-timeline.tsv" using 1:4 with lines lw 2 title "p50", \
     "" using 1:5 with lines lw 2 title "p95", \
     "" using 1:6 with lines lw 1 title "p99", \
     "" using 1:3 axes x1y2 with lines lw 1 dt 2 lc rgb "gray40" title "req/s (right)"
unset logscale y
unset y2tics
unset y2label
set ytics mirror

# Throughput and latency against concurrency (the stress ramp).
set output out."/p1-stress.png"
set title "Stress ramp: throughput and p95 against concurrent users"
set xlabel "concurrent users"
set ylabel "requests per second"
set y2label "p95 latency (ms)"
set y2tics
set ytics nomirror
set yrange [0:*]
set y2range [0:*]
plot out."/stress.tsv" using 1:2 with linespoints lw 2 pt 7 title "req/s", \
     "" using 1:4 axes x1y2 with linespoints lw 2 pt 5 title "p95 ms (right)"
unset y2tics
unset y2label
set ytics mirror

# CPU of each process over the run (the columns of processes.tsv come in pairs: cpu %, MiB).
set output out."/p1-cpu.png"
set title "CPU of each process over the run (% of one core; the machine has 2 cores)"
set xlabel "seconds since the start"
set ylabel "% of one core"
stats out."/processes.tsv" skip 1 nooutput
n = STATS_columns
plot for [i=2:n:2] out."/processes.tsv" using 1:i with lines lw 1.5 title columnhead(i)

set output out."/p1-memory.png"
set title "Resident memory of each process over the run (MiB)"
set ylabel "MiB"
plot for [i=3:n:2] out."/processes.tsv" using 1:i with lines lw 1.5 title columnhead(i)
