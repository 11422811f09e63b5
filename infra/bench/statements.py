#!/usr/bin/env python3
# What the database was asked, from a MariaDB general log, counted by command and statement shape (bound values and
# IN lists cut off), most frequent first. Capture a window of a running benchmark, then count:
#   mariadb -uroot -e "SET GLOBAL general_log_file='/tmp/general.log'; SET GLOBAL general_log=ON"; sleep 10
#   mariadb -uroot -e "SET GLOBAL general_log=OFF"; infra/bench/statements.py /tmp/general.log
import re, sys, collections
counts = collections.Counter()
for line in open(sys.argv[1], errors='replace'):
    m = re.match(r'^(?:\d+ [\d:]+)?\s+\d+ (\w+(?: stmt)?)\t(.*)', line)
    if m and m.group(1) in ('Query', 'Execute', 'Prepare', 'Close stmt'):
        shape = re.sub(r'\(\(\?.*', '(...)', re.sub(r'values \(.*', 'values (...)', m.group(2), flags=re.I))
        counts[f"{m.group(1)} {shape[:100]}"] += 1
print(f"{sum(counts.values())} commands")
for shape, n in counts.most_common(int(sys.argv[2]) if len(sys.argv) > 2 else 40):
    print(f"{n:7d}  {shape}")
