#!/usr/bin/env python3
"""Writes a batch input of signed ERC-20 transfers that all simulate against one snapshot.

Run: scripts/with-venv python3 scripts/gen-batch-erc20.py LINES_FILE STATE_FILE [--count N]

Every line is a signed EIP-1559 `transfer` on the USDC-shaped vyper token of
scripts/gen-evm-samples.py, from one of 1,000 senders (keys derived from public labels, never
fund them) to one of 1,000 recipients, with varied amounts. Batch simulates each line alone
against the same pre-state, so every sender uses nonce 0 and every line is valid on its own.
Deterministic: the same arguments give byte-identical files.
"""

import argparse
import importlib.util
import json
from pathlib import Path

from eth_account import Account
from eth_utils import keccak, to_checksum_address

HERE = Path(__file__).resolve().parent
spec = importlib.util.spec_from_file_location("samples", HERE / "gen-evm-samples.py")
samples = importlib.util.module_from_spec(spec)
spec.loader.exec_module(samples)

SENDERS = 1_000
RECIPIENTS = 1_000


def key(label: str) -> str:
    return "0x" + keccak(text=label).hex()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("lines")
    parser.add_argument("state")
    parser.add_argument("--count", type=int, default=10_000)
    args = parser.parse_args()

    senders = [Account.from_key(key(f"txray batch sender {i}")) for i in range(SENDERS)]
    recipients = [to_checksum_address(keccak(text=f"txray batch recipient {i}")[-20:])
                  for i in range(RECIPIENTS)]
    world = samples.World().account(samples.BUILDER)
    for sender in senders:
        world.account(sender.address, balance=samples.ETHER)
    # Recipients start at zero: their balance slots are listed so a strict snapshot covers them.
    balances = {sender.address: 10_000 * 10**6 for sender in senders}
    balances.update({recipient: 0 for recipient in recipients})
    world.usdc(balances)

    lines = []
    for i in range(args.count):
        sender = senders[i % SENDERS]
        recipient = recipients[(i * 7) % RECIPIENTS]
        amount = (i % 997 + 1) * 10**6 // 4
        tx = samples.dynamic(0, 65_000, samples.USDC, data=samples.transfer(recipient, amount))
        lines.append("0x" + bytes(sender.sign_transaction(tx).raw_transaction).hex())
    Path(args.lines).write_text("\n".join(lines) + "\n")
    Path(args.state).write_text(json.dumps(world.snapshot(), indent=1) + "\n")
    print(f"wrote {args.count} transfers to {args.lines} and their snapshot to {args.state}")


if __name__ == "__main__":
    main()
