#!/usr/bin/env python3
"""Writes independent test vectors for TxrayCore's Keccak-256 and UInt256.

Expected values come from code txray does not share: Keccak-256 digests from pycryptodome
(`Crypto.Hash.keccak`, a C implementation), integer results from Python's arbitrary-precision
ints. The Swift tests only compare against this file, so a bug in txray cannot agree with itself.

Deterministic (fixed seed). pycryptodome is pinned in scripts/requirements-dev.txt. Run with
    scripts/with-venv python3 scripts/gen-core-vectors.py
It writes Tests/TxrayCoreTests/Fixtures/keccak256-vectors.json and uint256-vectors.json.
"""

import json
import random
from pathlib import Path

import Crypto
from Crypto.Hash import keccak

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "Tests/TxrayCoreTests/Fixtures"

RATE = 136  # Keccak-256 absorbs 136-byte blocks; the lengths below cross that boundary often.
MASK = 2**256 - 1
rng = random.Random(20240901)


def keccak256(data: bytes) -> str:
    return keccak.new(digest_bits=256, data=data).hexdigest()


def keccak_vectors() -> dict:
    # Message n is the first n bytes of one random buffer, so the file stores that buffer once.
    prefix_source = bytes(rng.randrange(256) for _ in range(400))
    prefixes = [keccak256(prefix_source[:n]) for n in range(len(prefix_source) + 1)]
    # Large inputs: a short random unit repeated, many blocks long, ending at various offsets
    # inside the last block.
    large = []
    for unit_length, times in [(1, 1_000_000), (7, 150_001), (136, 7_777), (1000, 1_234)]:
        unit = bytes(rng.randrange(256) for _ in range(unit_length))
        large.append({"unit": unit.hex(), "times": times, "digest": keccak256(unit * times)})
    return {
        "source": f"pycryptodome {Crypto.__version__} Crypto.Hash.keccak",
        "prefixSource": prefix_source.hex(),
        "prefixDigests": prefixes,
        "repeated": large,
    }


# Limb values on the edges that carries, borrows and normalisation care about.
SPECIAL_LIMBS = [0, 1, 2, 2**32, 2**63 - 1, 2**63, 2**63 + 1, 2**64 - 2, 2**64 - 1]


def random_value() -> int:
    kind = rng.randrange(4)
    if kind == 0:  # uniform over a random bit width
        return rng.getrandbits(rng.randrange(257))
    if kind == 1:  # limbs picked from the special values, some limbs zero
        return sum(rng.choice(SPECIAL_LIMBS) << (64 * i) for i in range(rng.randrange(1, 5)))
    if kind == 2:  # a power of two, or one off it
        return (2 ** rng.randrange(257) + rng.choice([-1, 0, 1])) & MASK
    return rng.getrandbits(256)


EDGES = [0, 1, 2, 2**64 - 1, 2**64, 2**64 + 1, 2**128 - 1, 2**128, 2**192, 2**255, MASK - 1, MASK]


def knuth_d_adds_back(a: int, b: int) -> bool:
    """Whether Knuth's Algorithm D on 64-bit limbs needs its rare "add back" step (D6) for a / b,
    for a dividend of up to 512 bits (MULMOD's product) and a divisor of up to 256.

    Only used to *find* inputs that reach that step; the expected results still come from //.
    """
    base = 2**64
    v = [(b >> (64 * i)) % base for i in range(4)]
    n = max(i for i in range(4) if v[i]) + 1
    if n < 2 or a < b:
        return False
    m = (a.bit_length() + 63) // 64 - n  # as txray counts it: limbs of the unshifted dividend
    shift = 64 - v[n - 1].bit_length()
    a, b = a << shift, b << shift
    u = [(a >> (64 * i)) % base for i in range(9)]
    v = [(b >> (64 * i)) % base for i in range(4)]
    for j in range(m, -1, -1):
        top = u[j + n] * base + u[j + n - 1]
        q_hat = min(top // v[n - 1], base - 1)
        r_hat = top - q_hat * v[n - 1]
        while r_hat < base and q_hat * v[n - 2] > r_hat * base + u[j + n - 2]:
            q_hat -= 1
            r_hat += v[n - 1]
        part = sum(u[j + i] << (64 * i) for i in range(n + 1))
        divisor = sum(v[i] << (64 * i) for i in range(n))
        rest = part - q_hat * divisor
        if rest < 0:
            return True
        for i in range(n + 1):
            u[j + i] = (rest >> (64 * i)) % base
    return False


def add_back_cases(count: int) -> list:
    found = []
    while len(found) < count:
        # Limbs drawn from the edge values make the two-limb estimate miss far more often than
        # uniform random limbs, which reach the add-back step with probability about 2/2**64.
        n = rng.randrange(2, 5)
        b = sum(rng.choice(SPECIAL_LIMBS + [rng.getrandbits(64)]) << (64 * i) for i in range(n))
        if b >> (64 * (n - 1)) == 0:
            continue
        a = sum(rng.choice(SPECIAL_LIMBS + [rng.getrandbits(64)]) << (64 * i) for i in range(4))
        if knuth_d_adds_back(a, b):
            found.append((a, b))
    return found


def mulmod_cases(count: int, add_backs: int) -> list:
    """(a, b, n) triples whose 512-bit product a * b is reduced mod n, the last `add_backs` of
    them reaching Algorithm D's add-back step on that product."""
    found = [(random_value(), random_value(), random_value() or 1) for _ in range(count)]
    found += [(MASK, MASK, n) for n in EDGES if n]
    wanted = len(found) + add_backs
    while len(found) < wanted:
        a, b = (sum(rng.choice(SPECIAL_LIMBS + [rng.getrandbits(64)]) << (64 * i) for i in range(4))
                for _ in range(2))
        n = rng.randrange(2, 5)
        m = sum(rng.choice(SPECIAL_LIMBS + [rng.getrandbits(64)]) << (64 * i) for i in range(n))
        if m >> (64 * (n - 1)) and knuth_d_adds_back(a * b, m):
            found.append((a, b, m))
    return found


def mulmod_record(a: int, b: int, n: int) -> dict:
    product = a * b
    return {"a": hex(a), "b": hex(b), "n": hex(n), "productHigh": hex(product >> 256),
            "productLow": hex(product & MASK), "mulmod": hex(product % n)}


def pair_record(a: int, b: int) -> dict:
    record = {
        "a": hex(a),
        "b": hex(b),
        "add": hex((a + b) & MASK),
        "addOverflow": a + b > MASK,
        "sub": hex((a - b) & MASK),
        "subOverflow": a < b,
        "mul": hex((a * b) & MASK),
        "mulOverflow": a * b > MASK,
        "and": hex(a & b),
        "or": hex(a | b),
        "xor": hex(a ^ b),
        "less": a < b,
    }
    if b:
        record["div"] = hex(a // b)
        record["mod"] = hex(a % b)
    return record


def value_record(x: int) -> dict:
    shift = rng.choice([0, 1, 63, 64, 65, 127, 128, 129, 191, 192, 255, 256, 300, rng.randrange(256)])
    return {
        "value": hex(x),
        "decimal": str(x),
        "bytes": x.to_bytes(32, "big").hex(),
        "bitWidth": x.bit_length(),
        "not": hex(~x & MASK),
        "shift": shift,
        "shiftedLeft": hex((x << shift) & MASK),
        "shiftedRight": hex(x >> shift),
    }


def uint256_vectors() -> dict:
    values = EDGES + [random_value() for _ in range(200)]
    pairs = [(a, b) for a in EDGES for b in EDGES]
    pairs += [(random_value(), random_value()) for _ in range(250)]
    # Dividends at least as large as the divisor exercise the long-division loop.
    for _ in range(150):
        x, y = random_value(), random_value()
        pairs.append((max(x, y), min(x, y)))
    pairs += add_back_cases(40)
    return {
        "source": "Python int arithmetic, reduced mod 2**256",
        "values": [value_record(x) for x in values],
        "pairs": [pair_record(a, b) for a, b in pairs],
        "mulmods": [mulmod_record(a, b, n) for a, b, n in mulmod_cases(200, 20)],
    }


def write(name: str, data: dict) -> None:
    """Compact JSON with one list element per line, so a regenerated file diffs readably."""
    lines = []
    for key, value in data.items():
        if isinstance(value, list):
            items = ",\n  ".join(json.dumps(item, separators=(",", ":")) for item in value)
            lines.append(f"{json.dumps(key)}: [\n  {items}\n]")
        else:
            lines.append(f"{json.dumps(key)}: {json.dumps(value)}")
    FIXTURES.mkdir(parents=True, exist_ok=True)
    (FIXTURES / name).write_text("{\n" + ",\n".join(lines) + "\n}\n")


if __name__ == "__main__":
    write("keccak256-vectors.json", keccak_vectors())
    write("uint256-vectors.json", uint256_vectors())
