#!/usr/bin/env python3
"""Writes txray's EIP-712 typed-data vectors and the typed-data samples.

Each document is hashed by eth-account twice: `encode_typed_data` + `_hash_eip191_message`, and
`Account.sign_typed_data(...).message_hash`; both must agree before the digest is written. The
domain separator, message hash and encodeType come from eth-account's own EIP-712 helpers.

Deterministic: fixed documents, no randomness. Run with
    scripts/with-venv python3 scripts/gen-typed-data-vectors.py
It writes Tests/EVMTests/Fixtures/typed-data-vectors.json, samples/permit2-single.json and
samples/eip2612-permit.json, and, for the ERC-7730 descriptor tests, calldata encoded by eth-abi
for contracts the public registry describes (Tests/EVMTests/Fixtures/clear-signing-calls.json).
"""

import calendar
import json
from pathlib import Path

from eth_abi import encode
from eth_account import Account
from eth_account._utils.encode_typed_data.encoding_and_hashing import (
    encode_type,
    hash_domain,
    hash_struct,
)
from eth_account.messages import _hash_eip191_message, encode_typed_data
from eth_utils import keccak

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "Tests/EVMTests/Fixtures/typed-data-vectors.json"
CALLS_FIXTURE = ROOT / "Tests/EVMTests/Fixtures/clear-signing-calls.json"
SAMPLES = ROOT / "samples"

# Hardhat/Anvil account #0: a publicly known throwaway key, never to hold value.
KEY = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"
OWNER = Account.from_key(KEY).address

USDC = "0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48"
DAI = "0x6B175474E89094C44Da98b954EedeAC495271d0F"
WETH = "0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2"
PERMIT2 = "0x000000000022D473030F116dDEE9F6B43aC78BA3"
SEAPORT = "0x0000000000000068F116a894984e2DB1123eB395"
UNIVERSAL_ROUTER = "0x66a9893cC07D91D95644AEDD05D03f95e1dBA8Af"
BAYC = "0xBC4CA0EdA7647A8aB7C2061c2E118A18a936f13D"
OPENSEA_FEES = "0x0000a26b00c1F0DF003000390027140000fAa719"

MAX_UINT256 = 2**256 - 1
MAX_UINT160 = 2**160 - 1


def utc(year, month, day, hour=0, minute=0):
    return calendar.timegm((year, month, day, hour, minute, 0))


EXPIRY = utc(2026, 12, 28, 12, 0)
DEADLINE = utc(2026, 12, 1, 0, 0)

DOMAIN_TYPE = [
    {"name": "name", "type": "string"},
    {"name": "version", "type": "string"},
    {"name": "chainId", "type": "uint256"},
    {"name": "verifyingContract", "type": "address"},
]
PERMIT2_DOMAIN_TYPE = [
    {"name": "name", "type": "string"},
    {"name": "chainId", "type": "uint256"},
    {"name": "verifyingContract", "type": "address"},
]
PERMIT2_DOMAIN = {"name": "Permit2", "chainId": 1, "verifyingContract": PERMIT2}
PERMIT_DETAILS = [
    {"name": "token", "type": "address"},
    {"name": "amount", "type": "uint160"},
    {"name": "expiration", "type": "uint48"},
    {"name": "nonce", "type": "uint48"},
]
TOKEN_PERMISSIONS = [{"name": "token", "type": "address"}, {"name": "amount", "type": "uint256"}]


def mail():
    """The example of the EIP-712 specification itself."""
    return {
        "types": {
            "EIP712Domain": DOMAIN_TYPE,
            "Person": [{"name": "name", "type": "string"}, {"name": "wallet", "type": "address"}],
            "Mail": [
                {"name": "from", "type": "Person"},
                {"name": "to", "type": "Person"},
                {"name": "contents", "type": "string"},
            ],
        },
        "primaryType": "Mail",
        "domain": {
            "name": "Ether Mail",
            "version": "1",
            "chainId": 1,
            "verifyingContract": "0xCcCCccccCCCCcCCCCCCcCcCccCcCCCcCcccccccC",
        },
        "message": {
            "from": {"name": "Cow", "wallet": "0xCD2a3d9F938E13CD947Ec05AbC7FE734Df8DD826"},
            "to": {"name": "Bob", "wallet": "0xbBbBBBBbbBBBbbbBbbBbbbbBBbBbbbbBbBbbBBbB"},
            "contents": "Hello, Bob!",
        },
    }


def eip2612_permit():
    return {
        "types": {
            "EIP712Domain": DOMAIN_TYPE,
            "Permit": [
                {"name": "owner", "type": "address"},
                {"name": "spender", "type": "address"},
                {"name": "value", "type": "uint256"},
                {"name": "nonce", "type": "uint256"},
                {"name": "deadline", "type": "uint256"},
            ],
        },
        "primaryType": "Permit",
        "domain": {"name": "USD Coin", "version": "2", "chainId": 1, "verifyingContract": USDC},
        "message": {
            "owner": OWNER,
            "spender": UNIVERSAL_ROUTER,
            "value": "1000000000",
            "nonce": 0,
            "deadline": DEADLINE,
        },
    }


def dai_permit():
    return {
        "types": {
            "EIP712Domain": DOMAIN_TYPE,
            "Permit": [
                {"name": "holder", "type": "address"},
                {"name": "spender", "type": "address"},
                {"name": "nonce", "type": "uint256"},
                {"name": "expiry", "type": "uint256"},
                {"name": "allowed", "type": "bool"},
            ],
        },
        "primaryType": "Permit",
        "domain": {
            "name": "Dai Stablecoin", "version": "1", "chainId": 1, "verifyingContract": DAI,
        },
        "message": {
            "holder": OWNER,
            "spender": UNIVERSAL_ROUTER,
            "nonce": "0x7",
            "expiry": EXPIRY,
            "allowed": True,
        },
    }


def permit2_single():
    return {
        "types": {
            "EIP712Domain": PERMIT2_DOMAIN_TYPE,
            "PermitDetails": PERMIT_DETAILS,
            "PermitSingle": [
                {"name": "details", "type": "PermitDetails"},
                {"name": "spender", "type": "address"},
                {"name": "sigDeadline", "type": "uint256"},
            ],
        },
        "primaryType": "PermitSingle",
        "domain": PERMIT2_DOMAIN,
        "message": {
            "details": {
                "token": USDC, "amount": str(MAX_UINT160), "expiration": EXPIRY, "nonce": 0,
            },
            "spender": UNIVERSAL_ROUTER,
            "sigDeadline": DEADLINE,
        },
    }


def permit2_batch():
    return {
        "types": {
            "EIP712Domain": PERMIT2_DOMAIN_TYPE,
            "PermitDetails": PERMIT_DETAILS,
            "PermitBatch": [
                {"name": "details", "type": "PermitDetails[]"},
                {"name": "spender", "type": "address"},
                {"name": "sigDeadline", "type": "uint256"},
            ],
        },
        "primaryType": "PermitBatch",
        "domain": PERMIT2_DOMAIN,
        "message": {
            "details": [
                {"token": USDC, "amount": "2500000000", "expiration": EXPIRY, "nonce": 1},
                {"token": WETH, "amount": str(MAX_UINT160), "expiration": EXPIRY, "nonce": 0},
            ],
            "spender": UNIVERSAL_ROUTER,
            "sigDeadline": DEADLINE,
        },
    }


def permit2_transfer_from():
    return {
        "types": {
            "EIP712Domain": PERMIT2_DOMAIN_TYPE,
            "TokenPermissions": TOKEN_PERMISSIONS,
            "PermitTransferFrom": [
                {"name": "permitted", "type": "TokenPermissions"},
                {"name": "spender", "type": "address"},
                {"name": "nonce", "type": "uint256"},
                {"name": "deadline", "type": "uint256"},
            ],
        },
        "primaryType": "PermitTransferFrom",
        "domain": PERMIT2_DOMAIN,
        "message": {
            "permitted": {"token": DAI, "amount": str(250 * 10**18)},
            "spender": UNIVERSAL_ROUTER,
            "nonce": "1993349843395985",
            "deadline": DEADLINE,
        },
    }


def permit2_batch_transfer_from():
    return {
        "types": {
            "EIP712Domain": PERMIT2_DOMAIN_TYPE,
            "TokenPermissions": TOKEN_PERMISSIONS,
            "PermitBatchTransferFrom": [
                {"name": "permitted", "type": "TokenPermissions[]"},
                {"name": "spender", "type": "address"},
                {"name": "nonce", "type": "uint256"},
                {"name": "deadline", "type": "uint256"},
            ],
        },
        "primaryType": "PermitBatchTransferFrom",
        "domain": PERMIT2_DOMAIN,
        "message": {
            "permitted": [
                {"token": USDC, "amount": "5000000"},
                {"token": WETH, "amount": str(MAX_UINT256)},
            ],
            "spender": UNIVERSAL_ROUTER,
            "nonce": 2,
            "deadline": DEADLINE,
        },
    }


def permit2_witness_transfer_from():
    """Permit2's witness form, with the example witness of Uniswap's Permit2 documentation."""
    return {
        "types": {
            "EIP712Domain": PERMIT2_DOMAIN_TYPE,
            "TokenPermissions": TOKEN_PERMISSIONS,
            "ExampleTrade": [
                {"name": "exampleTokenAddress", "type": "address"},
                {"name": "exampleMinimumAmountOut", "type": "uint256"},
            ],
            "PermitWitnessTransferFrom": [
                {"name": "permitted", "type": "TokenPermissions"},
                {"name": "spender", "type": "address"},
                {"name": "nonce", "type": "uint256"},
                {"name": "deadline", "type": "uint256"},
                {"name": "witness", "type": "ExampleTrade"},
            ],
        },
        "primaryType": "PermitWitnessTransferFrom",
        "domain": PERMIT2_DOMAIN,
        "message": {
            "permitted": {"token": USDC, "amount": "100000000"},
            "spender": UNIVERSAL_ROUTER,
            "nonce": 3,
            "deadline": DEADLINE,
            "witness": {"exampleTokenAddress": WETH, "exampleMinimumAmountOut": str(3 * 10**16)},
        },
    }


def seaport_order():
    """A Seaport 1.6 listing: one BAYC token for 10 ETH to the seller plus a 0.25 ETH fee."""
    item = [
        {"name": "itemType", "type": "uint8"},
        {"name": "token", "type": "address"},
        {"name": "identifierOrCriteria", "type": "uint256"},
        {"name": "startAmount", "type": "uint256"},
        {"name": "endAmount", "type": "uint256"},
    ]
    zero = "0x0000000000000000000000000000000000000000"
    zero32 = "0x" + "00" * 32
    return {
        "types": {
            "EIP712Domain": DOMAIN_TYPE,
            "OrderComponents": [
                {"name": "offerer", "type": "address"},
                {"name": "zone", "type": "address"},
                {"name": "offer", "type": "OfferItem[]"},
                {"name": "consideration", "type": "ConsiderationItem[]"},
                {"name": "orderType", "type": "uint8"},
                {"name": "startTime", "type": "uint256"},
                {"name": "endTime", "type": "uint256"},
                {"name": "zoneHash", "type": "bytes32"},
                {"name": "salt", "type": "uint256"},
                {"name": "conduitKey", "type": "bytes32"},
                {"name": "counter", "type": "uint256"},
            ],
            "OfferItem": item,
            "ConsiderationItem": item + [{"name": "recipient", "type": "address"}],
        },
        "primaryType": "OrderComponents",
        "domain": {"name": "Seaport", "version": "1.6", "chainId": 1, "verifyingContract": SEAPORT},
        "message": {
            "offerer": OWNER,
            "zone": zero,
            "offer": [
                {
                    "itemType": 2,
                    "token": BAYC,
                    "identifierOrCriteria": "8520",
                    "startAmount": "1",
                    "endAmount": "1",
                }
            ],
            "consideration": [
                {
                    "itemType": 0,
                    "token": zero,
                    "identifierOrCriteria": "0",
                    "startAmount": str(975 * 10**16),
                    "endAmount": str(975 * 10**16),
                    "recipient": OWNER,
                },
                {
                    "itemType": 0,
                    "token": zero,
                    "identifierOrCriteria": "0",
                    "startAmount": str(25 * 10**16),
                    "endAmount": str(25 * 10**16),
                    "recipient": OPENSEA_FEES,
                },
            ],
            "orderType": 0,
            "startTime": utc(2026, 11, 28),
            "endTime": EXPIRY,
            "zoneHash": zero32,
            "salt": "0x360c6ebe0000000000000000000000000000000000000000e7b8cd3e6f7d1a53",
            "conduitKey": "0x0000007b02230091a7ed01230072f7006a004d60a8d4e71d599b8104250f0000",
            "counter": "0",
        },
    }


def nested_arrays():
    """Arrays of arrays of structs, fixed-size arrays, signed integers and dynamic bytes."""
    return {
        "types": {
            "EIP712Domain": [
                {"name": "name", "type": "string"},
                {"name": "chainId", "type": "uint256"},
                {"name": "salt", "type": "bytes32"},
            ],
            "Person": [{"name": "name", "type": "string"}, {"name": "wallet", "type": "address"}],
            "Team": [{"name": "lead", "type": "Person"}, {"name": "members", "type": "Person[]"}],
            "League": [
                {"name": "teams", "type": "Team[]"},
                {"name": "rounds", "type": "Person[][]"},
                {"name": "scores", "type": "int16[2][]"},
                {"name": "tags", "type": "bytes4[3]"},
                {"name": "blob", "type": "bytes"},
                {"name": "delta", "type": "int8"},
                {"name": "active", "type": "bool"},
            ],
        },
        "primaryType": "League",
        "domain": {"name": "Nested", "chainId": 10, "salt": "0x" + "ab" * 32},
        "message": {
            "teams": [
                {
                    "lead": {"name": "Ann", "wallet": OWNER},
                    "members": [
                        {"name": "Bo", "wallet": USDC},
                        {"name": "Cy", "wallet": DAI},
                    ],
                },
                {"lead": {"name": "Dee", "wallet": WETH}, "members": []},
            ],
            "rounds": [
                [{"name": "Ed", "wallet": PERMIT2}], [], [{"name": "Fi", "wallet": SEAPORT}],
            ],
            "scores": [[3, -2], ["-32768", "32767"]],
            "tags": ["0x01020304", "0xdeadbeef", "0x00000000"],
            "blob": "0x" + "0123456789abcdef" * 5,
            "delta": -128,
            "active": False,
        },
    }


def inner(signature, types, values):
    return keccak(text=signature)[:4] + encode(types, values)


def call(name, contract, signature, types, values):
    selector = keccak(text=signature)[:4]
    return {
        "name": name,
        "chainId": 1,
        "to": contract,
        "signature": signature,
        "calldata": "0x" + (selector + encode(types, values)).hex(),
    }


def clear_signing_calls():
    """Calls to contracts the public ERC-7730 registry describes (Uniswap, Tether, Aave)."""
    router = "0x68b3465833fb72A70ecDF485E0e4C7bD8665Fc45"
    usdt = "0xdAC17F958D2ee523a2206206994597C13D831ec7"
    aave_pool = "0x87870Bca3F3fD6335C3F4ce8392D69350B4fA4E2"
    single = "(address,address,uint24,address,uint256,uint256,uint160)"
    return [
        call(
            "uniswap-exact-input-single", router, f"exactInputSingle({single})", [single],
            [(USDC, WETH, 500, OWNER, 1000 * 10**6, 3 * 10**17, 0)],
        ),
        call("usdt-approve-unlimited", usdt, "approve(address,uint256)", ["address", "uint256"],
             [PERMIT2, MAX_UINT256]),
        call("usdt-transfer", usdt, "transfer(address,uint256)", ["address", "uint256"],
             [OWNER, 12_345_678]),
        call(
            "aave-multicall", aave_pool, "multicall(bytes[])", ["bytes[]"],
            [[
                inner("supply(address,uint256,address,uint16)",
                      ["address", "uint256", "address", "uint16"], [USDC, 500 * 10**6, OWNER, 0]),
                inner("withdraw(address,uint256,address)", ["address", "uint256", "address"],
                      [WETH, MAX_UINT256, OWNER]),
            ]],
        ),
    ]


def vector(name, document):
    message_types = {k: v for k, v in document["types"].items() if k != "EIP712Domain"}
    signable = encode_typed_data(full_message=document)
    digest = _hash_eip191_message(signable)
    signed = Account.sign_typed_data(KEY, full_message=document)
    assert signed.message_hash == digest, name
    return {
        "name": name,
        "typedData": document,
        "encodeType": encode_type(document["primaryType"], message_types),
        "domainSeparator": "0x" + hash_domain(document["domain"]).hex(),
        "messageHash": "0x"
        + hash_struct(document["primaryType"], message_types, document["message"]).hex(),
        "digest": "0x" + digest.hex(),
        "signature": "0x" + signed.signature.hex(),
        "signer": OWNER,
    }


def main():
    cases = [
        ("eip712-mail", mail()),
        ("eip2612-permit", eip2612_permit()),
        ("dai-permit", dai_permit()),
        ("permit2-single", permit2_single()),
        ("permit2-batch", permit2_batch()),
        ("permit2-transfer-from", permit2_transfer_from()),
        ("permit2-batch-transfer-from", permit2_batch_transfer_from()),
        ("permit2-witness-transfer-from", permit2_witness_transfer_from()),
        ("seaport-order", seaport_order()),
        ("nested-arrays", nested_arrays()),
    ]
    vectors = [vector(name, document) for name, document in cases]
    # The EIP-712 specification states this digest for its Mail example.
    mail_digest = "0xbe609aee343fb3c4b28e1df9e632fca64fcfaede20f02e86244efddf30957bd2"
    assert vectors[0]["digest"] == mail_digest
    FIXTURE.write_text(json.dumps(vectors, indent=1) + "\n")
    CALLS_FIXTURE.write_text(json.dumps(clear_signing_calls(), indent=1) + "\n")
    (SAMPLES / "permit2-single.json").write_text(json.dumps(permit2_single(), indent=2) + "\n")
    rpc = {"jsonrpc": "2.0", "id": 1, "method": "eth_signTypedData_v4",
           "params": [OWNER, json.dumps(eip2612_permit())]}
    (SAMPLES / "eip2612-permit.json").write_text(json.dumps(rpc, indent=2) + "\n")
    print(f"wrote {len(vectors)} vectors to {FIXTURE.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
