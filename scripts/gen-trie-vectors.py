#!/usr/bin/env python3
"""Writes Tests/EVMTests/Fixtures/trie-vectors.json: Merkle-Patricia trie roots computed by py-trie
(an independent implementation) for txray's trie and state-root tests.

Needs `trie==4.0.0` (and its `sortedcontainers==2.4.0`) beside scripts/requirements-dev.txt:
    python3 -m venv /tmp/trie-venv
    /tmp/trie-venv/bin/pip install -r scripts/requirements-dev.txt trie==4.0.0
    /tmp/trie-venv/bin/python3 scripts/gen-trie-vectors.py
Deterministic: a fixed seed, so reruns give the same file.
"""

import json
import os
import random

import rlp
from eth_hash.auto import keccak
from trie import HexaryTrie

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Tests", "EVMTests", "Fixtures", "trie-vectors.json")
EMPTY_CODE_HASH = keccak(b"")


def trie_root(entries):
    trie = HexaryTrie(db={})
    for key, value in entries:
        trie[key] = value
    return trie.root_hash


def plain_case(rng, name, count, key_lengths, value_lengths):
    entries = {}
    for _ in range(count):
        key = bytes(rng.randrange(256) for _ in range(rng.choice(key_lengths)))
        entries[key] = bytes(rng.randrange(1, 256) for _ in range(rng.choice(value_lengths)))
    pairs = sorted(entries.items())
    return {
        "name": name,
        "secure": False,
        "entries": [["0x" + k.hex(), "0x" + v.hex()] for k, v in pairs],
        "root": "0x" + trie_root(pairs).hex(),
    }


def prefix_case():
    # Keys that are prefixes of each other put values in branch nodes, which secure tries never do.
    pairs = [(b"do", b"verb"), (b"dog", b"puppy"), (b"doge", b"coin"), (b"horse", b"stallion")]
    return {
        "name": "prefix keys (branch values)",
        "secure": False,
        "entries": [["0x" + k.hex(), "0x" + v.hex()] for k, v in pairs],
        "root": "0x" + trie_root(pairs).hex(),
    }


def state_case(rng, name, account_count, max_slots):
    accounts = []
    state = []
    for _ in range(account_count):
        address = bytes(rng.randrange(256) for _ in range(20))
        nonce = rng.choice([0, 1, rng.randrange(1, 2**64)])
        balance = rng.choice([0, 1, rng.randrange(2**256)])
        code = bytes(rng.randrange(256) for _ in range(rng.choice([0, 0, 1, 33, 200])))
        storage = {}
        for _ in range(rng.randrange(max_slots + 1)):
            slot = rng.choice([rng.randrange(16), rng.randrange(2**256)])
            storage[slot] = rng.choice([0, 1, rng.randrange(2**64), rng.randrange(2**256)])
        storage_entries = [
            (keccak(slot.to_bytes(32, "big")), rlp.encode(value))
            for slot, value in storage.items()
            if value != 0
        ]
        storage_root = trie_root(storage_entries)
        leaf = rlp.encode([nonce, balance, storage_root, keccak(code)])
        state.append((keccak(address), leaf))
        accounts.append(
            {
                "address": "0x" + address.hex(),
                "nonce": hex(nonce),
                "balance": hex(balance),
                "code": "0x" + code.hex(),
                "storage": {hex(s): hex(v) for s, v in sorted(storage.items())},
                "storageRoot": "0x" + storage_root.hex(),
            }
        )
    return {"name": name, "accounts": accounts, "root": "0x" + trie_root(state).hex()}


def logs_case(rng, name, count):
    logs = []
    for _ in range(count):
        address = bytes(rng.randrange(256) for _ in range(20))
        topics = [bytes(rng.randrange(256) for _ in range(32)) for _ in range(rng.randrange(5))]
        data = bytes(rng.randrange(256) for _ in range(rng.choice([0, 1, 32, 100])))
        logs.append((address, topics, data))
    return {
        "name": name,
        "logs": [
            {"address": "0x" + a.hex(), "topics": ["0x" + t.hex() for t in ts], "data": "0x" + d.hex()}
            for a, ts, d in logs
        ],
        "hash": "0x" + keccak(rlp.encode([[a, ts, d] for a, ts, d in logs])).hex(),
    }


def main():
    rng = random.Random(20261128)
    tries = [prefix_case()]
    tries.append(plain_case(rng, "one short entry (inlined root)", 1, [1], [1]))
    tries.append(plain_case(rng, "short keys and values (inlined children)", 12, [1, 2], [1, 2]))
    tries.append(plain_case(rng, "mixed lengths", 60, [1, 2, 3, 8, 32], [1, 3, 31, 32, 33, 100]))
    tries.append(plain_case(rng, "many 32-byte keys", 300, [32], [1, 32, 70]))
    states = [
        state_case(rng, "one account", 1, 0),
        state_case(rng, "a few accounts with storage", 5, 6),
        state_case(rng, "many accounts", 80, 20),
    ]
    with open(OUT, "w") as out:
        logs = [logs_case(rng, "no logs", 0), logs_case(rng, "one log", 1), logs_case(rng, "logs", 6)]
        json.dump({"tries": tries, "states": states, "logs": logs}, out, indent=1)
        out.write("\n")


if __name__ == "__main__":
    main()
