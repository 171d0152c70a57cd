#!/usr/bin/env python3
"""Reads one command's run over corpus files and prints what it tried, kept and refused.
   tally.py NAME EXIT WALL_S MAXRSS_KB STDERR_FILE FILE...   (FILE: the corpus files the command was given)"""
import os, sys
name, exit_code, wall, rss, err_path, files = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), sys.argv[4], sys.argv[5], sys.argv[6:]
import re
err = re.split(r"[\r\n]+", open(err_path, encoding="utf-8", errors="replace").read())
names = {os.path.basename(f) for f in files}
refused = set()
unnamed = []
for line in err:
    if "error:" in line:
        line = line[line.index("error:"):]  # after a progress bar drawn on the same line
    if not line.strip() or line.startswith(("warning:", "  ", "\t", "Ingesting", "WARNING", "SLF4J", "code-cases: coded")):
        continue
    hit = [n for n in names if n in line]
    if hit:
        refused.update(hit)
    elif any(w in line.lower() for w in ("error", "exception", "failed", "cannot")):
        unnamed.append(line)
crashed = exit_code not in (0, 1)
print(f"{name:<14} tried {len(files):5d}  kept {len(files) - len(refused):5d}  refused by name {len(refused):5d}  "
      f"unnamed errors {len(unnamed):3d}  exit {exit_code}{' (CRASH)' if crashed else ''}  wall {wall:7.1f} s"
      + (f"  max RSS {int(rss) // 1024} MB" if int(rss) > 0 else ""))
for line in unnamed[:5]:
    print("    unnamed: " + line[:200])
