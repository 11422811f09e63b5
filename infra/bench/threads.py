#!/usr/bin/env python3
# The CPU time of every thread of the given processes over a window, grouped by thread name without its number:
#   infra/bench/threads.py <seconds> <pid>[:<label>] ...
import os, sys, time, re, collections
def snap(pid):
    out = {}
    base = f"/proc/{pid}/task"
    for t in os.listdir(base):
        try:
            s = open(f"{base}/{t}/stat").read()
            name = s[s.index('(')+1:s.rindex(')')]
            f = s[s.rindex(')')+2:].split()
            out[t] = (name, int(f[11]) + int(f[12]))
        except Exception:
            pass
    return out
secs = float(sys.argv[1]); pids = [a.split(':') for a in sys.argv[2:]]
a = {p[0]: snap(p[0]) for p in pids}; time.sleep(secs); b = {p[0]: snap(p[0]) for p in pids}
tck = os.sysconf('SC_CLK_TCK')
for p in pids:
    label = p[1] if len(p) > 1 else p[0]
    groups = collections.Counter()
    for t, (name, ticks) in b[p[0]].items():
        before = a[p[0]].get(t, (name, 0))[1]
        groups[re.sub(r'[-_#]?\d+$', '', name)] += ticks - before
    total = sum(groups.values())
    print(f"== {label}: {total*1000/tck:.0f} ms CPU in {secs:.0f} s")
    for n, v in groups.most_common(14):
        if v: print(f"   {v*1000/tck:8.0f} ms  {n}")
