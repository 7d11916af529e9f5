#!/usr/bin/env python3
"""Writes a batch-mode input file for measuring `txray batch`.

usage: scripts/gen-batch-input.py TXS LINES OUT [--garbage-every N]

TXS is a file of hex transactions, one per line (scripts/bench generates 10,000 signed ones into
~/.cache/txray/bench/txs.hex). OUT gets LINES lines cycling through them; with --garbage-every N,
every Nth line is replaced by garbage of one of four kinds (random hex, plain text, a truncated
transaction, a malformed JSON request), so each of those lines must come back as an error record.
Seeded, so the same arguments always write the same file. Standard library only.
"""
import argparse
import random


def garbage(rng, index, tx):
    kind = rng.randrange(4)
    if kind == 0:
        return "0x" + "".join(rng.choice("0123456789abcdef") for _ in range(rng.randrange(2, 200)))
    if kind == 1:
        return f"garbage line {index}"
    if kind == 2:
        return tx[:-8]
    return '{"to": %d}' % index


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("txs")
    parser.add_argument("lines", type=int)
    parser.add_argument("out")
    parser.add_argument("--garbage-every", type=int, default=0)
    args = parser.parse_args()
    with open(args.txs) as f:
        txs = [line.strip() for line in f if line.strip()]
    if not txs:
        parser.error(f"{args.txs} holds no transactions")
    rng = random.Random(7)
    with open(args.out, "w") as out:
        for i in range(args.lines):
            tx = txs[i % len(txs)]
            every = args.garbage_every
            out.write((garbage(rng, i, tx) if every and i % every == every - 1 else tx) + "\n")


if __name__ == "__main__":
    main()
