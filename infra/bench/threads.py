#!/usr/bin/env python3
# The CPU time of every thread of the given processes over a window, grouped by thread name without its number, and
# of each process as a whole (its own counters, which keep the time of threads that ended within the window):
#   infra/bench/threads.py <seconds> <pid>[:<label>] ...
import os, sys, time, re, collections
def ticks(stat):
    f = stat[stat.rindex(')')+2:].split()
    return int(f[11]) + int(f[12])
def snap(pid):
    out = {}
    base = f"/proc/{pid}/task"
    for t in os.listdir(base):
        try:
            s = open(f"{base}/{t}/stat").read()
            out[t] = (s[s.index('(')+1:s.rindex(')')], ticks(s))
        except Exception:
            pass
    return ticks(open(f"/proc/{pid}/stat").read()), out
secs = float(sys.argv[1]); pids = [a.split(':') for a in sys.argv[2:]]
a = {p[0]: snap(p[0]) for p in pids}; time.sleep(secs); b = {p[0]: snap(p[0]) for p in pids}
tck = os.sysconf('SC_CLK_TCK')
for p in pids:
    label = p[1] if len(p) > 1 else p[0]
    (process_before, threads_before), (process_after, threads_after) = a[p[0]], b[p[0]]
    process = process_after - process_before
    groups = collections.Counter()
    for t, (name, used) in threads_after.items():
        before = threads_before.get(t, (name, 0))[1]
        groups[re.sub(r'[-_#]?\d+$', '', name)] += used - before
    total = sum(groups.values())
    print(f"== {label}: {total*1000/tck:.0f} ms CPU in {secs:.0f} s (the process: {process*1000/tck:.0f} ms)")
    for n, v in groups.most_common(14):
        if v: print(f"   {v*1000/tck:8.0f} ms  {n}")
