#!/usr/bin/env python3
"""Per-package mutation table from PIT's mutations.xml files: module, package, mutants, killed %.

usage: pit_table.py crm-core/target/pit-reports/mutations.xml [more.xml ...]
Killed counts KILLED and TIMED_OUT (PIT's own mutation score does the same); NO_COVERAGE and
SURVIVED count as not killed.
"""
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict

rows = []
for path in sys.argv[1:]:
    module = path.split('/target/')[0].split('/')[-1]
    stats = defaultdict(lambda: [0, 0])
    for m in ET.parse(path).getroot().iter('mutation'):
        cls = m.findtext('mutatedClass')
        pkg = cls.rsplit('.', 1)[0]
        stats[pkg][0] += 1
        if m.get('status') in ('KILLED', 'TIMED_OUT', 'MEMORY_ERROR'):
            stats[pkg][1] += 1
    total = [sum(v[0] for v in stats.values()), sum(v[1] for v in stats.values())]
    for pkg in sorted(stats):
        n, k = stats[pkg]
        rows.append((module, pkg, n, 100.0 * k / n))
    rows.append((module, '**all**', total[0], 100.0 * total[1] / max(1, total[0])))

print('| module | package | mutants | killed |')
print('| --- | --- | ---: | ---: |')
for module, pkg, n, pct in rows:
    print(f'| {module} | {pkg} | {n} | {pct:.0f}% |')
