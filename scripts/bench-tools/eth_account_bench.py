#!/usr/bin/env python3
"""eth-account's sender-recovery rate over a file of signed transactions (one 0x-hex per line).

Times Account.recover_transaction alone (file reading and imports are outside the clock), then
checks every answer against the expected senders. Prints "tx_per_second N".
Run: scripts/with-venv python3 scripts/bench-tools/eth_account_bench.py txs.hex senders.txt
"""

import sys
import time
from pathlib import Path

import eth_keys
from eth_account import Account


def main() -> None:
    if len(sys.argv) != 3:
        sys.exit("usage: eth_account_bench.py TXS_FILE SENDERS_FILE")
    txs = Path(sys.argv[1]).read_text().split()
    expected = Path(sys.argv[2]).read_text().split()

    start = time.perf_counter()
    senders = [Account.recover_transaction(tx) for tx in txs]
    elapsed = time.perf_counter() - start

    wrong = sum(1 for got, want in zip(senders, expected, strict=True) if got != want)
    if wrong:
        sys.exit(f"eth-account recovered {wrong} wrong senders")
    # The backend decides the speed: coincurve (libsecp256k1) or eth-keys' pure-Python code.
    backend = type(eth_keys.KeyAPI().backend).__name__
    print(f"recovered {len(txs)} senders in {elapsed:.3f} s ({backend})", file=sys.stderr)
    print(f"tx_per_second {len(txs) / elapsed:.0f}")


if __name__ == "__main__":
    main()
