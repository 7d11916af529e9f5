#!/usr/bin/env python3
"""Writes the benchmark corpus: signed transactions and their bare signatures.

Outputs, in --out-dir:
  txs.hex      one 0x-hex signed transaction per line (input of txray and eth-account)
  sigs.txt     every signature in those transactions, "signingHash r s yParity" (hex), for bare
               libsecp256k1: one per transaction, plus one per EIP-7702 authorization
  senders.txt  each transaction's sender, so the harnesses can check their answers

The mix is mostly what mainnet carries (EIP-1559 and legacy), with some access-list, blob and
set-code transactions, from 16 keys so recovery does not see one public key over and over.
Deterministic: a seeded PRNG and RFC 6979 signatures. Run with
    scripts/with-venv python3 scripts/gen-bench-txs.py --out-dir DIR
"""

import argparse
import hashlib
import random
from pathlib import Path

import rlp
from eth_account import Account
from eth_utils import keccak

GWEI = 10**9
KEYS = [hashlib.sha256(f"txray bench key {i}".encode()).hexdigest() for i in range(16)]
ADDRESSES = [Account.from_key(key).address for key in KEYS]
USDC = "0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48"

# (type, share of the corpus); legacy is split between EIP-155 and the rare pre-155 form.
MIX = [("legacy-eip155", 30), ("legacy-pre155", 5), ("dynamic", 50), ("access-list", 5),
       ("blob", 5), ("setcode", 5)]


def random_call(rng: random.Random) -> tuple[str, bytes]:
    """A destination and calldata: plain transfer, ERC-20 transfer, or a larger contract call."""
    kind = rng.random()
    if kind < 0.4:
        return rng.choice(ADDRESSES), b""
    if kind < 0.8:
        recipient = bytes.fromhex(rng.choice(ADDRESSES)[2:]).rjust(32, b"\0")
        amount = rng.randrange(1, 10**12).to_bytes(32, "big")
        return USDC, bytes.fromhex("a9059cbb") + recipient + amount
    return rng.choice(ADDRESSES), rng.randbytes(rng.randrange(100, 1000))


def make_tx(kind: str, rng: random.Random, nonce: int) -> dict:
    to, data = random_call(rng)
    base = {"nonce": nonce, "gas": rng.randrange(21_000, 300_000), "to": to, "data": data,
            "value": rng.randrange(0, 10**19)}
    tip = rng.randrange(1, 3 * GWEI)
    fees = {"chainId": 1, "maxPriorityFeePerGas": tip,
            "maxFeePerGas": tip + rng.randrange(GWEI, 80 * GWEI), "accessList": []}
    if kind == "legacy-eip155":
        return {**base, "gasPrice": rng.randrange(GWEI, 80 * GWEI), "chainId": 1}
    if kind == "legacy-pre155":
        return {**base, "gasPrice": rng.randrange(GWEI, 80 * GWEI)}
    if kind == "access-list":
        slots = ["0x" + rng.randbytes(32).hex() for _ in range(rng.randrange(1, 4))]
        return {**base, "type": 1, "chainId": 1, "gasPrice": rng.randrange(GWEI, 80 * GWEI),
                "accessList": [{"address": USDC, "storageKeys": slots}]}
    if kind == "dynamic":
        return {**base, **fees, "type": 2}
    if kind == "blob":
        hashes = [b"\x01" + rng.randbytes(31) for _ in range(rng.randrange(1, 4))]
        return {**base, **fees, "type": 3, "maxFeePerBlobGas": rng.randrange(1, 10 * GWEI),
                "blobVersionedHashes": hashes}
    authority = rng.choice(KEYS)
    unsigned = {"chainId": rng.choice([0, 1]), "address": rng.choice(ADDRESSES),
                "nonce": rng.randrange(100)}
    auth = Account.sign_authorization(unsigned, authority)
    return {**base, **fees, "type": 4, "authorizationList": [auth]}


def signature_lines(raw: bytes) -> list[str]:
    """signingHash r s yParity of every signature a reader of `raw` must recover, taken from the
    signed bytes with pyrlp: the transaction's, then each EIP-7702 authorization's (its
    authority, which txray shows)."""
    def line(payload: bytes, r: bytes, s: bytes, y_parity: int) -> str:
        words = [keccak(payload), r.rjust(32, b"\0"), s.rjust(32, b"\0")]
        return " ".join(word.hex() for word in words) + f" {y_parity}"

    if raw[0] >= 0xC0:
        *fields, v, r, s = rlp.decode(raw)
        v = int.from_bytes(v, "big")
        if v in (27, 28):
            return [line(rlp.encode(fields), r, s, v - 27)]
        chain_id, y_parity = divmod(v - 35, 2)
        return [line(rlp.encode(fields + [chain_id, 0, 0]), r, s, y_parity)]
    *fields, y, r, s = rlp.decode(raw[1:])
    lines = [line(raw[:1] + rlp.encode(fields), r, s, int.from_bytes(y, "big"))]
    if raw[0] == 4:
        for chain_id, address, nonce, y_parity, auth_r, auth_s in fields[9]:
            payload = b"\x05" + rlp.encode([chain_id, address, nonce])
            lines.append(line(payload, auth_r, auth_s, int.from_bytes(y_parity, "big")))
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out-dir", type=Path, required=True)
    parser.add_argument("--count", type=int, default=10_000)
    args = parser.parse_args()

    rng = random.Random(20250101)
    kinds = [kind for kind, share in MIX for _ in range(share)]
    nonces = [0] * len(KEYS)
    txs, sigs, senders = [], [], []
    for _ in range(args.count):
        signer = rng.randrange(len(KEYS))
        tx = make_tx(rng.choice(kinds), rng, nonces[signer])
        nonces[signer] += 1
        raw = bytes(Account.sign_transaction(tx, KEYS[signer]).raw_transaction)
        txs.append("0x" + raw.hex())
        sigs.extend(signature_lines(raw))
        senders.append(ADDRESSES[signer])

    args.out_dir.mkdir(parents=True, exist_ok=True)
    for name, lines in (("txs.hex", txs), ("sigs.txt", sigs), ("senders.txt", senders)):
        (args.out_dir / name).write_text("\n".join(lines) + "\n")
    print(f"wrote {len(txs)} transactions to {args.out_dir}")


if __name__ == "__main__":
    main()
