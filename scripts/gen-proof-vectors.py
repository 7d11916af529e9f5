#!/usr/bin/env python3
"""Writes Tests/EVMTests/Fixtures/proof-vectors.json: Merkle-Patricia proofs made by py-trie (an
independent implementation) for txray's proof verifier and for the loopback node that
`--verify-state` is tested against (scripts/lying-node.py --evm).

    scripts/with-venv python3 scripts/gen-proof-vectors.py

`node` is the state of samples/erc20-transfer.state.json plus filler accounts (so the state trie
has branches and extensions at several depths), pinned at the block before the sample's, with
every answer the node gives: each account's balance, nonce, code and eth_getProof (EIP-1186)
proof, and each storage slot's value and proof, including proofs that accounts and slots are
absent. `tries` are plain (unhashed) tries with short keys, where nodes under 32 bytes sit
inside their parent, with proofs of present and absent keys. Proofs list only nodes that are
referenced by hash, as geth sends them. Deterministic: a fixed seed, so reruns give the same file.
"""

import json
import os
import random

import rlp
from eth_hash.auto import keccak
from trie import HexaryTrie

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAMPLE = os.path.join(ROOT, "samples", "erc20-transfer.state.json")
OUT = os.path.join(ROOT, "Tests", "EVMTests", "Fixtures", "proof-vectors.json")
EMPTY_CODE_HASH = keccak(b"")
# Accounts the sample's transaction touches without the snapshot listing them (the token's
# recipient) and two that never existed.
EXTRA_ADDRESSES = [
    "0xd8da6bf26964af9d7eed9e03e53415d37aa96045",
    "0x000000000000000000000000000000000000dead",
    "0xc1cadaffffffffffffffffffffffffffffffffff",
]
# Slots of the token that hold nothing: proofs of absence.
EXTRA_SLOTS = [1, 2, 0xFFFF]


def hexq(number):
    return hex(number)


def encoded_proof(proof):
    """py-trie lists every node on the path; geth sends only those referenced by hash (and the
    root), since a node under 32 bytes is already inside its parent."""
    nodes = [rlp.encode(node) for node in proof]
    return ["0x" + node.hex() for index, node in enumerate(nodes) if index == 0 or len(node) >= 32]


def check(root, key, proof, value):
    """py-trie's own verifier must agree before txray's is tested against it."""
    assert HexaryTrie.get_from_proof(root, key, proof) == value


def node_fixture():
    sample = json.load(open(SAMPLE))
    block = sample["block"]
    rng = random.Random(1186)
    accounts = {}
    for address, fields in sample["state"].items():
        accounts[address.lower()] = {
            "balance": int(fields.get("balance", "0x0"), 16),
            "nonce": int(fields.get("nonce", 0)),
            "code": bytes.fromhex(fields.get("code", "0x")[2:]),
            "storage": {int(k, 16): int(v, 16) for k, v in fields.get("storage", {}).items()},
        }
    for _ in range(300):
        address = "0x" + bytes(rng.randrange(256) for _ in range(20)).hex()
        storage = {rng.randrange(1 << 16): rng.randrange(1, 1 << 64) for _ in range(rng.randrange(3))}
        accounts[address] = {"balance": rng.randrange(1, 10**20), "nonce": rng.randrange(100), "code": b"", "storage": storage}

    state = HexaryTrie(db={})
    storage_tries = {}
    for address, account in accounts.items():
        empty = account["balance"] == 0 and account["nonce"] == 0 and not account["code"]
        if empty:
            continue  # EIP-161: an empty account does not exist
        storage = HexaryTrie(db={})
        for slot, value in account["storage"].items():
            if value:
                storage[keccak(slot.to_bytes(32, "big"))] = rlp.encode(value)
        storage_tries[address] = storage
        state[keccak(bytes.fromhex(address[2:]))] = rlp.encode(
            [account["nonce"], account["balance"], storage.root_hash, keccak(account["code"])]
        )

    answers = {}
    for address in sorted(set(sample["state"]) | set(EXTRA_ADDRESSES)):
        address = address.lower()
        account = accounts.get(address, {"balance": 0, "nonce": 0, "code": b"", "storage": {}})
        key = keccak(bytes.fromhex(address[2:]))
        proof = state.get_proof(key)
        exists = address in storage_tries
        check(state.root_hash, key, proof, state[key] if exists else b"")
        storage = storage_tries.get(address, HexaryTrie(db={}))
        slots = {}
        for slot in sorted(set(account["storage"]) | (set(EXTRA_SLOTS) if account["code"] else set())):
            slot_key = keccak(slot.to_bytes(32, "big"))
            slot_proof = storage.get_proof(slot_key) if exists else ()
            value = account["storage"].get(slot, 0)
            if exists:
                check(storage.root_hash, slot_key, slot_proof, rlp.encode(value) if value else b"")
            slots[hexq(slot)] = {"value": hexq(value), "proof": encoded_proof(slot_proof)}
        answers[address] = {
            "balance": hexq(account["balance"]),
            "nonce": hexq(account["nonce"]),
            "code": "0x" + account["code"].hex(),
            "codeHash": "0x" + (keccak(account["code"]) if exists else EMPTY_CODE_HASH).hex(),
            "storageHash": "0x" + storage.root_hash.hex(),
            "accountProof": encoded_proof(proof),
            "storage": slots,
        }

    number = int(block["number"], 16) - 1
    gas_limit = int(block["gasLimit"], 16)
    header = {
        "number": hexq(number),
        "hash": "0x" + keccak(b"txray proof-vectors block %d" % number).hex(),
        "timestamp": hexq(int(block["timestamp"], 16) - 12),
        "miner": block["coinbase"].lower(),
        "gasLimit": hexq(gas_limit),
        # Half full: the next block's base fee is this one's, as the sample's block has it.
        "gasUsed": hexq(gas_limit // 2),
        "baseFeePerGas": block["baseFee"],
        "mixHash": block["prevRandao"],
        "excessBlobGas": block["excessBlobGas"],
        "stateRoot": "0x" + state.root_hash.hex(),
    }
    return {"chainId": block["chainId"], "header": header, "accounts": answers}


def trie_cases():
    rng = random.Random(7)
    cases = []
    for name, count in [("small", 6), ("medium", 40), ("large", 300)]:
        trie = HexaryTrie(db={})
        entries = {}
        for _ in range(count):
            key = bytes(rng.randrange(256) for _ in range(rng.choice([1, 2, 3])))
            entries[key] = bytes(rng.randrange(256) for _ in range(rng.choice([1, 2, 5, 40])))
        for key, value in entries.items():
            trie[key] = value
        present = rng.sample(sorted(entries), min(8, len(entries)))
        absent = [k for k in (bytes([rng.randrange(256), rng.randrange(256)]) for _ in range(20)) if k not in entries][:6]
        for key in present + absent:
            proof = trie.get_proof(key)
            value = entries.get(key, b"")
            check(trie.root_hash, key, proof, value)
            cases.append({
                "name": name, "root": "0x" + trie.root_hash.hex(), "key": "0x" + key.hex(),
                "value": "0x" + value.hex() if value else None, "proof": encoded_proof(proof),
                "inline": any(len(rlp.encode(node)) < 32 for node in proof[1:]),
            })
    return cases


def main():
    fixture = {"node": node_fixture(), "tries": trie_cases()}
    with open(OUT, "w") as out:
        json.dump(fixture, out, indent=1, sort_keys=True)
        out.write("\n")
    print(OUT, len(fixture["node"]["accounts"]), "accounts,", len(fixture["tries"]), "trie proofs")


if __name__ == "__main__":
    main()
