#!/usr/bin/env python3
"""The revm side of scripts/bench-evm: writes the workload file and times it under pyrevm.

usage: scripts/with-venv python3 scripts/bench-evm.py write FILE
       scripts/with-venv python3 scripts/bench-evm.py run FILE

Workloads (the same bytecode and transactions for both engines, gas price 0):
- loop: `loop(n)` of the vyper loop contract in scripts/gen-evm-samples.py (n keccak256 rounds
  with memory traffic), a pure interpreter load;
- erc20-transfers: 1,000 `transfer` calls on the vyper ERC-20 from 1,000 senders, each to a
  fresh recipient (cold slots, zero-to-non-zero stores): the shape of a batch of wallet
  transactions.
- overhead: calls to a contract that only STOPs, to estimate pyrevm's per-call Python cost.
"""

import importlib.util
import json
import sys
import time
from pathlib import Path

from eth_utils import keccak, to_checksum_address

HERE = Path(__file__).resolve().parent
spec = importlib.util.spec_from_file_location("samples", HERE / "gen-evm-samples.py")
samples = importlib.util.module_from_spec(spec)
spec.loader.exec_module(samples)

LOOP = "0x0000000000000000000000000000000000001000"
STOP = "0x0000000000000000000000000000000000002000"
TOKEN = samples.USDC
CALLER = samples.ADDR_A
TRANSFERS = 1_000
LOOP_ROUNDS = 20_000


def address(label: str) -> str:
    return to_checksum_address(keccak(text=label)[-20:])


def world() -> "samples.World":
    senders = [address(f"bench sender {i}") for i in range(TRANSFERS)]
    recipients = [address(f"bench recipient {i}") for i in range(TRANSFERS)]
    w = samples.World().account(CALLER, balance=samples.ETHER).account(samples.BUILDER)
    for sender in senders:
        w.account(sender, balance=samples.ETHER)
    balances = {sender: 10**12 for sender in senders}
    balances.update({recipient: 0 for recipient in recipients})
    w.usdc(balances)
    w.account(LOOP, code=samples.runtime_code(samples.LOOP_INIT))
    w.account(STOP, code=b"\x00")
    return w, senders, recipients


def workloads(senders: list[str], recipients: list[str]) -> list[dict]:
    def tx(sender: str, to: str, data: bytes, gas: int) -> dict:
        return {"from": sender, "to": to, "value": "0", "data": "0x" + data.hex(),
                "gasLimit": str(gas), "nonce": 0}
    loop = samples.selector_call("loop(uint256)", ["uint256"], [LOOP_ROUNDS])
    return [
        {"name": "loop", "repeat": 10, "transactions": [tx(CALLER, LOOP, loop, 30_000_000)]},
        {"name": "erc20-transfers", "repeat": 5,
         "transactions": [tx(s, TOKEN, samples.transfer(r, 10**6), 100_000)
                          for s, r in zip(senders, recipients)]},
        {"name": "overhead", "repeat": 5,
         "transactions": [tx(CALLER, STOP, b"", 30_000)] * TRANSFERS},
    ]


def write(path: str) -> None:
    w, senders, recipients = world()
    document = w.snapshot(dict(samples.BLOCK, baseFee=0))
    document["workloads"] = workloads(senders, recipients)
    Path(path).write_text(json.dumps(document) + "\n")


def run(path: str) -> None:
    document = json.loads(Path(path).read_text())
    w, _, _ = world()
    block = dict(samples.BLOCK, baseFee=0)
    for workload in document["workloads"]:
        calls = [(t["from"], t["to"], bytes.fromhex(t["data"][2:]), int(t["gasLimit"]))
                 for t in workload["transactions"]]
        seconds = 0.0
        gas = 0
        for _ in range(workload["repeat"]):
            # A fresh state per round (untimed), so every round runs the same cold transactions.
            evm = w.evm(block)
            start = time.perf_counter()
            for sender, to, data, limit in calls:
                evm.message_call(sender, to, data, gas=limit)
                gas += evm.result.gas_used
            seconds += time.perf_counter() - start
        count = len(calls) * workload["repeat"]
        print(f"workload {workload['name']} transactions {count} gas {gas} seconds {seconds}"
              f" mgas_per_second {gas / seconds / 1e6} tx_per_second {round(count / seconds)}")


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] not in ("write", "run"):
        sys.exit(__doc__)
    (write if sys.argv[1] == "write" else run)(sys.argv[2])
