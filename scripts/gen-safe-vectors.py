"""Writes Tests/CLITests/Fixtures/safe/vectors.json: Safe transactions (EIP-712 SafeTx, and an
execTransaction call) with the digest eth-account computes for each typed message, so the tests
check txray's reading against data another library encoded.

    scripts/with-venv python3 scripts/gen-safe-vectors.py
"""
import json
import os

from eth_abi import encode
from eth_account.messages import encode_typed_data
from eth_utils import keccak

ROOT = os.path.join(os.path.dirname(__file__), "..")
OUT = os.path.join(ROOT, "Tests", "CLITests", "Fixtures", "safe", "vectors.json")

SAFE = "0x1111111111111111111111111111111111111111"
USDC = "0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48"
BOB = "0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045"
# Any contract that is not one of Safe's batching libraries.
OTHER_CODE = "0x2222222222222222222222222222222222222222"
MULTISEND_CALL_ONLY = "0x40A2aCCbd92BCA938b02010E17A5b8929b49130D"  # safe-deployments v1.3.0
ZERO = "0x" + "00" * 20

TRANSFER = keccak(text="transfer(address,uint256)")[:4] + encode(["address", "uint256"], [BOB, 100_000_000])


def multisend(calls):
    packed = b"".join(
        bytes([op]) + bytes.fromhex(to[2:]) + value.to_bytes(32, "big") + len(data).to_bytes(32, "big") + data
        for op, to, value, data in calls)
    return keccak(text="multiSend(bytes)")[:4] + encode(["bytes"], [packed])


def safe_tx(to, data, operation, value=0):
    typed = {
        "types": {
            "EIP712Domain": [{"name": "chainId", "type": "uint256"}, {"name": "verifyingContract", "type": "address"}],
            "SafeTx": [
                {"name": "to", "type": "address"}, {"name": "value", "type": "uint256"},
                {"name": "data", "type": "bytes"}, {"name": "operation", "type": "uint8"},
                {"name": "safeTxGas", "type": "uint256"}, {"name": "baseGas", "type": "uint256"},
                {"name": "gasPrice", "type": "uint256"}, {"name": "gasToken", "type": "address"},
                {"name": "refundReceiver", "type": "address"}, {"name": "nonce", "type": "uint256"},
            ],
        },
        "primaryType": "SafeTx",
        "domain": {"chainId": 1, "verifyingContract": SAFE},
        "message": {
            "to": to, "value": str(value), "data": "0x" + data.hex(), "operation": operation,
            "safeTxGas": "0", "baseGas": "0", "gasPrice": "0", "gasToken": ZERO, "refundReceiver": ZERO,
            "nonce": "7",
        },
    }
    signable = encode_typed_data(full_message=typed)
    digest = keccak(b"\x19" + signable.version + signable.header + signable.body)
    return {"typedData": typed, "digest": "0x" + digest.hex()}


def exec_transaction(to, data, operation):
    selector = keccak(text="execTransaction(address,uint256,bytes,uint8,uint256,uint256,uint256,address,address,bytes)")[:4]
    args = encode(
        ["address", "uint256", "bytes", "uint8", "uint256", "uint256", "uint256", "address", "address", "bytes"],
        [to, 0, data, operation, 0, 0, 0, ZERO, ZERO, b"\x01" * 65])
    return {"request": {"from": BOB, "to": SAFE, "chainId": "0x1", "data": "0x" + (selector + args).hex()}}


vectors = {
    "delegatecall": safe_tx(OTHER_CODE, TRANSFER, 1),
    "transfer": safe_tx(USDC, TRANSFER, 0),
    "ether": safe_tx(BOB, b"", 0, value=10**18),
    "multisend": safe_tx(MULTISEND_CALL_ONLY, multisend([(0, USDC, 0, TRANSFER)]), 1),
    "execDelegatecall": exec_transaction(OTHER_CODE, TRANSFER, 1),
    "execCall": exec_transaction(USDC, TRANSFER, 0),
}
with open(OUT, "w") as f:
    json.dump(vectors, f, indent=1)
    f.write("\n")
print(f"wrote {len(vectors)} vectors to {OUT}")
