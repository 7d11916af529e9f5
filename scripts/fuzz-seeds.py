#!/usr/bin/env python3
"""Writes the seed inputs of one fuzz target into a directory (scripts/fuzz calls it).

Seeds are data others wrote: ../shared/testdata (ethereum/tests transactions, the ERC-7730
registry), samples/ and the test fixtures, each turned into the bytes the target reads.
"""
import base64
import glob
import hashlib
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(ROOT, "..", "shared", "testdata")


def path(*parts):
    return os.path.join(ROOT, *parts)


def read(name, mode="r"):
    with open(name, mode) as file:
        return file.read()


def hex_bytes(text):
    text = text.strip()
    return bytes.fromhex(text[2:] if text.startswith("0x") else text)


def samples(pattern):
    return sorted(glob.glob(path("samples", pattern)))


def evm_transactions(limit=400):
    """Raw transactions: the samples and the first of ethereum/tests' TransactionTests."""
    found = [hex_bytes(read(name)) for name in samples("*.hex")]
    with open(os.path.join(SHARED, "evm-tx", "TransactionTests.jsonl")) as lines:
        seen = set()
        for line in lines:
            rlp = json.loads(line)["rlp"]
            if rlp not in seen:
                seen.add(rlp)
                found.append(hex_bytes(rlp))
            if len(seen) >= limit:
                break
    return found


def near_transactions():
    found = [base64.b64decode(read(name).strip()) for name in samples("near-*.b64")]
    vectors = json.loads(read(path("Tests", "NEARTests", "Fixtures", "near-vectors.json")))
    return found + [hex_bytes(vector["hex"]) for vector in vectors["vectors"] if "hex" in vector]


def typed_data():
    found = [read(name).encode() for name in samples("*.json") if "permit" in name]
    vectors = json.loads(read(path("Tests", "EVMTests", "Fixtures", "typed-data-vectors.json")))
    return found + [json.dumps(vector["typedData"]).encode() for vector in vectors]


def explain():
    texts = [read(name).encode() for name in samples("*.hex") + samples("*.b64")]
    texts += [read(name).encode() for name in samples("*.json") if ".state." not in name]
    texts += [tx.hex().encode() for tx in evm_transactions(100)]
    texts += [base64.b64encode(tx) for tx in near_transactions()]
    return texts + typed_data()


def abi():
    """Signature length, signature, encoded arguments: the ABI round-trip vectors of eth-abi."""
    vectors = json.loads(read(path("Tests", "EVMTests", "Fixtures", "abi-vectors.json")))
    found = []
    for vector in vectors["roundTrip"]:
        signature = ("f(" + ",".join(vector["types"]) + ")").encode()
        if len(signature) < 256:
            found.append(bytes([len(signature)]) + signature + hex_bytes(vector["encoded"]))
    return found


def erc7730(limit=300):
    names = sorted(glob.glob(os.path.join(SHARED, "erc7730", "registry", "**", "*.json"), recursive=True))
    names += sorted(glob.glob(os.path.join(SHARED, "erc7730", "ercs", "**", "*.json"), recursive=True))
    return [read(name, "rb") for name in names if not name.endswith((".schema.json", ".tests.json"))][:limit]


def evm_snapshots():
    return [read(name, "rb") for name in samples("*.state.json") if "near-" not in os.path.basename(name)]


def near_snapshots():
    return [read(name, "rb") for name in samples("near-*.state.json")]


def intent():
    words = [json.loads(line) for line in read(path("Tests", "IntentCheckTests", "Fixtures", "plain-words.jsonl")).splitlines() if line]
    claims = [json.loads(line) for line in read(path("Tests", "TxrayRulesTests", "Fixtures", "claim-corpus.jsonl")).splitlines() if line]
    return [entry["expected"].encode() for entry in words] + [entry["text"].encode() for entry in claims[:200]]


def evm_code():
    """Contract code from the samples' state files and ethereum/tests' state tests."""
    found = []
    names = samples("*.state.json")
    names += sorted(glob.glob(os.path.join(SHARED, "evm-state", "GeneralStateTests", "**", "*.json"), recursive=True))[:150]
    for name in names:
        try:
            document = json.loads(read(name))
        except (ValueError, UnicodeDecodeError):
            continue
        stack = [document]
        while stack:
            value = stack.pop()
            if isinstance(value, dict):
                code = value.get("code")
                if isinstance(code, str) and code.startswith("0x") and len(code) > 2:
                    try:
                        found.append(hex_bytes(code))
                    except ValueError:
                        pass
                stack.extend(value.values())
            elif isinstance(value, list):
                stack.extend(value)
    return found


def wasm():
    return [read(name, "rb") for name in sorted(glob.glob(path("Tests", "NEARTests", "Contracts", "*.wasm")))]


SEEDS = {
    "Explain": explain,
    "EVMTransaction": evm_transactions,
    "NEARTransaction": near_transactions,
    "NEARRPCTransaction": lambda: [read(name, "rb") for name in samples("near-rpc-*.json")],
    "ABI": abi,
    "TypedData": typed_data,
    "ERC7730": erc7730,
    "EVMSnapshot": evm_snapshots,
    "NEARSnapshot": near_snapshots,
    "Intent": intent,
    "EVMExecution": evm_code,
    "WasmExecution": wasm,
}


def main():
    target, directory = sys.argv[1], sys.argv[2]
    os.makedirs(directory, exist_ok=True)
    seeds = SEEDS[target]()
    for seed in seeds:
        with open(os.path.join(directory, hashlib.sha1(seed).hexdigest()), "wb") as file:
            file.write(seed)
    print(f"fuzz-seeds: {len(seeds)} seeds for {target} in {directory}")


if __name__ == "__main__":
    main()
