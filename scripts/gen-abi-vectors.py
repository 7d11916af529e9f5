#!/usr/bin/env python3
"""Writes txray's independent ABI vectors and the Universal Router sample.

Every encoding is made by eth-abi (not by txray), so the Swift tests compare txray's encoder and
decoder against a second implementation:
  - "roundTrip": random types of every kind (all integer widths, bytesN, dynamic bytes and
    strings with multi-byte text, nested tuples and arrays, fixed and dynamic), random values and
    eth-abi's encoding of them;
  - "selectors": canonical signatures and the 4-byte selectors eth-utils computes for them;
  - "nested": real-shaped batch calls (Universal Router, Safe execTransaction with a MultiSend,
    Multicall3, Uniswap multicall, ERC-4337 handleOps) with the inner calls each should decode to.
It also signs samples/uniswap-universal-router-swap.hex with eth-account.

Deterministic (fixed seed and keys). Run with
    scripts/with-venv python3 scripts/gen-abi-vectors.py
It writes Tests/EVMTests/Fixtures/abi-vectors.json and the sample. With --bench-corpus FILE it
instead writes 10,000 calldata blobs for scripts/bench-calldata (a mix of plain token calls,
batches and unknown functions).
"""

import argparse
import json
import random
from pathlib import Path

from eth_abi import decode, encode
from eth_account import Account
from eth_utils import function_signature_to_4byte_selector, to_checksum_address

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "Tests/EVMTests/Fixtures/abi-vectors.json"
SAMPLE = ROOT / "samples/uniswap-universal-router-swap.hex"

# Hardhat/Anvil default account #0: a publicly known key that must never hold value.
KEY_A = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"
ADDR_A = Account.from_key(KEY_A).address

USDC = "0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48"
WETH = "0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2"
DAI = "0x6B175474E89094C44Da98b954EedeAC495271d0F"
PERMIT2 = "0x000000000022D473030F116dDEE9F6B43aC78BA3"
UNIVERSAL_ROUTER = "0x66a9893cC07D91D95644AEDD05D03f95e1dBA8Af"
MULTICALL3 = "0xcA11bde05977b3631167028862bE2a173976CA11"
MULTISEND = "0x40A2aCCbd92BCA938b02010E17A5b8929b49130D"
SAFE = "0x5aFE3855358E112B5647B952709E6165e1c1eEEe"
ENTRY_POINT_V07 = "0x0000000071727De22E5E9d8BAf0edAc6f37da032"
SWAP_ROUTER02 = "0x68b3465833fb72A70ecDF485E0e4C7bD8665Fc45"
VITALIK = "0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045"
MAX_UINT256 = 2**256 - 1

rng = random.Random(7730)

INT_WIDTHS = list(range(8, 257, 8))


def random_type(depth):
    """A random canonical ABI type string; containers only while depth allows."""
    kinds = ["uint", "int", "address", "bool", "bytesN", "bytes", "string"]
    if depth > 0:
        kinds += ["array", "fixedArray", "tuple", "tuple"]
    kind = rng.choice(kinds)
    if kind == "uint":
        return f"uint{rng.choice(INT_WIDTHS)}"
    if kind == "int":
        return f"int{rng.choice(INT_WIDTHS)}"
    if kind == "bytesN":
        return f"bytes{rng.randint(1, 32)}"
    if kind in ("address", "bool", "bytes", "string"):
        return kind
    if kind == "array":
        return random_type(depth - 1) + "[]"
    if kind == "fixedArray":
        return random_type(depth - 1) + f"[{rng.randint(1, 3)}]"
    return "(" + ",".join(random_type(depth - 1) for _ in range(rng.randint(1, 4))) + ")"


def split_tuple(inner):
    """Top-level comma split of a tuple's inside."""
    parts, level, start = [], 0, 0
    for i, c in enumerate(inner):
        if c == "(":
            level += 1
        elif c == ")":
            level -= 1
        elif c == "," and level == 0:
            parts.append(inner[start:i])
            start = i + 1
    parts.append(inner[start:])
    return parts


def random_text():
    alphabet = "abc XYZ 019 ~\"\\\n\té日本語🙂\u202e\x1b"
    return "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))


def random_value(t):
    """(eth-abi value, JSON value for the Swift test) for type t."""
    if t.endswith("]"):
        base, _, count = t[:-1].rpartition("[")
        n = rng.randint(0, 3) if count == "" else int(count)
        pairs = [random_value(base) for _ in range(n)]
        return [p[0] for p in pairs], [p[1] for p in pairs]
    if t.startswith("("):
        pairs = [random_value(c) for c in split_tuple(t[1:-1])]
        return tuple(p[0] for p in pairs), [p[1] for p in pairs]
    if t.startswith("uint"):
        bits = int(t[4:])
        v = rng.choice([0, 1, 2**bits - 1, rng.getrandbits(bits)])
        return v, str(v)
    if t.startswith("int"):
        bits = int(t[3:])
        lo, hi = -(2 ** (bits - 1)), 2 ** (bits - 1) - 1
        v = rng.choice([0, -1, lo, hi, rng.randint(lo, hi)])
        return v, str(v)
    if t == "address":
        a = to_checksum_address(rng.randbytes(20))
        return a, a
    if t == "bool":
        b = rng.random() < 0.5
        return b, b
    if t == "bytes":
        b = rng.randbytes(rng.choice([0, 1, 31, 32, 33, rng.randint(0, 80)]))
        return b, "0x" + b.hex()
    if t.startswith("bytes"):
        b = rng.randbytes(int(t[5:]))
        return b, "0x" + b.hex()
    if t == "string":
        s = random_text()
        return s, s
    raise ValueError(t)


def round_trip_vectors():
    vectors = []
    # Every elementary type at least once, then random nested signatures.
    elementary = [f"uint{b}" for b in INT_WIDTHS] + [f"int{b}" for b in INT_WIDTHS]
    elementary += [f"bytes{n}" for n in range(1, 33)] + ["address", "bool", "bytes", "string"]
    signatures = [[t] for t in elementary]
    signatures += [[random_type(4) for _ in range(rng.randint(1, 4))] for _ in range(250)]
    # Deep nesting that eth-abi still encodes quickly.
    signatures.append(["((((((uint8,bytes)[2])[])[1],string)[])[],address)"])
    signatures.append(["uint256[2][][3]", "(bool,(string,bytes32[])[])[]"])
    for types in signatures:
        pairs = [random_value(t) for t in types]
        encoded = encode(types, [p[0] for p in pairs])
        # eth-abi must read its own encoding back the same way, or the vector is not evidence.
        assert list(decode(types, encoded)) == [normalise(p[0]) for p in pairs]
        vectors.append({"types": types, "values": [p[1] for p in pairs], "encoded": "0x" + encoded.hex()})
    return vectors


def normalise(v):
    """eth-abi decodes arrays as tuples and addresses in lower case."""
    if isinstance(v, (list, tuple)):
        return tuple(normalise(x) for x in v)
    if isinstance(v, str) and v.startswith("0x") and len(v) == 42:
        return v.lower()
    return v


def selector(signature):
    return function_signature_to_4byte_selector(signature)


def call(signature, types, values):
    return selector(signature) + encode(types, values)


def erc20_transfer(to, amount):
    return call("transfer(address,uint256)", ["address", "uint256"], [to, amount])


def erc20_approve(spender, amount):
    return call("approve(address,uint256)", ["address", "uint256"], [spender, amount])


def v3_path(*hops):
    """token, fee, token, fee, token ... packed as the v3 routers expect."""
    out = b""
    for i, hop in enumerate(hops):
        out += bytes.fromhex(hop[2:]) if i % 2 == 0 else hop.to_bytes(3, "big")
    return out


def universal_router_swap():
    """Wrap 1 ETH, swap it to USDC on v3, and pay 0.25% of the output to a fee recipient."""
    commands = bytes([0x0B, 0x00, 0x06, 0x04])
    inputs = [
        encode(["address", "uint256"], ["0x0000000000000000000000000000000000000002", 10**18]),
        encode(
            ["address", "uint256", "uint256", "bytes", "bool"],
            ["0x0000000000000000000000000000000000000002", 10**18, 3_000_000_000, v3_path(WETH, 500, USDC), False],
        ),
        encode(["address", "address", "uint256"], [USDC, VITALIK, 25]),
        encode(["address", "address", "uint256"], [USDC, "0x0000000000000000000000000000000000000001", 2_990_000_000]),
    ]
    data = call("execute(bytes,bytes[],uint256)", ["bytes", "bytes[]", "uint256"], [commands, inputs, 1_900_000_000])
    return data, ["WRAP_ETH", "V3_SWAP_EXACT_IN", "PAY_PORTION", "SWEEP"]


def universal_router_permit_swap():
    """Permit2 signature, v2 swap of DAI to WETH, unwrap, allowed-to-revert sweep, and a sub-plan."""
    permit_single = ((DAI, 2**160 - 1, 2**48 - 1, 0), UNIVERSAL_ROUTER, 1_900_000_000)
    sub_plan = encode(
        ["bytes", "bytes[]"],
        [bytes([0x05]), [encode(["address", "address", "uint256"], [DAI, VITALIK, 5])]],
    )
    commands = bytes([0x0A, 0x08, 0x0C, 0x84, 0x21])
    inputs = [
        encode(
            ["((address,uint160,uint48,uint48),address,uint256)", "bytes"],
            [permit_single, b"\x11" * 65],
        ),
        encode(
            ["address", "uint256", "uint256", "address[]", "bool"],
            ["0x0000000000000000000000000000000000000002", 1000 * 10**18, 3 * 10**17, [DAI, WETH], True],
        ),
        encode(["address", "uint256"], [ADDR_A, 3 * 10**17]),
        encode(["address", "address", "uint256"], [DAI, ADDR_A, 0]),
        sub_plan,
    ]
    data = call("execute(bytes,bytes[])", ["bytes", "bytes[]"], [commands, inputs])
    return data, ["PERMIT2_PERMIT", "V2_SWAP_EXACT_IN", "UNWRAP_WETH", "SWEEP", "EXECUTE_SUB_PLAN"]


def multisend_packed(txs):
    out = b""
    for operation, to, value, data in txs:
        out += bytes([operation]) + bytes.fromhex(to[2:]) + value.to_bytes(32, "big")
        out += len(data).to_bytes(32, "big") + data
    return out


def safe_multisend():
    packed = multisend_packed(
        [
            (0, USDC, 0, erc20_approve(PERMIT2, MAX_UINT256)),
            (0, USDC, 0, erc20_transfer(VITALIK, 250_000_000)),
            (0, VITALIK, 10**17, b""),
        ]
    )
    inner = call("multiSend(bytes)", ["bytes"], [packed])
    data = call(
        "execTransaction(address,uint256,bytes,uint8,uint256,uint256,uint256,address,address,bytes)",
        ["address", "uint256", "bytes", "uint8", "uint256", "uint256", "uint256", "address", "address", "bytes"],
        [MULTISEND, 0, inner, 1, 0, 0, 0, "0x" + "00" * 20, "0x" + "00" * 20, b"\x22" * 65],
    )
    return data


def multicall3():
    calls = [
        (USDC, False, erc20_approve(PERMIT2, 10**6)),
        (WETH, True, erc20_transfer(VITALIK, 5)),
    ]
    return call("aggregate3((address,bool,bytes)[])", ["(address,bool,bytes)[]"], [calls])


def uniswap_multicall():
    swap = call(
        "exactInputSingle((address,address,uint24,address,uint256,uint256,uint160))",
        ["(address,address,uint24,address,uint256,uint256,uint160)"],
        [(USDC, WETH, 500, "0x0000000000000000000000000000000000000002", 10**9, 10**17, 0)],
    )
    unwrap = call("unwrapWETH9(uint256,address)", ["uint256", "address"], [10**17, ADDR_A])
    return call("multicall(uint256,bytes[])", ["uint256", "bytes[]"], [1_900_000_000, [swap, unwrap]])


def handle_ops():
    inner = call(
        "execute(address,uint256,bytes)",
        ["address", "uint256", "bytes"],
        [USDC, 0, erc20_transfer(VITALIK, 1_000_000)],
    )
    op = (ADDR_A, 0, b"", inner, b"\x00" * 32, 50_000, b"\x00" * 32, b"", b"\x33" * 65)
    return call(
        "handleOps((address,uint256,bytes,bytes,bytes32,uint256,bytes32,bytes,bytes)[],address)",
        ["(address,uint256,bytes,bytes,bytes32,uint256,bytes32,bytes,bytes)[]", "address"],
        [[op], ADDR_A],
    )


def nested_vectors():
    ur_swap, ur_swap_commands = universal_router_swap()
    ur_permit, ur_permit_commands = universal_router_permit_swap()
    return [
        {
            "name": "universal-router-swap",
            "to": UNIVERSAL_ROUTER,
            "calldata": "0x" + ur_swap.hex(),
            "function": "execute",
            "calls": ur_swap_commands,
        },
        {
            "name": "universal-router-permit-v2-subplan",
            "to": UNIVERSAL_ROUTER,
            "calldata": "0x" + ur_permit.hex(),
            "function": "execute",
            "calls": ur_permit_commands,
        },
        {
            "name": "safe-multisend",
            "to": SAFE,
            "calldata": "0x" + safe_multisend().hex(),
            "function": "execTransaction",
            "calls": ["multiSend"],
            "grandchildren": ["approve", "transfer", None],
        },
        {
            "name": "multicall3-aggregate3",
            "to": MULTICALL3,
            "calldata": "0x" + multicall3().hex(),
            "function": "aggregate3",
            "calls": ["approve", "transfer"],
        },
        {
            "name": "uniswap-multicall-deadline",
            "to": SWAP_ROUTER02,
            "calldata": "0x" + uniswap_multicall().hex(),
            "function": "multicall",
            "calls": ["exactInputSingle", "unwrapWETH9"],
        },
        {
            "name": "erc4337-handleops-v07",
            "to": ENTRY_POINT_V07,
            "calldata": "0x" + handle_ops().hex(),
            "function": "handleOps",
            "calls": ["execute"],
            "grandchildren": ["transfer"],
        },
    ]


SELECTOR_SIGNATURES = [
    "transfer(address,uint256)",
    "approve(address,uint256)",
    "transferFrom(address,address,uint256)",
    "permit(address,address,uint256,uint256,uint8,bytes32,bytes32)",
    "setApprovalForAll(address,bool)",
    "safeTransferFrom(address,address,uint256,uint256,bytes)",
    "deposit()",
    "withdraw(uint256)",
    "multicall(bytes[])",
    "multicall(uint256,bytes[])",
    "aggregate3((address,bool,bytes)[])",
    "execute(bytes,bytes[],uint256)",
    "execTransaction(address,uint256,bytes,uint8,uint256,uint256,uint256,address,address,bytes)",
    "multiSend(bytes)",
    "exactInputSingle((address,address,uint24,address,uint256,uint256,uint256,uint160))",
    "swapExactTokensForTokens(uint256,uint256,address[],address,uint256)",
    "permit(address,((address,uint160,uint48,uint48),address,uint256),bytes)",
    "handleOps((address,uint256,bytes,bytes,uint256,uint256,uint256,uint256,uint256,bytes,bytes)[],address)",
    "submit(address)",
    "supply(address,uint256,address,uint16)",
]


def universal_router_sample():
    data, _ = universal_router_swap()
    tx = {
        "type": 2,
        "chainId": 1,
        "nonce": 12,
        "maxPriorityFeePerGas": 2 * 10**9,
        "maxFeePerGas": 40 * 10**9,
        "gas": 250_000,
        "to": UNIVERSAL_ROUTER,
        "value": 10**18,
        "data": data,
        "accessList": [],
    }
    signed = Account.sign_transaction(tx, KEY_A)
    raw = signed.raw_transaction
    assert Account.recover_transaction(raw) == ADDR_A
    return "0x" + raw.hex()


def bench_corpus(path, count=10_000):
    """Mostly plain token calls, as mainnet carries, plus batches and unknown functions."""
    batches = [
        universal_router_swap()[0],
        universal_router_permit_swap()[0],
        safe_multisend(),
        multicall3(),
        uniswap_multicall(),
        handle_ops(),
    ]
    lines = []
    for i in range(count):
        pick = rng.random()
        if pick < 0.35:
            data = erc20_transfer(to_checksum_address(rng.randbytes(20)), rng.getrandbits(96))
        elif pick < 0.55:
            data = erc20_approve(to_checksum_address(rng.randbytes(20)), rng.choice([MAX_UINT256, rng.getrandbits(64)]))
        elif pick < 0.85:
            data = batches[i % len(batches)]
        else:
            data = rng.randbytes(4) + encode(["address", "uint256", "bytes"], [to_checksum_address(rng.randbytes(20)), i, rng.randbytes(40)])
        lines.append("0x" + data.hex())
    Path(path).write_text("\n".join(lines) + "\n")
    print(f"wrote {path} ({count} calldata blobs)")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--bench-corpus", metavar="FILE", help="write the benchmark corpus instead")
    args = parser.parse_args()
    if args.bench_corpus:
        bench_corpus(args.bench_corpus)
        return
    fixture = {
        "generator": "scripts/gen-abi-vectors.py (eth-abi, eth-utils)",
        "roundTrip": round_trip_vectors(),
        "selectors": [{"signature": s, "selector": "0x" + selector(s).hex()} for s in SELECTOR_SIGNATURES],
        "nested": nested_vectors(),
    }
    FIXTURE.write_text(json.dumps(fixture, indent=1, ensure_ascii=False) + "\n")
    SAMPLE.write_text(universal_router_sample() + "\n")
    print(f"wrote {FIXTURE.relative_to(ROOT)} ({len(fixture['roundTrip'])} round-trip vectors)")
    print(f"wrote {SAMPLE.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
