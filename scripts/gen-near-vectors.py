#!/usr/bin/env python3
"""Writes txray's NEAR transaction vectors and the bundled NEAR samples.

Transactions, delegate actions and signed transactions are built with py-near-primitives, Python
bindings compiled from nearcore's own Rust types, so the Borsh bytes are nearcore's. Signatures
come from PyNaCl (ed25519) and coincurve (secp256k1, recoverable, over the same SHA-256 hash).

py-near-primitives 0.2.12 knows ed25519 keys only, transaction V0 only, and neither
DeterministicStateInit nor the gas-key actions. Those vectors are written by a small Borsh encoder in this file instead,
and that encoder is first checked byte for byte against py-near-primitives on every action it
shares with it, so the hand-written bytes rest on a checked encoder. Each vector says which
source produced it.

Expected values are what was put in, never what a deserializer read back (py-near-primitives'
Transaction.deserialize misplaces a delegate's sender). Deterministic: fixed keys, fixed fields,
deterministic ed25519 and RFC 6979 secp256k1 signatures. Run with
    scripts/with-venv python3 scripts/gen-near-vectors.py
It writes Tests/NEARTests/Fixtures/near-vectors.json and samples/near-*.
"""

import base64
import hashlib
import json
import struct
from pathlib import Path

import coincurve
import py_near_primitives as near
from nacl.signing import SigningKey

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "Tests/NEARTests/Fixtures/near-vectors.json"
SAMPLES = ROOT / "samples"

# Throwaway keys derived from public labels: anyone can compute them; they must never hold value.
ED_KEY_A = SigningKey(hashlib.sha256(b"txray near test key A").digest())
ED_KEY_B = SigningKey(hashlib.sha256(b"txray near test key B").digest())
SECP_KEY = coincurve.PrivateKey(hashlib.sha256(b"txray near test key secp256k1").digest())

ED_A = bytes(ED_KEY_A.verify_key)
ED_B = bytes(ED_KEY_B.verify_key)
SECP_PUB = SECP_KEY.public_key.format(compressed=False)[1:]

BLOCK_HASH = hashlib.sha256(b"txray near test block").digest()
NEAR = 10**24
TGAS = 10**12
USDC = "17208628f84f5d6ad33f0da3bbbeb27ffcb398eac501a31bd6ad2011e36133a1"
WASM = b"\x00asm\x01\x00\x00\x00" + bytes(range(40))

ALPHABET = b"123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def b58(data: bytes) -> str:
    number = int.from_bytes(data, "big")
    out = b""
    while number:
        number, digit = divmod(number, 58)
        out = ALPHABET[digit : digit + 1] + out
    zeros = len(data) - len(data.lstrip(b"\0"))
    return (ALPHABET[0:1] * zeros + out).decode()


def key_text(kind: str, data: bytes) -> str:
    return f"{kind}:{b58(data)}"


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


# --- A Borsh encoder for what py-near-primitives cannot build (checked against it below) ------


def u32(v):
    return struct.pack("<I", v)


def u64(v):
    return struct.pack("<Q", v)


def u128(v):
    return v.to_bytes(16, "little")


def string(s):
    raw = s.encode() if isinstance(s, str) else s
    return u32(len(raw)) + raw


def pubkey(kind, data):
    return bytes([0 if kind == "ed25519" else 1]) + data


def sig_bytes(kind, data):
    return bytes([0 if kind == "ed25519" else 1]) + data


def enc_action(a):
    """`a` is the expected-JSON dict of an action plus private `_` fields with raw values."""
    t = a["type"]
    if t == "CreateAccount":
        return b"\x00"
    if t == "DeployContract":
        return b"\x01" + string(a["_code"])
    if t == "FunctionCall":
        return b"\x02" + string(a["methodName"]) + string(a["_args"]) + u64(int(a["gas"])) + u128(int(a["deposit"]))
    if t == "Transfer":
        return b"\x03" + u128(int(a["deposit"]))
    if t == "Stake":
        return b"\x04" + u128(int(a["stake"])) + pubkey(*a["_key"])
    if t == "AddKey":
        out = b"\x05" + pubkey(*a["_key"]) + u64(int(a["accessKeyNonce"]))
        p = a["permission"]
        if p["kind"] == "FullAccess":
            return out + b"\x01"
        allowance = b"\x00" if p["allowance"] is None else b"\x01" + u128(int(p["allowance"]))
        methods = u32(len(p["methodNames"])) + b"".join(string(m) for m in p["methodNames"])
        return out + b"\x00" + allowance + string(p["receiverId"]) + methods
    if t == "DeleteKey":
        return b"\x06" + pubkey(*a["_key"])
    if t == "DeleteAccount":
        return b"\x07" + string(a["beneficiaryId"])
    if t == "Delegate":
        return b"\x08" + a["_signed"]
    if t == "DeployGlobalContract":
        return b"\x09" + string(a["_code"]) + bytes([0 if a["deployMode"] == "CodeHash" else 1])
    if t == "UseGlobalContract":
        return b"\x0a" + identifier(a)
    if t == "DeterministicStateInit":
        entries = sorted(a["_data"])
        data = u32(len(entries)) + b"".join(string(k) + string(v) for k, v in entries)
        return b"\x0b" + b"\x00" + identifier(a) + data + u128(int(a["deposit"]))
    if t == "TransferToGasKey":
        return b"\x0c" + pubkey(*a["_key"]) + u128(int(a["deposit"]))
    if t == "WithdrawFromGasKey":
        return b"\x0d" + pubkey(*a["_key"]) + u128(int(a["amount"]))
    raise ValueError(t)


def identifier(a):
    if "accountId" in a:
        return b"\x01" + string(a["accountId"])
    return b"\x00" + a["_codeHash"]


def enc_transaction(signer, key, nonce, receiver, actions, priority_fee=None):
    body = string(signer) + pubkey(*key) + u64(nonce) + string(receiver) + BLOCK_HASH
    body += u32(len(actions)) + b"".join(enc_action(a) for a in actions)
    if priority_fee is None:
        return body
    return b"\x01" + body + u64(priority_fee)


def enc_delegate(sender, receiver, actions, nonce, max_height, key):
    return (
        string(sender) + string(receiver) + u32(len(actions)) + b"".join(enc_action(a) for a in actions)
        + u64(nonce) + u64(max_height) + pubkey(*key)
    )


# --- Actions: the expected JSON txray must produce, and the py-near-primitives object ---------


def public(a):
    return {k: v for k, v in a.items() if not k.startswith("_")}


def create_account():
    return {"type": "CreateAccount"}, near.CreateAccountAction()


def deploy(code):
    e = {"type": "DeployContract", "codeHash": b58(hashlib.sha256(code).digest()), "codeSize": str(len(code)), "_code": code}
    return e, near.DeployContractAction(code)


def call(method, args, gas, deposit):
    e = {
        "type": "FunctionCall", "methodName": method, "argsBase64": b64(args), "gas": str(gas),
        "deposit": str(deposit), "_args": args,
    }
    return e, near.FunctionCallAction(method, args, gas, deposit)


def transfer(amount):
    return {"type": "Transfer", "deposit": str(amount)}, near.TransferAction(amount)


def stake(amount, key):
    e = {"type": "Stake", "stake": str(amount), "publicKey": key_text("ed25519", key), "_key": ("ed25519", key)}
    return e, near.StakeAction(amount, key)


def add_full_key(key, nonce=0):
    e = {
        "type": "AddKey", "publicKey": key_text("ed25519", key), "accessKeyNonce": str(nonce),
        "permission": {"kind": "FullAccess"}, "_key": ("ed25519", key),
    }
    return e, near.AddKeyAction(key, near.AccessKey(nonce, near.AccessKeyPermissionFieldless.FullAccess))


def add_call_key(key, receiver, methods, allowance, nonce=0):
    e = {
        "type": "AddKey", "publicKey": key_text("ed25519", key), "accessKeyNonce": str(nonce),
        "permission": {
            "kind": "FunctionCall", "allowance": None if allowance is None else str(allowance),
            "receiverId": receiver, "methodNames": methods,
        },
        "_key": ("ed25519", key),
    }
    permission = near.FunctionCallPermission(receiver, methods, allowance)
    return e, near.AddKeyAction(key, near.AccessKey(nonce, permission))


def delete_key(key):
    e = {"type": "DeleteKey", "publicKey": key_text("ed25519", key), "_key": ("ed25519", key)}
    return e, near.DeleteKeyAction(key)


def delete_account(beneficiary):
    return {"type": "DeleteAccount", "beneficiaryId": beneficiary}, near.DeleteAccountAction(beneficiary)


def deploy_global(code, by_account):
    e = {
        "type": "DeployGlobalContract", "codeHash": b58(hashlib.sha256(code).digest()),
        "codeSize": str(len(code)), "deployMode": "AccountId" if by_account else "CodeHash", "_code": code,
    }
    maker = near.DeployGlobalContractAction.from_account_id if by_account else near.DeployGlobalContractAction.from_code_hash
    return e, maker(code)


def use_global_hash(code_hash):
    e = {"type": "UseGlobalContract", "codeHash": b58(code_hash), "_codeHash": code_hash}
    return e, near.UseGlobalContractAction.from_code_hash(code_hash)


def use_global_account(account):
    return {"type": "UseGlobalContract", "accountId": account}, near.UseGlobalContractAction.from_account_id(account)


def state_init(deposit, data, account=None, code_hash=None):
    e = {"type": "DeterministicStateInit", "deposit": str(deposit), "_data": data}
    if account:
        e["accountId"] = account
    else:
        e["codeHash"] = b58(code_hash)
        e["_codeHash"] = code_hash
    e["data"] = [{"key": b64(k), "value": b64(v)} for k, v in sorted(data)]
    return e, None


def delegate(sender, receiver, inner, nonce, max_height, signing_key):
    """A signed delegate action: py-near-primitives builds and hashes it, PyNaCl signs."""
    key = bytes(signing_key.verify_key)
    d = near.DelegateAction(sender, receiver, [o for _, o in inner], nonce, max_height, key)
    body = enc_delegate(sender, receiver, [e for e, _ in inner], nonce, max_height, ("ed25519", key))
    assert bytes(d.serialize()) == body, "script Borsh encoder disagrees with py-near-primitives"
    message = u32(2**30 + 366) + body
    digest = hashlib.sha256(message).digest()
    assert bytes(d.get_nep461_hash()) == digest
    signature = signing_key.sign(digest).signature
    e = {
        "type": "Delegate", "senderId": sender, "receiverId": receiver, "nonce": str(nonce),
        "maxBlockHeight": str(max_height), "publicKey": key_text("ed25519", key),
        "signature": key_text("ed25519", signature), "signatureValid": True,
        "actions": [public(x) for x, _ in inner], "_signed": body + sig_bytes("ed25519", signature),
    }
    return e, near.SignedDelegateAction(d, signature), digest


# --- Vectors ------------------------------------------------------------------------------------

vectors = []


def expected_tx(signer, key_kind, key, nonce, receiver, actions, priority_fee=None):
    return {
        "signerId": signer, "publicKey": key_text(key_kind, key), "nonce": str(nonce), "receiverId": receiver,
        "blockHash": b58(BLOCK_HASH), "priorityFee": None if priority_fee is None else str(priority_fee),
        "actions": [public(a) for a in actions],
    }


def add(name, source, raw, fmt, expected, hash_=None, signature_valid=None, rpc=None):
    vector = {
        "name": name, "source": source, "format": fmt, "hex": raw.hex(), "base64": b64(raw),
        "hash": None if hash_ is None else b58(hash_), "signatureValid": signature_valid, "expected": expected,
    }
    if rpc is not None:
        vector["rpcView"] = rpc
    vectors.append(vector)
    return vector


def py_transaction(name, signer, nonce, receiver, pairs, sign_with=ED_KEY_A, signed=True, rpc=False):
    """A V0 transaction built by py-near-primitives, checked against the script encoder."""
    key = bytes(sign_with.verify_key)
    tx = near.Transaction(signer, key, nonce, receiver, BLOCK_HASH, [o for _, o in pairs])
    raw = bytes(tx.serialize())
    actions = [e for e, _ in pairs]
    assert raw == enc_transaction(signer, ("ed25519", key), nonce, receiver, actions), name
    digest = hashlib.sha256(raw).digest()
    assert bytes(tx.get_hash()) == digest
    expected = expected_tx(signer, "ed25519", key, nonce, receiver, actions)
    add(name + "-unsigned", "py-near-primitives", raw, "unsigned", expected)
    if not signed:
        return None
    signature = sign_with.sign(digest).signature
    signed_tx = near.SignedTransaction(signature, tx)
    signed_raw = bytes(signed_tx.serialize())
    assert signed_raw == raw + sig_bytes("ed25519", signature)
    assert bytes(signed_tx.hash) == digest
    view = None
    if rpc:
        view = rpc_view(signer, key_text("ed25519", key), nonce, receiver, actions, key_text("ed25519", signature), digest)
    return add(name, "py-near-primitives", signed_raw, "signed", expected, digest, True, view)


def rpc_action(a):
    """The ActionView JSON NEAR RPC shows for an action (DeployContract: base64 of the code hash)."""
    t = a["type"]
    if t == "CreateAccount":
        return "CreateAccount"
    if t == "DeployContract":
        return {"DeployContract": {"code": b64(hashlib.sha256(a["_code"]).digest())}}
    if t == "FunctionCall":
        return {"FunctionCall": {"method_name": a["methodName"], "args": a["argsBase64"], "gas": int(a["gas"]), "deposit": a["deposit"]}}
    if t == "Transfer":
        return {"Transfer": {"deposit": a["deposit"]}}
    if t == "Stake":
        return {"Stake": {"stake": a["stake"], "public_key": a["publicKey"]}}
    if t == "AddKey":
        p = a["permission"]
        permission = "FullAccess" if p["kind"] == "FullAccess" else {
            "FunctionCall": {"allowance": p["allowance"], "receiver_id": p["receiverId"], "method_names": p["methodNames"]}
        }
        return {"AddKey": {"public_key": a["publicKey"], "access_key": {"nonce": int(a["accessKeyNonce"]), "permission": permission}}}
    if t == "DeleteKey":
        return {"DeleteKey": {"public_key": a["publicKey"]}}
    if t == "DeleteAccount":
        return {"DeleteAccount": {"beneficiary_id": a["beneficiaryId"]}}
    if t == "Delegate":
        return {"Delegate": {
            "delegate_action": {
                "sender_id": a["senderId"], "receiver_id": a["receiverId"],
                "actions": [plain_action(x) for x in a["actions"]], "nonce": int(a["nonce"]),
                "max_block_height": int(a["maxBlockHeight"]), "public_key": a["publicKey"],
            },
            "signature": a["signature"],
        }}
    raise ValueError(t)


def plain_action(a):
    """nearcore's serde form of an Action inside a delegate action (full code, not its hash)."""
    if a["type"] == "CreateAccount":
        return {"CreateAccount": {}}
    view = rpc_action(a)
    return view


def rpc_view(signer, key, nonce, receiver, actions, signature, digest):
    return {
        "signer_id": signer, "public_key": key, "nonce": nonce, "receiver_id": receiver,
        "actions": [rpc_action(a) for a in actions], "priority_fee": 0, "signature": signature,
        "hash": b58(digest),
    }


def script_transaction(name, signer, key_kind, nonce, receiver, actions, priority_fee=None, sign=None):
    """A transaction py-near-primitives cannot build, encoded by the checked script encoder."""
    key = ED_A if key_kind == "ed25519" else SECP_PUB
    actions = [a if isinstance(a, dict) else a[0] for a in actions]
    raw = enc_transaction(signer, (key_kind, key), nonce, receiver, actions, priority_fee)
    expected = expected_tx(signer, key_kind, key, nonce, receiver, actions, priority_fee)
    digest = hashlib.sha256(raw).digest()
    if sign is None:
        return add(name + "-unsigned", "script-borsh", raw, "unsigned", expected)
    signature, valid = sign(digest)
    return add(name, "script-borsh", raw + sig_bytes(key_kind, signature), "signed", expected, digest, valid)


def secp_sign(digest):
    signature = SECP_KEY.sign_recoverable(digest, hasher=None)
    recovered = coincurve.PublicKey.from_signature_and_message(signature, digest, hasher=None)
    assert recovered.format(compressed=False)[1:] == SECP_PUB
    return signature, True


ft_args = json.dumps({"receiver_id": "bob.near", "amount": "250000000", "memo": "invoice 42"}, separators=(",", ":")).encode()
ft_call_args = json.dumps({"receiver_id": "v2.ref-finance.near", "amount": "1000000", "msg": ""}, separators=(",", ":")).encode()
nft_args = json.dumps({"receiver_id": "bob.near", "token_id": "1337"}, separators=(",", ":")).encode()

ft = py_transaction("ft-transfer", "alice.near", 1001, USDC, [call("ft_transfer", ft_args, 30 * TGAS, 1)], rpc=True)
py_transaction("transfer", "alice.near", 7, "bob.near", [transfer(3 * NEAR // 2)], rpc=True)
py_transaction("create-account", "alice.near", 8, "sub.alice.near", [create_account(), transfer(NEAR // 10), add_full_key(ED_B)], rpc=True)
py_transaction("deploy-contract", "alice.near", 9, "alice.near", [deploy(WASM)], rpc=True)
py_transaction("function-call-binary-args", "alice.near", 10, "game.near", [call("play", bytes([0, 159, 146, 150, 255]), 5 * TGAS, 0)])
py_transaction("stake", "validator.poolv1.near", 11, "validator.poolv1.near", [stake(40000 * NEAR, ED_B)], rpc=True)
add_key = py_transaction("add-full-access-key", "alice.near", 12, "alice.near", [add_full_key(ED_B, 5)], rpc=True)
py_transaction("add-function-call-key", "alice.near", 13, "alice.near", [add_call_key(ED_B, "wrap.near", ["near_deposit", "near_withdraw"], NEAR // 4)], rpc=True)
py_transaction("add-function-call-key-unlimited", "alice.near", 14, "alice.near", [add_call_key(ED_B, "app.near", [], None)])
py_transaction("delete-key", "alice.near", 15, "alice.near", [delete_key(ED_B)], rpc=True)
py_transaction("delete-account", "alice.near", 16, "alice.near", [delete_account("bob.near")], rpc=True)
py_transaction("deploy-global-by-hash", "alice.near", 17, "alice.near", [deploy_global(WASM, False)])
py_transaction("deploy-global-by-account", "alice.near", 18, "alice.near", [deploy_global(WASM, True)])
py_transaction("use-global-by-hash", "alice.near", 19, "alice.near", [use_global_hash(hashlib.sha256(WASM).digest())])
py_transaction("use-global-by-account", "alice.near", 20, "alice.near", [use_global_account("factory.near")])
py_transaction("wrap-near-deposit", "alice.near", 21, "wrap.near", [call("storage_deposit", b"{}", 10 * TGAS, 1250000000000000000000), call("near_deposit", b"{}", 10 * TGAS, 2 * NEAR)], rpc=True)
py_transaction("stake-pool", "alice.near", 22, "astro-stakers.poolv1.near", [call("deposit_and_stake", b"{}", 50 * TGAS, 100 * NEAR)])
py_transaction("nft-transfer", "alice.near", 23, "nft.example.near", [call("nft_transfer", nft_args, 30 * TGAS, 1)])
py_transaction("ft-transfer-call", "alice.near", 24, "wrap.near", [call("ft_transfer_call", ft_call_args, 100 * TGAS, 1)])
py_transaction(
    "multi-action", "alice.near", 25, "new.alice.near",
    [create_account(), transfer(5 * NEAR), add_full_key(ED_B), deploy(WASM), call("new", b'{"owner_id":"alice.near"}', 100 * TGAS, 0)],
    rpc=True,
)
py_transaction("eth-implicit-receiver", "alice.near", 26, "0x" + "ab" * 20, [transfer(NEAR)])
py_transaction("near-implicit-signer", ED_A.hex(), 27, "bob.near", [transfer(NEAR)])
py_transaction("empty-actions", "alice.near", 28, "bob.near", [])

inner = [call("ft_transfer", ft_args, 30 * TGAS, 1)]
signed_delegate, signed_delegate_obj, delegate_digest = delegate("alice.near", USDC, inner, 31, 150_000_000, ED_KEY_A)
relayed = py_transaction("delegate", "relayer.near", 32, "alice.near", [(signed_delegate, signed_delegate_obj)], sign_with=ED_KEY_B, rpc=True)
multi_inner = [transfer(NEAR), add_call_key(ED_B, "app.near", ["play"], NEAR // 100), delete_key(ED_A)]
signed_delegate2, signed_delegate_obj2, _ = delegate("alice.near", "alice.near", multi_inner, 33, 150_000_100, ED_KEY_A)
py_transaction("delegate-multi-action", "relayer.near", 34, "alice.near", [(signed_delegate2, signed_delegate_obj2)], sign_with=ED_KEY_B)

# A bare SignedDelegateAction and DelegateAction, as handed to a relayer.
bare = signed_delegate["_signed"]
bare_expected = {
    "signerId": "alice.near", "publicKey": key_text("ed25519", ED_A), "nonce": "31", "receiverId": USDC,
    "blockHash": None, "priorityFee": None, "maxBlockHeight": "150000000", "actions": [public(e) for e, _ in inner],
}
assert bytes(signed_delegate_obj.delegate_action.serialize()) + b"\x00" + bytes(ED_KEY_A.sign(delegate_digest).signature) == bare
add("bare-signed-delegate", "py-near-primitives", bare, "signedDelegate", bare_expected, delegate_digest, True)
add("bare-delegate-unsigned", "py-near-primitives", bare[:-65], "delegate", bare_expected)

# Signatures that must not verify: signed by another key, and one bit flipped.
wrong = ED_KEY_B.sign(hashlib.sha256(bytes.fromhex(ft["hex"])[:-65]).digest()).signature
raw_unsigned = bytes.fromhex(ft["hex"])[:-65]
add("ft-transfer-wrong-signer", "py-near-primitives", raw_unsigned + b"\x00" + wrong, "signed", ft["expected"], hashlib.sha256(raw_unsigned).digest(), False)

# Beyond py-near-primitives: secp256k1 keys, transaction V1, DeterministicStateInit.
script_transaction("secp256k1-transfer", "alice.near", "secp256k1", 40, "bob.near", [transfer(2 * NEAR)], sign=secp_sign)
script_transaction("secp256k1-transfer", "alice.near", "secp256k1", 40, "bob.near", [transfer(2 * NEAR)])
script_transaction("secp256k1-wrong-signature", "alice.near", "secp256k1", 41, "bob.near", [transfer(NEAR)],
                   sign=lambda d: (SECP_KEY.sign_recoverable(hashlib.sha256(d).digest(), hasher=None), False))
script_transaction("v1-priority-fee", "alice.near", "ed25519", 42, "bob.near", [transfer(NEAR)], priority_fee=12345,
                   sign=lambda d: (ED_KEY_A.sign(d).signature, True))
state_a, _ = state_init(NEAR // 100, [(b"owner", b"alice.near"), (b"count", b"\x00\x00\x00\x00")], code_hash=hashlib.sha256(WASM).digest())
state_b, _ = state_init(0, [], account="factory.near")
script_transaction("deterministic-state-init", "alice.near", "ed25519", 43, "0s" + "12" * 20, [state_a, state_b],
                   sign=lambda d: (ED_KEY_A.sign(d).signature, True))

# NEP-611 gas keys (nearcore actions 12 and 13): public key, then a u128 amount.
gas_key = {"publicKey": key_text("ed25519", ED_B), "_key": ("ed25519", ED_B)}
script_transaction(
    "gas-keys", "alice.near", "ed25519", 44, "alice.near",
    [dict(gas_key, type="TransferToGasKey", deposit=str(NEAR)), dict(gas_key, type="WithdrawFromGasKey", amount=str(NEAR // 2))],
    sign=lambda d: (ED_KEY_A.sign(d).signature, True),
)

FIXTURE.write_text(json.dumps({"generator": "scripts/gen-near-vectors.py", "vectors": vectors}, indent=1) + "\n")
(SAMPLES / "near-ft-transfer.b64").write_text(ft["base64"] + "\n")
(SAMPLES / "near-add-full-access-key.b64").write_text(add_key["base64"] + "\n")
(SAMPLES / "near-delegate.b64").write_text(relayed["base64"] + "\n")
(SAMPLES / "near-rpc-transaction.json").write_text(json.dumps(ft["rpcView"], indent=2) + "\n")
print(f"wrote {len(vectors)} vectors to {FIXTURE.relative_to(ROOT)} and 4 samples")
