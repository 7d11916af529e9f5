#!/usr/bin/env python3
"""Writes txray's independent transaction vectors and the bundled samples.

Every transaction is built and signed by eth-account. The expected values are then checked from a
second side before they are written: each signer (sender and EIP-7702 authority) is recovered again
with coincurve, each signing payload is cut from the signed bytes with pyrlp and must hash to the
digest eth-account signed, and the fields decoded from the bytes must equal the fields asked for.
A bug in one library therefore cannot slip into the fixture unnoticed.

Deterministic: fixed keys and fields, RFC 6979 signatures, KZG over a fixed blob. Run with
    scripts/with-venv python3 scripts/gen-vectors.py
It writes Tests/EVMTests/Fixtures/eth-account-vectors.json and samples/*.
"""

import functools
import hashlib
import json
from pathlib import Path

import coincurve
import rlp
from eth_account import Account
from eth_account._utils.legacy_transactions import serializable_unsigned_transaction_from_dict
from eth_account.typed_transactions.base import Blob, BlobPooledTransactionData
from eth_utils import keccak, to_checksum_address
from hexbytes import HexBytes

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "Tests/EVMTests/Fixtures/eth-account-vectors.json"
SAMPLES = ROOT / "samples"

# Publicly known throwaway keys: accounts #0 and #1 of the Hardhat/Anvil default mnemonic and the
# key from eth-account's own documentation. Anyone can spend from them; they must never hold value.
KEY_A = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"
KEY_B = "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d"
KEY_C = "0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318"
ADDR_A = Account.from_key(KEY_A).address
ADDR_B = Account.from_key(KEY_B).address

MAX_UINT256 = 2**256 - 1
GWEI = 10**9
ETHER = 10**18

USDC = "0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48"
WETH = "0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2"
PERMIT2 = "0x000000000022D473030F116dDEE9F6B43aC78BA3"
VITALIK = "0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045"
BASE_BATCH_INBOX = "0xFf00000000000000000000000000000000008453"
DELEGATE = "0x63c0c19a282a1B52b07dD5a65b58948A07DAE32B"
RECIPIENT = "0x3535353535353535353535353535353535353535"

# Deploys a 10-byte runtime that returns 42: CODECOPY the tail, RETURN it. Small enough to read
# by eye, real enough for an interpreter to run.
INITCODE = bytes.fromhex("600a600c600039600a6000f3" + "602a60005260206000f3")

# The order of each type's unsigned fields on the wire (EIP-2718 payloads without y, r, s).
FIELD_ORDER = {
    0: ["nonce", "gasPrice", "gasLimit", "to", "value", "data"],
    1: ["chainId", "nonce", "gasPrice", "gasLimit", "to", "value", "data", "accessList"],
    2: ["chainId", "nonce", "maxPriorityFeePerGas", "maxFeePerGas", "gasLimit", "to", "value",
        "data", "accessList"],
}
FIELD_ORDER[3] = FIELD_ORDER[2] + ["maxFeePerBlobGas", "blobVersionedHashes"]
FIELD_ORDER[4] = FIELD_ORDER[2] + ["authorizationList"]
FEE_FIELDS = ["gasPrice", "maxFeePerGas", "maxPriorityFeePerGas", "maxFeePerBlobGas"]


def hex0x(data: bytes) -> str:
    return "0x" + bytes(data).hex()


def as_int(item: bytes) -> int:
    return int.from_bytes(item, "big")


def calldata(selector: str, *words: int | str) -> bytes:
    """ABI-encodes static arguments (uint256 or address) after a 4-byte selector."""
    out = bytes.fromhex(selector)
    for word in words:
        value = int(word, 16) if isinstance(word, str) else word
        out += value.to_bytes(32, "big")
    return out


def approve(spender: str, amount: int) -> bytes:
    return calldata("095ea7b3", spender, amount)


def transfer(to: str, amount: int) -> bytes:
    return calldata("a9059cbb", to, amount)


def make_blob() -> bytes:
    """A blob of 4096 field elements, each a zero byte then 31 bytes of readable text.

    The leading zero keeps every element below the BLS12-381 modulus, which KZG requires.
    """
    elements = (f"txray test blob, element {i:04d}".encode().ljust(31, b".") for i in range(4096))
    return b"".join(b"\x00" + element for element in elements)


@functools.cache
def sidecar_of(blob: bytes) -> BlobPooledTransactionData:
    """eth-account's KZG commitment and proofs for one blob; cached since each costs seconds."""
    return BlobPooledTransactionData(blobs=[Blob(data=HexBytes(blob))])


def recover(digest: bytes, y_parity: int, r: int, s: int) -> str:
    """The signer's address, recovered by coincurve (libsecp256k1) rather than eth-keys."""
    signature = r.to_bytes(32, "big") + s.to_bytes(32, "big") + bytes([y_parity])
    key = coincurve.PublicKey.from_signature_and_message(signature, digest, hasher=None)
    return to_checksum_address(keccak(key.format(compressed=False)[1:])[-20:])


def split_signed(canonical: bytes) -> tuple[bytes, int, int, int]:
    """(signing payload, yParity, r, s) of a signed tx, taken apart with pyrlp alone."""
    if canonical[0] >= 0xC0:  # legacy: the whole tx is one RLP list, there is no type byte
        *fields, v, r, s = rlp.decode(canonical)
        v = as_int(v)
        if v in (27, 28):
            return rlp.encode(fields), v - 27, as_int(r), as_int(s)
        chain_id, y_parity = divmod(v - 35, 2)
        return rlp.encode(fields + [chain_id, 0, 0]), y_parity, as_int(r), as_int(s)
    *fields, y_parity, r, s = rlp.decode(canonical[1:])
    return canonical[:1] + rlp.encode(fields), as_int(y_parity), as_int(r), as_int(s)


def fields_from_payload(payload: bytes) -> dict:
    """Decodes a signing payload into the fixture's field representation."""
    if payload[0] >= 0xC0:
        items = rlp.decode(payload)
        tx_type, chain_id = 0, None
        if len(items) == 9:  # EIP-155: chainId, 0, 0 follow the six fields
            chain_id = str(as_int(items[6]))
        items = items[:6]
    else:
        tx_type, items = payload[0], rlp.decode(payload[1:])
    fields = dict(zip(FIELD_ORDER[tx_type], items, strict=True))
    out = {"chainId": chain_id} if tx_type == 0 else {}
    for name, item in fields.items():
        if name == "to":
            out[name] = to_checksum_address(item) if item else None
        elif name == "data":
            out[name] = hex0x(item)
        elif name == "accessList":
            out[name] = [{"address": to_checksum_address(address),
                          "storageKeys": [hex0x(key) for key in keys]}
                         for address, keys in item]
        elif name == "blobVersionedHashes":
            out[name] = [hex0x(h) for h in item]
        elif name == "authorizationList":
            out[name] = [authorization_fields(a) for a in item]
        else:
            out[name] = str(as_int(item))
    return out


def authorization_fields(item: list) -> dict:
    """An EIP-7702 tuple, its authority recovered from keccak(0x05 || rlp([chain, addr, nonce]))."""
    chain_id, address, nonce, y_parity, r, s = item
    digest = keccak(b"\x05" + rlp.encode([chain_id, address, nonce]))
    return {
        "chainId": str(as_int(chain_id)), "address": to_checksum_address(address),
        "nonce": str(as_int(nonce)), "yParity": str(as_int(y_parity)),
        "r": str(as_int(r)), "s": str(as_int(s)),
        "authority": recover(digest, as_int(y_parity), as_int(r), as_int(s)),
    }


def intended_fields(tx: dict, tx_type: int) -> dict:
    """The fields as the vector asked for them, to compare with what the bytes decode to."""
    out = {}
    if tx_type == 0:
        out["chainId"] = str(tx["chainId"]) if tx.get("chainId") is not None else None
    else:
        out["chainId"] = str(tx["chainId"])
    out["nonce"] = str(tx["nonce"])
    out["to"] = to_checksum_address(tx["to"]) if tx.get("to") else None
    out["value"] = str(tx.get("value", 0))
    out["gasLimit"] = str(tx["gas"])
    for name in FEE_FIELDS:
        if name in tx:
            out[name] = str(tx[name])
    out["data"] = hex0x(HexBytes(tx.get("data", b"")))
    if tx_type != 0:
        out["accessList"] = [{"address": to_checksum_address(e["address"]),
                              "storageKeys": [hex0x(HexBytes(k)) for k in e["storageKeys"]]}
                             for e in tx.get("accessList", [])]
    if tx_type == 3:
        out["blobVersionedHashes"] = [hex0x(HexBytes(h)) for h in tx["blobVersionedHashes"]]
    if tx_type == 4:
        out["authorizationList"] = [
            {"chainId": str(a.chain_id), "address": to_checksum_address(a.address),
             "nonce": str(a.nonce), "yParity": str(a.y_parity), "r": str(a.r), "s": str(a.s),
             "authority": to_checksum_address(a.authority)}
            for a in tx["authorizationList"]]
    return out


def tx_type_of(tx: dict) -> int:
    return int(tx.get("type", 0))


def checked_fields(payload: bytes, tx: dict) -> dict:
    """Fields decoded from the payload, after proving they match the intended ones."""
    decoded = fields_from_payload(payload)
    intended = intended_fields(tx, tx_type_of(tx))
    # Key order differs (wire order vs. reading order); the fixture uses the reading order.
    assert decoded == intended, f"decoded {decoded} != intended {intended}"
    return intended


def eth_account_signing_hash(tx: dict) -> bytes:
    return bytes(serializable_unsigned_transaction_from_dict(dict(tx)).hash())


def signed_entry(name: str, tx: dict, key: str) -> dict:
    signed = Account.sign_transaction(tx, key)
    raw = bytes(signed.raw_transaction)
    payload, y_parity, r, s = split_signed(raw)
    digest = keccak(payload)
    assert digest == eth_account_signing_hash(tx), name
    sender = recover(digest, y_parity, r, s)
    assert sender == Account.from_key(key).address == Account.recover_transaction(raw), name
    assert keccak(raw) == bytes(signed.hash), name
    return {
        "name": name, "type": tx_type_of(tx), "format": "signed", "input": hex0x(raw),
        "sender": sender, "hash": hex0x(keccak(raw)), "signingHash": hex0x(digest),
        **checked_fields(payload, tx),
        "signature": {"v": str(signed.v), "r": str(r), "s": str(s)},
        "networkForm": False,
    }


def unsigned_entry(name: str, tx: dict) -> dict:
    """The bytes a wallet signs; cut from a signed copy (the key does not change the payload)."""
    payload, *_ = split_signed(bytes(Account.sign_transaction(tx, KEY_C).raw_transaction))
    digest = keccak(payload)
    assert digest == eth_account_signing_hash(tx), name
    return {
        "name": name, "type": tx_type_of(tx), "format": "unsigned", "input": hex0x(payload),
        "sender": None, "hash": None, "signingHash": hex0x(digest),
        **checked_fields(payload, tx), "networkForm": False,
    }


def quantity(value: int) -> str:
    return hex(value)


def json_request(tx: dict, sender: str, data_key: str = "data", with_type: bool = True) -> dict:
    """A transaction as a wallet passes it to eth_sendTransaction: quantities as 0x-hex."""
    request = {"from": sender}
    if "to" in tx:
        request["to"] = tx["to"]
    if with_type and tx_type_of(tx) != 0:
        request["type"] = quantity(tx_type_of(tx))
    for name, value in tx.items():
        if name in ("type", "to"):
            continue
        if name == "accessList":
            request[name] = value
        elif name == "blobVersionedHashes":
            request[name] = [hex0x(HexBytes(h)) for h in value]
        elif name == "data":
            request[data_key] = hex0x(HexBytes(value))
        elif name == "authorizationList":
            request[name] = [{"chainId": quantity(a.chain_id),
                              "address": to_checksum_address(a.address),
                              "nonce": quantity(a.nonce), "yParity": quantity(a.y_parity),
                              "r": quantity(a.r), "s": quantity(a.s)} for a in value]
        else:
            request[name] = quantity(value)
    return request


def request_entry(name: str, tx: dict, sender: str, **style) -> dict:
    request = json_request(tx, sender, **style)
    # eth-account reads the wallet form itself (hex quantities); only the sender and the "input"
    # alias are outside its dictionary format.
    as_eth_account = {k: v for k, v in request.items() if k not in ("from", "input")}
    if "input" in request:
        as_eth_account["data"] = request["input"]
    digest = eth_account_signing_hash(as_eth_account)
    assert digest == eth_account_signing_hash(tx), name
    expected = intended_fields(tx, tx_type_of(tx))
    return {
        "name": name, "type": tx_type_of(tx), "format": "request", "input": request,
        "sender": to_checksum_address(sender), "hash": None, "signingHash": hex0x(digest),
        **expected, "networkForm": False,
    }


def blob_entries(name: str, tx: dict, key: str, blob: bytes) -> list[dict]:
    """The same blob tx in canonical form and in both network (pooled) forms.

    eth-account emits the EIP-7594 form (wrapper version 1, 128 cell proofs per blob); the
    original EIP-4844 form (one blob proof per blob, no version) is assembled here from
    eth-account's own KZG outputs, since a decoder meets both.
    """
    sidecar = sidecar_of(blob)
    commitment = bytes(sidecar.commitments[0].data)
    versioned_hash = b"\x01" + hashlib.sha256(commitment).digest()[1:]
    assert versioned_hash == bytes(sidecar.versioned_hashes[0].data)
    tx = {**tx, "blobVersionedHashes": [versioned_hash]}
    canonical = signed_entry(name, tx, key)

    pooled_7594 = bytes(Account.sign_transaction(tx, key, blobs=[blob]).raw_transaction)
    body, version, blobs, commitments, cell_proofs = rlp.decode(pooled_7594[1:])
    canonical_raw = bytes.fromhex(canonical["input"][2:])
    assert pooled_7594[:1] + rlp.encode(body) == canonical_raw
    assert (as_int(version), blobs, commitments, len(cell_proofs)) == (1, [blob], [commitment], 128)
    proof = bytes(sidecar.proofs[0].data)
    pooled_4844 = b"\x03" + rlp.encode([body, [blob], [commitment], [proof]])

    def network(suffix: str, raw: bytes, version: int | None, proofs: list[bytes]) -> dict:
        return {**canonical, "name": f"{name}-{suffix}", "input": hex0x(raw), "networkForm": True,
                "sidecar": {"wrapperVersion": version, "blobCount": 1,
                            "commitments": [hex0x(commitment)],
                            "proofs": [hex0x(p) for p in proofs]}}

    return [canonical,
            network("network-eip7594", pooled_7594, 1, cell_proofs),
            network("network-eip4844", pooled_4844, None, [proof])]


def signed_authorizations() -> list:
    """Two EIP-7702 tuples from other keys: one bound to mainnet, one valid on every chain."""
    return [
        Account.sign_authorization({"chainId": 1, "address": DELEGATE, "nonce": 0}, KEY_B),
        Account.sign_authorization({"chainId": 0, "address": DELEGATE, "nonce": 7}, KEY_C),
    ]


def legacy(nonce: int, gas_price: int, gas: int, to: str | None, value: int, data: bytes = b"",
           chain_id: int | None = 1) -> dict:
    tx = {"nonce": nonce, "gasPrice": gas_price, "gas": gas, "value": value, "data": data,
          "chainId": chain_id}
    if to is not None:
        tx["to"] = to
    return tx


def dynamic(nonce: int, tip: int, max_fee: int, gas: int, to: str | None, value: int,
            data: bytes = b"", chain_id: int = 1, access_list: list | None = None, **extra) -> dict:
    tx = {"type": 2, "chainId": chain_id, "nonce": nonce, "maxPriorityFeePerGas": tip,
          "maxFeePerGas": max_fee, "gas": gas, "value": value, "data": data,
          "accessList": access_list or []}
    if to is not None:
        tx["to"] = to
    return {**tx, **extra}


def access_list_tx(nonce: int, gas_price: int, gas: int, to: str | None, value: int,
                   access_list: list, data: bytes = b"", chain_id: int = 1) -> dict:
    tx = {"type": 1, "chainId": chain_id, "nonce": nonce, "gasPrice": gas_price, "gas": gas,
          "value": value, "data": data, "accessList": access_list}
    if to is not None:
        tx["to"] = to
    return tx


def slot(n: int) -> str:
    return "0x" + n.to_bytes(32, "big").hex()


TWO_ENTRY_ACCESS_LIST = [
    {"address": USDC, "storageKeys": [slot(0), slot(2**255 + 3)]},
    {"address": WETH, "storageKeys": []},
]


def vectors(blob: bytes) -> list[dict]:
    auths = signed_authorizations()
    setcode = dynamic(3, 2 * GWEI, 40 * GWEI, 120_000, ADDR_A, 0, type=4, authorizationList=auths)
    setcode_self = dynamic(9, GWEI, 30 * GWEI, 80_000, ADDR_A, 0, type=4, authorizationList=[
        Account.sign_authorization({"chainId": 1, "address": DELEGATE, "nonce": 10}, KEY_A)])
    setcode_rich = dynamic(0, 0, 7, 500_000, DELEGATE, 12345, calldata("d09de08a"),
                           chain_id=17000, access_list=TWO_ENTRY_ACCESS_LIST, type=4,
                           authorizationList=auths[::-1])
    blob_tx = dynamic(5, 2 * GWEI, 50 * GWEI, 21_000, BASE_BATCH_INBOX, 0, type=3,
                      maxFeePerBlobGas=10 * GWEI)
    blob_two = dynamic(0, 1, 2, 100_000, RECIPIENT, 1, b"\x01\x02", chain_id=11155111,
                       access_list=TWO_ENTRY_ACCESS_LIST, type=3, maxFeePerBlobGas=1,
                       blobVersionedHashes=[b"\x01" + bytes([i]) * 31 for i in (0xAA, 0xBB)])
    blob_max = dynamic(2**64 - 2, MAX_UINT256, MAX_UINT256, 2**64 - 1, RECIPIENT, MAX_UINT256,
                       type=3, maxFeePerBlobGas=MAX_UINT256, blobVersionedHashes=[b"\x01" * 32])
    large_data = bytes((i * 7 + 3) % 256 for i in range(70_000))  # needs a 3-byte RLP length

    out = [
        # Legacy: pre-EIP-155 (v = 27/28) and EIP-155 (v = chainId*2 + 35/36).
        signed_entry("legacy-pre155-transfer", legacy(0, 20 * GWEI, 21_000, RECIPIENT, ETHER,
                                                      chain_id=None), KEY_C),
        signed_entry("legacy-pre155-contract-creation", legacy(1, 10 * GWEI, 100_000, None, 0,
                                                               INITCODE, chain_id=None), KEY_A),
        signed_entry("legacy-eip155-transfer", legacy(9, 20 * GWEI, 21_000, RECIPIENT, ETHER),
                     KEY_C),
        signed_entry("legacy-eip155-sepolia-erc20-transfer",
                     legacy(42, 3 * GWEI, 65_000, USDC, 0, transfer(ADDR_B, 10**6),
                            chain_id=11155111), KEY_A),
        signed_entry("legacy-eip155-contract-creation", legacy(0, GWEI, 100_000, None, 0,
                                                               INITCODE), KEY_B),
        signed_entry("legacy-eip155-all-zero", legacy(0, 0, 21_000, RECIPIENT, 0), KEY_B),
        signed_entry("legacy-eip155-max-values", legacy(2**64 - 1, MAX_UINT256, 2**64 - 1,
                                                        RECIPIENT, MAX_UINT256), KEY_A),
        signed_entry("legacy-eip155-chain-id-2^64", legacy(1, GWEI, 21_000, RECIPIENT, 1,
                                                           chain_id=2**64), KEY_A),
        signed_entry("legacy-eip155-data-55-bytes", legacy(2, GWEI, 50_000, RECIPIENT, 0,
                                                           bytes(range(55))), KEY_B),
        signed_entry("legacy-eip155-data-56-bytes", legacy(3, GWEI, 50_000, RECIPIENT, 0,
                                                           bytes(range(56))), KEY_B),
        signed_entry("legacy-eip155-large-data-70000-bytes",
                     legacy(4, GWEI, 30_000_000, RECIPIENT, 0, large_data), KEY_B),
        signed_entry("legacy-eip155-single-byte-value-0x7f",
                     legacy(0x7F, 0x80, 21_000, RECIPIENT, 0x7F), KEY_C),
        # EIP-2930
        signed_entry("access-list-two-entries",
                     access_list_tx(0, 15 * GWEI, 60_000, USDC, 0, TWO_ENTRY_ACCESS_LIST,
                                    transfer(ADDR_B, 5)), KEY_A),
        signed_entry("access-list-empty-list", access_list_tx(1, GWEI, 21_000, RECIPIENT, 10, []),
                     KEY_B),
        signed_entry("access-list-contract-creation",
                     access_list_tx(2, GWEI, 120_000, None, 0,
                                    [{"address": RECIPIENT, "storageKeys": [slot(1)]}], INITCODE,
                                    chain_id=5), KEY_C),
        # EIP-1559
        signed_entry("dynamic-fee-eth-transfer",
                     dynamic(7, GWEI, 30 * GWEI, 21_000, VITALIK, 15 * ETHER // 10), KEY_A),
        signed_entry("dynamic-fee-erc20-approve-unlimited",
                     dynamic(8, GWEI, 30 * GWEI, 60_000, USDC, 0, approve(PERMIT2, MAX_UINT256)),
                     KEY_A),
        signed_entry("dynamic-fee-contract-creation",
                     dynamic(0, GWEI, 20 * GWEI, 200_000, None, 0, INITCODE), KEY_B),
        signed_entry("dynamic-fee-nonce-0-empty-data",
                     dynamic(0, 0, 0, 21_000, RECIPIENT, 0), KEY_C),
        signed_entry("dynamic-fee-max-values",
                     dynamic(2**64 - 2, MAX_UINT256, MAX_UINT256, 2**64 - 1, RECIPIENT,
                             MAX_UINT256, chain_id=MAX_UINT256), KEY_A),
        signed_entry("dynamic-fee-access-list",
                     dynamic(1, 2 * GWEI, 40 * GWEI, 90_000, WETH, ETHER // 2, calldata("d0e30db0"),
                             access_list=TWO_ENTRY_ACCESS_LIST), KEY_B),
        signed_entry("dynamic-fee-large-nonce-base-chain",
                     dynamic(1_000_000_007, 1000, 10**7, 21_000, RECIPIENT, 1, chain_id=8453),
                     KEY_C),
        signed_entry("dynamic-fee-value-0x80", dynamic(0x80, 1, 1, 21_000, RECIPIENT, 0x80), KEY_A),
        # EIP-4844: canonical, EIP-7594 network form, original EIP-4844 network form.
        *blob_entries("blob-one-real-blob", blob_tx, KEY_A, blob),
        signed_entry("blob-two-hashes-access-list", blob_two, KEY_B),
        signed_entry("blob-max-values", blob_max, KEY_C),
        # EIP-7702
        signed_entry("setcode-two-authorizations", setcode, KEY_A),
        signed_entry("setcode-self-sponsored", setcode_self, KEY_A),
        signed_entry("setcode-access-list-and-data", setcode_rich, KEY_B),
        # Signing payloads: what a hardware wallet is handed.
        unsigned_entry("unsigned-legacy-pre155", legacy(0, 20 * GWEI, 21_000, RECIPIENT, ETHER,
                                                        chain_id=None)),
        unsigned_entry("unsigned-legacy-eip155", legacy(9, 20 * GWEI, 21_000, RECIPIENT, ETHER)),
        unsigned_entry("unsigned-legacy-eip155-contract-creation",
                       legacy(0, GWEI, 100_000, None, 0, INITCODE)),
        unsigned_entry("unsigned-legacy-eip155-chain-id-2^64",
                       legacy(1, GWEI, 21_000, RECIPIENT, 1, chain_id=2**64)),
        unsigned_entry("unsigned-access-list",
                       access_list_tx(0, 15 * GWEI, 60_000, USDC, 0, TWO_ENTRY_ACCESS_LIST,
                                      transfer(ADDR_B, 5))),
        unsigned_entry("unsigned-dynamic-fee-erc20-transfer",
                       dynamic(11, GWEI, 30 * GWEI, 65_000, USDC, 0,
                               transfer(VITALIK, 250 * 10**6))),
        unsigned_entry("unsigned-dynamic-fee-contract-creation",
                       dynamic(0, GWEI, 20 * GWEI, 200_000, None, 0, INITCODE)),
        unsigned_entry("unsigned-dynamic-fee-max-values",
                       dynamic(2**64 - 2, MAX_UINT256, MAX_UINT256, 2**64 - 1, RECIPIENT,
                               MAX_UINT256)),
        unsigned_entry("unsigned-blob", blob_two),
        unsigned_entry("unsigned-setcode", setcode),
        # eth_sendTransaction requests.
        request_entry("request-legacy", legacy(4, 12 * GWEI, 21_000, RECIPIENT, ETHER), ADDR_A),
        request_entry("request-access-list",
                      access_list_tx(0, 15 * GWEI, 60_000, USDC, 0, TWO_ENTRY_ACCESS_LIST,
                                     transfer(ADDR_B, 5)), ADDR_A),
        request_entry("request-dynamic-fee-erc20-approve",
                      dynamic(12, GWEI, 30 * GWEI, 60_000, USDC, 0, approve(PERMIT2, MAX_UINT256)),
                      ADDR_A),
        request_entry("request-dynamic-fee-no-type-input-field",
                      dynamic(13, GWEI, 30 * GWEI, 21_000, VITALIK, ETHER, b"\xca\xfe"), ADDR_B,
                      data_key="input", with_type=False),
        request_entry("request-contract-creation",
                      dynamic(0, GWEI, 20 * GWEI, 200_000, None, 0, INITCODE), ADDR_B),
        request_entry("request-blob", blob_two, ADDR_B),
        request_entry("request-setcode", setcode, ADDR_A),
        request_entry("request-max-value",
                      dynamic(2**64 - 2, MAX_UINT256, MAX_UINT256, 2**64 - 1, RECIPIENT,
                              MAX_UINT256), ADDR_A),
    ]
    names = [entry["name"] for entry in out]
    assert len(names) == len(set(names)), "vector names must be unique"
    return out


def samples(blob: bytes) -> dict[str, str]:
    """Realistic mainnet transactions from Hardhat/Anvil account #0, as samples/ files."""
    versioned_hash = bytes(sidecar_of(blob).versioned_hashes[0].data)
    usdc_transfer = dynamic(11, GWEI, 30 * GWEI, 65_000, USDC, 0, transfer(VITALIK, 250 * 10**6))
    txs = {
        "eip1559-eth-transfer": dynamic(7, GWEI, 30 * GWEI, 21_000, VITALIK, 15 * ETHER // 10),
        "erc20-approve-unlimited": dynamic(8, GWEI, 30 * GWEI, 60_000, USDC, 0,
                                           approve(PERMIT2, MAX_UINT256)),
        "erc20-transfer": usdc_transfer,
        "legacy-no-chainid": legacy(0, 20 * GWEI, 21_000, VITALIK, ETHER // 10, chain_id=None),
        "legacy-eip155": legacy(1, 20 * GWEI, 21_000, VITALIK, ETHER // 10),
        "eip2930-access-list": access_list_tx(12, 25 * GWEI, 45_000, WETH, ETHER // 2,
                                              [{"address": WETH, "storageKeys": [slot(3)]}],
                                              calldata("d0e30db0")),
        "eip4844-blob": dynamic(13, 2 * GWEI, 40 * GWEI, 21_000, BASE_BATCH_INBOX, 0, type=3,
                                maxFeePerBlobGas=10 * GWEI, blobVersionedHashes=[versioned_hash]),
        # Sender and authority are the same account, so the authorization nonce is the tx nonce
        # + 1: the sender's nonce is bumped before authorizations are processed.
        "eip7702-delegation": dynamic(14, GWEI, 30 * GWEI, 100_000, ADDR_A, 0, type=4,
                                      authorizationList=[Account.sign_authorization(
                                          {"chainId": 1, "address": DELEGATE, "nonce": 15},
                                          KEY_A)]),
        "contract-creation": dynamic(15, GWEI, 30 * GWEI, 100_000, None, 0, INITCODE),
    }
    files = {f"{name}.hex": signed_entry(name, tx, KEY_A)["input"] + "\n"
             for name, tx in txs.items()}
    files["unsigned-eip1559.hex"] = unsigned_entry("unsigned", usdc_transfer)["input"] + "\n"
    request = json_request(dynamic(16, GWEI, 30 * GWEI, 60_000, USDC, 0,
                                   approve(PERMIT2, MAX_UINT256)), ADDR_A)
    files["request.json"] = json.dumps(request, indent=2) + "\n"
    return files


def main() -> None:
    blob = make_blob()
    entries = vectors(blob)
    FIXTURE.parent.mkdir(parents=True, exist_ok=True)
    FIXTURE.write_text(json.dumps(entries, indent=1) + "\n")
    SAMPLES.mkdir(exist_ok=True)
    for name, text in samples(blob).items():
        (SAMPLES / name).write_text(text)
    counts: dict[str, int] = {}
    for entry in entries:
        network = " network" if entry["networkForm"] else ""
        key = f"type {entry['type']} {entry['format']}{network}"
        counts[key] = counts.get(key, 0) + 1
    print(f"wrote {len(entries)} vectors to {FIXTURE.relative_to(ROOT)} "
          f"({FIXTURE.stat().st_size:,} bytes)")
    for key in sorted(counts):
        print(f"  {key}: {counts[key]}")
    print(f"wrote samples to {SAMPLES.relative_to(ROOT)}/")


if __name__ == "__main__":
    main()
