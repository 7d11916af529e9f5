#!/usr/bin/env python3
"""Writes Universal Router calls encoded by an independent library, for txray's swap tests.

    python3 scripts/gen-universal-router-vectors.py

Run it once in a venv with uniswap-universal-router-decoder 2.1.0 (it encodes for Universal
Router v2, 0x66a9…A8Af) and once with 3.1.0 (Universal Router v2.1.2, 0x2361…De85, whose swap
structs carry `minHopPriceX36`); each run writes its own file,
Tests/CLITests/Fixtures/universal-router/urd-<version>.json. The library (MIT, by Elnaril) is
a test tool here, not a dependency: the package needs web3, so it is installed in a throwaway
venv, e.g.

    python3 -m venv /tmp/urd && /tmp/urd/bin/pip install uniswap-universal-router-decoder==2.1.0
    /tmp/urd/bin/python scripts/gen-universal-router-vectors.py

Every call is a swap whose facts (what goes in, the least or exact amount out, who receives it)
are the library's inputs, written next to the calldata, so the test compares what txray reads
with what the encoder was asked to write.
"""

import json
from importlib.metadata import version
from pathlib import Path

from uniswap_universal_router_decoder import FunctionRecipient, RouterCodec
from web3 import Web3

ROOT = Path(__file__).resolve().parent.parent
ETH = "0x0000000000000000000000000000000000000000"
USDC = Web3.to_checksum_address("0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48")
DAI = Web3.to_checksum_address("0x6B175474E89094C44Da98b954EedeAC495271d0F")
WETH = Web3.to_checksum_address("0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2")
FRIEND = Web3.to_checksum_address("0x70997970C51812dc3A010C7d01b50e0d17dc79C8")
DEADLINE = 1_800_000_000
ROUTERS = {
    "2": "0x66a9893cC07D91D95644AEDD05D03f95e1dBA8Af",
    "3": "0x23617e59A5925b2A4Bf75d73ff6711cD0b29De85",
}


def cases(codec):
    pool = codec.encode.v4_pool_key(ETH, USDC, 500, 10)
    via_usdc = codec.encode.v4_path_key(USDC, 500, 10)
    to_dai = codec.encode.v4_path_key(DAI, 100, 1)
    from_dai = codec.encode.v4_path_key(DAI, 100, 1)
    usdc = 10**6
    ether = 10**18

    def chain():
        return codec.encode.chain()

    yield (
        "v4 exact in, one pool, settled and taken in full",
        ether,
        chain().v4_swap().swap_exact_in_single(pool, True, ether, 3000 * usdc)
        .settle_all(ETH, ether).take_all(USDC, 3000 * usdc).build_v4_swap(),
        {"pays": ["ETH", str(ether), "exact"], "receives": ["USDC", str(3000 * usdc), "atLeast"]},
    )
    # No SETTLE_ALL or TAKE_ALL: the amounts can only come from the swap struct itself, where
    # v2.1 put minHopPriceX36 before them.
    yield (
        "v4 exact in, two pools, output taken to another account",
        ether,
        chain().v4_swap().swap_exact_in(ETH, [via_usdc, to_dai], ether, 2900 * ether)
        .settle(ETH, ether, True).take(DAI, FRIEND, 0).build_v4_swap(),
        {
            "pays": ["ETH", str(ether), "exact"],
            "receives": ["DAI", str(2900 * ether), "atLeast"],
            "recipient": FRIEND,
        },
    )
    yield (
        "v4 exact out, one pool",
        0,
        chain().v4_swap().swap_exact_out_single(pool, False, ether // 2, 1600 * usdc)
        .settle_all(USDC, 1600 * usdc).take_all(ETH, ether // 2).build_v4_swap(),
        {"pays": ["USDC", str(1600 * usdc), "atMost"], "receives": ["ETH", str(ether // 2), "atLeast"]},
    )
    # An exact output path runs from the input: DAI → USDC → ETH is [DAI, USDC] before ETH.
    yield (
        "v4 exact out, two pools, output taken to another account",
        0,
        chain().v4_swap().swap_exact_out(ETH, [from_dai, via_usdc], ether, 3100 * ether)
        .settle(DAI, 3100 * ether, True).take(ETH, FRIEND, 0).build_v4_swap(),
        {
            "pays": ["DAI", str(3100 * ether), "atMost"],
            "receives": ["ETH", str(ether), "exact"],
            "recipient": FRIEND,
        },
    )
    yield (
        "v3 exact in, wrapped first, unwrapped to another account",
        0,
        chain().v3_swap_exact_in(
            FunctionRecipient.ROUTER, 2000 * usdc, ether // 2,
            [USDC, 500, WETH], payer_is_sender=True,
        ).unwrap_weth(FunctionRecipient.CUSTOM, ether // 2, FRIEND),
        {
            "pays": ["USDC", str(2000 * usdc), "exact"],
            "receives": ["ETH", str(ether // 2), "atLeast"],
            "recipient": FRIEND,
        },
    )


def main():
    library = version("uniswap-universal-router-decoder")
    router = ROUTERS[library.split(".")[0]]
    codec = RouterCodec()
    vectors = []
    for name, value, builder, expected in cases(codec):
        vectors.append({
            "name": name,
            "to": router,
            "value": str(value),
            "data": builder.build(DEADLINE),
            "expected": expected,
        })
    out = ROOT / "Tests" / "CLITests" / "Fixtures" / "universal-router" / f"urd-{library}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    document = {
        "source": f"uniswap-universal-router-decoder {library} (MIT), scripts/gen-universal-router-vectors.py",
        "vectors": vectors,
    }
    out.write_text(json.dumps(document, indent=1) + "\n")
    print(f"wrote {len(vectors)} calls to {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
