#!/usr/bin/env python3
"""Writes COUNT SIVI-sized XML files for the SFTP benchmark: VZ_B<nnnnn>_20260101120000.xml.

Usage: generate.py OUT_DIR COUNT MIN_BYTES MAX_BYTES   (sizes uniform in [MIN, MAX], seed 2026: deterministic)
"""
import os
import random
import sys

out, count, low, high = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
rng = random.Random(2026)
os.makedirs(out, exist_ok=True)
head = '<?xml version="1.0" encoding="UTF-8"?>\n<Verzuimmeldingen>\n'
tail = '</Verzuimmeldingen>\n'
for i in range(count):
    size = rng.randint(low, high)
    body = []
    length = len(head) + len(tail)
    n = 0
    while length < size:
        line = f'  <Vrzm><Berrefnr>B{i:05d}-{n}</Berrefnr><Toelchtng>{rng.getrandbits(64):016x}</Toelchtng></Vrzm>\n'
        body.append(line)
        length += len(line)
        n += 1
    text = (head + ''.join(body) + tail)
    data = text.encode('ascii')[:size - len(tail)] + tail.encode('ascii') if len(text) > size else text.encode('ascii')
    with open(os.path.join(out, f'VZ_B{i:05d}_20260101120000.xml'), 'wb') as f:
        f.write(data)
