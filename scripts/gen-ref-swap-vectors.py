#!/usr/bin/env python3
"""Writes Tests/CLITests/Fixtures/ref-swaps.json: Ref Finance swaps as signed NEAR transactions.

Each is an `ft_transfer_call` of the input token to v2.ref-finance.near whose `msg` is written
the way ref-finance/ref-contracts@1800d26 writes it in its own tests (ref-exchange/tests:
`pack_action`, test_client_echo.rs; `skip_unwrap_near`, test_swap.rs). The transactions are
built by py-near-primitives (nearcore's Rust types) and signed with PyNaCl, so the Borsh bytes
are nearcore's. `expected` is what was put in: what is paid, the least that comes back (the
sum over the route ends), and who receives it. Run with
    scripts/with-venv python3 scripts/gen-ref-swap-vectors.py
"""

import base64
import hashlib
import json
from pathlib import Path

import py_near_primitives as near
from nacl.signing import SigningKey

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "Tests/CLITests/Fixtures/ref-swaps.json"
# A throwaway key derived from a public label: anyone can compute it; it must never hold value.
KEY = SigningKey(hashlib.sha256(b"txray ref swap test key").digest())
BLOCK_HASH = hashlib.sha256(b"txray ref swap test block").digest()
TGAS = 10**12
NEAR = 10**24


def pack_action(pool_id, token_in, token_out, amount_in, min_amount_out):
    """ref-exchange/tests/test_client_echo.rs's pack_action, in Python."""
    if amount_in is not None:
        return (
            f'{{"pool_id": {pool_id}, "token_in": "{token_in}", "amount_in": "{amount_in}", '
            f'"token_out": "{token_out}", "min_amount_out": "{min_amount_out}"}}'
        )
    return (
        f'{{"pool_id": {pool_id}, "token_in": "{token_in}", "token_out": "{token_out}", '
        f'"min_amount_out": "{min_amount_out}"}}'
    )


def message(actions, extra=""):
    return f'{{"actions": [{", ".join(actions)}]{extra}}}'


def signed(token, amount, msg, nonce):
    args = json.dumps({"receiver_id": "v2.ref-finance.near", "amount": str(amount), "msg": msg})
    action = near.FunctionCallAction("ft_transfer_call", args.encode(), 180 * TGAS, 1)
    tx = near.Transaction(
        "alice.near", bytes(KEY.verify_key), nonce, token, BLOCK_HASH, [action])
    digest = hashlib.sha256(bytes(tx.serialize())).digest()
    signature = KEY.sign(digest).signature
    return base64.b64encode(bytes(near.SignedTransaction(signature, tx).serialize())).decode()


WNEAR, USDT, USDC = "wrap.near", "usdt.tether-token.near", (
    "17208628f84f5d6ad33f0da3bbbeb27ffcb398eac501a31bd6ad2011e36133a1")
VECTORS = [
    # One pool: 1 wNEAR for at least 2.99 USDt.
    ("one pool", WNEAR, NEAR, message([pack_action(3879, WNEAR, USDT, NEAR, 2990000)]),
     {"pays": ["wNEAR", str(NEAR)], "receives": [["USDt", "2990000"]], "recipient": None}),
    # Two hops, the second spending what the first made: the last hop's minimum is the one.
    ("two hops", USDT, 5000000,
     message([pack_action(4179, USDT, USDC, 5000000, 0), pack_action(3, USDC, WNEAR, None, 10**24)]),
     {"pays": ["USDt", "5000000"], "receives": [["wNEAR", str(10**24)]], "recipient": None}),
    # Two routes to one token, each with its own amount in: their minimums add up.
    ("two routes", WNEAR, 2 * NEAR,
     message([pack_action(3879, WNEAR, USDT, NEAR, 2900000), pack_action(4, WNEAR, USDT, NEAR, 2950000)]),
     {"pays": ["wNEAR", str(2 * NEAR)], "receives": [["USDt", "5850000"]], "recipient": None}),
    # The output sent to someone else.
    ("to another account", WNEAR, NEAR,
     message([pack_action(3879, WNEAR, USDT, NEAR, 2990000)], ',"swap_out_recipient":"bob.near"'),
     {"pays": ["wNEAR", str(NEAR)], "receives": [["USDt", "2990000"]], "recipient": "bob.near"}),
    # No minimum: accepts any price. The first action takes the whole transfer (no amount_in).
    ("no minimum", USDT, 5000000, message([pack_action(3879, USDT, WNEAR, None, 0)]),
     {"pays": ["USDt", "5000000"], "receives": [["wNEAR", "0"]], "recipient": None}),
    # wNEAR unwrapped to NEAR on the way out (test_swap.rs's message, with listed tokens).
    ("unwrapped to NEAR", USDT, 5000000,
     '{"skip_unwrap_near": false, "actions": [{"pool_id": 0, "token_in": "usdt.tether-token.near", '
     '"token_out": "wrap.near", "min_amount_out": "1"}]}',
     {"pays": ["USDt", "5000000"], "receives": [["NEAR", "1"]], "recipient": None}),
]


def main():
    vectors = []
    for nonce, (name, token, amount, msg, expected) in enumerate(VECTORS, start=1):
        vectors.append({"name": name, "base64": signed(token, amount, msg, nonce), "msg": msg,
                        "expected": expected})
    FIXTURE.write_text(json.dumps({
        "source": "scripts/gen-ref-swap-vectors.py: py-near-primitives and PyNaCl; messages as "
                  "ref-finance/ref-contracts@1800d26 writes them in ref-exchange/tests",
        "vectors": vectors}, indent=1) + "\n")
    print(f"wrote {len(vectors)} vectors to {FIXTURE.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
