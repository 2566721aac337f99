#!/usr/bin/env python3
"""Measures how long a pull keeps other writers out of the SQLite database: every 50 ms it tries to take the write lock
(BEGIN IMMEDIATE without waiting) and gives it back at once. Runs until the file STOP exists, then prints the longest
unbroken stretch in which every try was refused and the total refused time.
Usage: lockprobe.py DATABASE STOPFILE"""
import os, sqlite3, sys, time

database, stop = sys.argv[1], sys.argv[2]
longest = refused_total = 0.0
refused_since = None
last = time.monotonic()
while not os.path.exists(stop):
    now = time.monotonic()
    try:
        connection = sqlite3.connect(database, timeout=0, isolation_level=None)
        try:
            connection.execute("BEGIN IMMEDIATE")
            connection.execute("ROLLBACK")
        finally:
            connection.close()
        if refused_since is not None:
            longest = max(longest, now - refused_since)
            refused_since = None
    except sqlite3.OperationalError:  # database is locked (or not created yet: then the stretch is counted too)
        if refused_since is None:
            refused_since = now
        refused_total += now - last
    last = now
    time.sleep(0.05)
if refused_since is not None:
    longest = max(longest, time.monotonic() - refused_since)
print(f"writers locked out: longest {longest:.2f} s, in all {refused_total:.2f} s")
