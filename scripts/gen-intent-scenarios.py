#!/usr/bin/env python3
"""Writes the intent-check scenarios: signed transactions and the snapshots to simulate them.

Run: scripts/with-venv python3 scripts/gen-intent-scenarios.py

Everything goes to Tests/TxrayKitTests/Fixtures/intent/:
- EVM: NAME.hex (a signed type-2 transaction, 0x-hex, chain id 1) and NAME.state.json (the
  snapshot in scripts/gen-evm-samples.py's shape: {"block": …, "state": {address: {balance,
  nonce, code, storage}}}, the same block as the samples). Each snapshot lists every account the
  transaction touches with all its non-zero storage, plus the zero slots it reads (as
  prestateTracer does).
- NEAR: NAME.b64 (a Borsh SignedTransaction, base64) and NAME.state.json (the shape of
  samples/near-*.state.json: "accounts" with account info and access keys, and "block").

Contracts are real, compiled here with vyper from PyPI; the ERC-20 and the helpers (compile,
deploy in pyrevm for the runtime code, storage slots from vyper's layout, snapshots) are
scripts/gen-evm-samples.py's, imported from it:
- the ERC-20 at USDC's address (USD Coin, USDC, 6 decimals) and at DAI's (Dai Stablecoin, DAI, 18);
- `Pool` at 0x…B00C: swaps ETH and USDC at a rate read from storage (3000 USDC per ETH), holding
  1,000,000 USDC and 1,000 ETH; `BadPool` at 0x…BAD0: the same code at 2000 USDC per ETH;
- `Batch` at 0x…BA7C: execute(targets, data) calls each target with its data, reverting if one
  fails. The signer is an EIP-7702 account delegating to it (code 0xef0100 || Batch), so a
  transaction to the signer's own address runs Batch's code as the signer.

Every EVM transaction is run in pyrevm (revm, spec PRAGUE) against its snapshot, and its status,
token balances and ether moves are checked against what the scenario means to do. pyrevm 0.3.7
does not follow EIP-7702 delegations (it treats 0xef0100… as plain code and rejects a sender
with code, EIP-3607), so a batch is checked by running Batch's code installed at the signer's
address, called by a stand-in sender: the same code at the same address, so the inner calls
come from the signer exactly as under the delegation.

Keys (public test keys, never to hold value):
- EVM: Hardhat/Anvil account #0, 0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266, private key
  0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80.
- NEAR: alice.near signs with the ed25519 key seeded by sha256("txray near test key A") (the key
  of scripts/gen-near-vectors.py, ed25519:GxRTBeSfmW29dFFup4ocsR689ST6hV5s1FHfUVAfoRQ4); keys
  the transactions add are seeded by sha256 of "txray intent new key" and "txray intent login
  key"; bob.near's and b0b.near's by "txray intent bob.near key" and "txray intent b0b.near key".

Deterministic: fixed keys, nonces and fields; RFC 6979 ECDSA and ed25519 signatures.
"""

import base64
import hashlib
import importlib.util
import json
import struct
import sys
from pathlib import Path

import py_near_primitives as near
from eth_account import Account
from eth_utils import keccak, to_checksum_address
from nacl.signing import SigningKey

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "Tests/TxrayKitTests/Fixtures/intent"


def load_samples_module():
    """scripts/gen-evm-samples.py as a module (its main() runs only as __main__)."""
    spec = importlib.util.spec_from_file_location(
        "gen_evm_samples", ROOT / "scripts/gen-evm-samples.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


evm_samples = load_samples_module()
World = evm_samples.World
compile_vyper = evm_samples.compile_vyper
runtime_code = evm_samples.runtime_code
slot_of = evm_samples.slot_of
selector_call = evm_samples.selector_call
transfer = evm_samples.transfer
approve = evm_samples.approve
dynamic = evm_samples.dynamic
ERC20_LAYOUT = evm_samples.ERC20_LAYOUT
USDC_CODE = evm_samples.USDC_CODE
BLOCK = evm_samples.BLOCK
BUILDER = evm_samples.BUILDER
KEY = evm_samples.KEY_A
SIGNER = evm_samples.ADDR_A
USDC = evm_samples.USDC
VITALIK = evm_samples.VITALIK
ETHER = evm_samples.ETHER
MAX_UINT256 = evm_samples.MAX_UINT256

DAI = "0x6B175474E89094C44Da98b954EedeAC495271d0F"
POOL = to_checksum_address("0x000000000000000000000000000000000000B00C")
BAD_POOL = to_checksum_address("0x000000000000000000000000000000000000BAD0")
BATCH = to_checksum_address("0x000000000000000000000000000000000000BA7C")
OTHER = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8"  # Hardhat/Anvil account #1
DEAD = "0x000000000000000000000000000000000000dEaD"


def lookalike(address: str) -> str:
    """`address` with its first and last four hex digits kept, checksum case included, and the
    32 between taken from a hash of a public label and a counter: what a poisoner grinds for."""
    for counter in range(1_000):
        middle = keccak(text=f"txray intent look-alike {counter}").hex()[:32]
        candidate = to_checksum_address(address[:6].lower() + middle + address[-4:].lower())
        if candidate[:6] == address[:6] and candidate[-4:] == address[-4:]:
            return candidate
    raise ValueError("no look-alike found")


LOOKALIKE = lookalike(VITALIK)
USDC_UNIT = 10**6
DAI_UNIT = 10**18
GOOD_RATE = 3_000 * USDC_UNIT
BAD_RATE = 2_000 * USDC_UNIT

POOL_SOURCE = """
# pragma version 0.4.3
# A constant-rate ETH/USDC pool: rate is USDC base units per ether.
from ethereum.ercs import IERC20

USDC: public(immutable(IERC20))
rate: public(uint256)

@deploy
def __init__(usdc: IERC20):
    USDC = usdc

@external
@payable
def swapETHForUSDC(minOut: uint256, recipient: address) -> uint256:
    out: uint256 = msg.value * self.rate // 10**18
    assert out >= minOut, "Pool: output below minimum"
    assert extcall USDC.transfer(recipient, out)
    return out

@external
def swapUSDCForETH(amountIn: uint256, minOut: uint256, recipient: address) -> uint256:
    out: uint256 = amountIn * 10**18 // self.rate
    assert out >= minOut, "Pool: output below minimum"
    assert extcall USDC.transferFrom(msg.sender, self, amountIn)
    send(recipient, out)
    return out
"""

# The EIP-7702 delegate: a batch of calls made as the delegating account.
BATCH_SOURCE = """
# pragma version 0.4.3
@external
@payable
def execute(targets: DynArray[address, 4], data: DynArray[Bytes[256], 4]):
    assert len(targets) == len(data), "Batch: length mismatch"
    for i: uint256 in range(len(targets), bound=4):
        raw_call(targets[i], data[i])
"""

POOL_INIT, POOL_LAYOUT = compile_vyper(POOL_SOURCE)
BATCH_INIT, _ = compile_vyper(BATCH_SOURCE)
POOL_CODE = runtime_code(POOL_INIT + evm_samples.encode(["address"], [USDC]))
BATCH_CODE = runtime_code(BATCH_INIT)
DAI_CODE = runtime_code(evm_samples.erc20_initcode("Dai Stablecoin", "DAI", 18, 0))
DELEGATION = bytes.fromhex("ef0100") + bytes.fromhex(BATCH[2:])


# --- EVM scenarios ------------------------------------------------------------------------------


def swap_eth_for_usdc(min_out: int, recipient: str) -> bytes:
    return selector_call("swapETHForUSDC(uint256,address)", ["uint256", "address"],
                         [min_out, recipient])


def swap_usdc_for_eth(amount_in: int, min_out: int, recipient: str) -> bytes:
    return selector_call("swapUSDCForETH(uint256,uint256,address)",
                         ["uint256", "uint256", "address"], [amount_in, min_out, recipient])


def execute(calls: list[tuple[str, bytes]]) -> bytes:
    return selector_call("execute(address[],bytes[])", ["address[]", "bytes[]"],
                         [[target for target, _ in calls], [data for _, data in calls]])


def pool(world: World, address: str, rate: int) -> World:
    return world.account(address, balance=1_000 * ETHER, code=POOL_CODE,
                         storage={slot_of(POOL_LAYOUT, "rate"): rate})


def signer(nonce: int, delegated: bool = False) -> World:
    return (World().account(SIGNER, balance=10 * ETHER, nonce=nonce,
                            code=DELEGATION if delegated else b"")
            .account(BUILDER))


def batch_world(nonce: int) -> World:
    return signer(nonce, delegated=True).account(BATCH, code=BATCH_CODE)


def scenarios() -> list[dict]:
    """Each scenario: its transaction, its world, and what it must do there.

    "tokens" are the balance changes the transaction must make ({token: {holder: delta}}),
    "ether" the ether changes besides the signer's fee, "allowances" the allowances after.
    """
    pool_usdc = 1_000_000 * USDC_UNIT
    return [
        {"name": "swap-eth-usdc",
         "about": "1 ETH into Pool for at least 2,990 USDC, to the signer: 3,000 USDC",
         "tx": dynamic(40, 120_000, POOL, value=ETHER,
                       data=swap_eth_for_usdc(2_990 * USDC_UNIT, SIGNER)),
         "world": pool(signer(40), POOL, GOOD_RATE).usdc({POOL: pool_usdc, SIGNER: 0}),
         "tokens": {USDC: {SIGNER: 3_000 * USDC_UNIT, POOL: -3_000 * USDC_UNIT}},
         "ether": {SIGNER: -ETHER, POOL: ETHER}},
        {"name": "swap-eth-usdc-bad-rate",
         "about": "1 ETH into BadPool with no minimum, to the signer: 2,000 USDC",
         "tx": dynamic(41, 120_000, BAD_POOL, value=ETHER, data=swap_eth_for_usdc(0, SIGNER)),
         "world": pool(signer(41), BAD_POOL, BAD_RATE).usdc({BAD_POOL: pool_usdc, SIGNER: 0}),
         "tokens": {USDC: {SIGNER: 2_000 * USDC_UNIT, BAD_POOL: -2_000 * USDC_UNIT}},
         "ether": {SIGNER: -ETHER, BAD_POOL: ETHER}},
        {"name": "swap-eth-usdc-to-other",
         "about": "1 ETH into Pool for at least 2,990 USDC, paid to 0x7099…79C8: 3,000 USDC",
         "tx": dynamic(42, 120_000, POOL, value=ETHER,
                       data=swap_eth_for_usdc(2_990 * USDC_UNIT, OTHER)),
         "world": pool(signer(42), POOL, GOOD_RATE).usdc({POOL: pool_usdc, OTHER: 0}),
         "tokens": {USDC: {OTHER: 3_000 * USDC_UNIT, POOL: -3_000 * USDC_UNIT, SIGNER: 0}},
         "ether": {SIGNER: -ETHER, POOL: ETHER}},
        {"name": "swap-usdc-eth",
         "about": "3,000 USDC into Pool (pulled by transferFrom) for at least 0.99 ETH: 1 ETH",
         "tx": dynamic(43, 120_000, POOL,
                       data=swap_usdc_for_eth(3_000 * USDC_UNIT, 99 * ETHER // 100, SIGNER)),
         "world": pool(signer(43), POOL, GOOD_RATE).usdc(
             {POOL: pool_usdc, SIGNER: 5_000 * USDC_UNIT}, {(SIGNER, POOL): 3_000 * USDC_UNIT}),
         "tokens": {USDC: {SIGNER: -3_000 * USDC_UNIT, POOL: 3_000 * USDC_UNIT}},
         "ether": {SIGNER: ETHER, POOL: -ETHER},
         "allowances": {(USDC, SIGNER, POOL): 0}},
        {"name": "batch-transfer",
         "about": "the signer's 7702 batch: 100 USDC to vitalik.eth",
         "tx": dynamic(44, 150_000, SIGNER, data=execute([(USDC, transfer(VITALIK, 100 * USDC_UNIT))])),
         "world": batch_world(44).usdc({SIGNER: 1_000 * USDC_UNIT, VITALIK: 42 * USDC_UNIT}),
         "tokens": {USDC: {SIGNER: -100 * USDC_UNIT, VITALIK: 100 * USDC_UNIT}},
         "ether": {}},
        {"name": "batch-transfer-hidden-approval",
         "about": "the signer's 7702 batch: 100 USDC to vitalik.eth, and an unlimited USDC "
                  "allowance for 0x…dEaD",
         "tx": dynamic(45, 150_000, SIGNER, data=execute([
             (USDC, transfer(VITALIK, 100 * USDC_UNIT)), (USDC, approve(DEAD, MAX_UINT256))])),
         "world": batch_world(45).usdc({SIGNER: 1_000 * USDC_UNIT, VITALIK: 42 * USDC_UNIT},
                                       {(SIGNER, DEAD): 0}),
         "tokens": {USDC: {SIGNER: -100 * USDC_UNIT, VITALIK: 100 * USDC_UNIT}},
         "ether": {},
         "allowances": {(USDC, SIGNER, DEAD): MAX_UINT256}},
        {"name": "batch-two-transfers",
         "about": "the signer's 7702 batch: 100 USDC to vitalik.eth and 50 DAI to 0x7099…79C8",
         "tx": dynamic(46, 150_000, SIGNER, data=execute([
             (USDC, transfer(VITALIK, 100 * USDC_UNIT)), (DAI, transfer(OTHER, 50 * DAI_UNIT))])),
         "world": batch_world(46)
             .usdc({SIGNER: 1_000 * USDC_UNIT, VITALIK: 42 * USDC_UNIT})
             .usdc({SIGNER: 500 * DAI_UNIT, OTHER: 0}, address=DAI, code=DAI_CODE),
         "tokens": {USDC: {SIGNER: -100 * USDC_UNIT, VITALIK: 100 * USDC_UNIT},
                    DAI: {SIGNER: -50 * DAI_UNIT, OTHER: 50 * DAI_UNIT}},
         "ether": {}},
        {"name": "eth-transfer-lookalike",
         "about": f"0.5 ETH to {LOOKALIKE}, a look-alike of vitalik.eth (0xd8dA…6045)",
         "tx": dynamic(47, 21_000, LOOKALIKE, value=ETHER // 2),
         "world": signer(47).account(LOOKALIKE),
         "tokens": {},
         "ether": {SIGNER: -ETHER // 2, LOOKALIKE: ETHER // 2}},
    ]


def token_balance(evm, token: str, holder: str) -> int:
    data = selector_call("balanceOf(address)", ["address"], [holder])
    return int.from_bytes(evm.message_call(BUILDER, token, data, gas=100_000), "big")


def token_allowance(evm, token: str, owner: str, spender: str) -> int:
    data = selector_call("allowance(address,address)", ["address", "address"], [owner, spender])
    return int.from_bytes(evm.message_call(BUILDER, token, data, gas=100_000), "big")


def run_evm(scenario: dict, raw: bytes) -> str:
    """Runs the scenario's transaction in pyrevm against its world; checks what it did."""
    tx, world = scenario["tx"], scenario["world"]
    assert Account.recover_transaction(raw) == SIGNER
    delegated = world.accounts[SIGNER]["code"] == DELEGATION
    caller = SIGNER
    if delegated:
        # pyrevm cannot follow the delegation: put the code it points to at the signer's
        # address and call it from a stand-in sender (Batch does not look at its caller).
        assert tx["to"] == SIGNER and tx["value"] == 0
        caller = to_checksum_address("0x" + keccak(text="txray intent stand-in sender").hex()[-40:])
        world = World()
        world.accounts = {address: dict(account) for address, account in
                          scenario["world"].accounts.items()}
        world.accounts[SIGNER]["code"] = BATCH_CODE
        world.account(caller, balance=ETHER)
    evm = world.evm()
    holders = {(token, holder) for token, moves in scenario["tokens"].items() for holder in moves}
    before = {key: token_balance(evm, *key) for key in holders}
    ether_before = {address: evm.get_balance(address) for address in world.accounts}
    evm.message_call(caller, tx["to"], tx["data"], value=tx["value"], gas=tx["gas"])
    result = evm.result
    assert result.is_success, f"{scenario['name']}: {result}"
    assert result.gas_used <= tx["gas"]
    for (token, holder) in holders:
        delta = token_balance(evm, token, holder) - before[(token, holder)]
        assert delta == scenario["tokens"][token][holder], (scenario["name"], token, holder, delta)
    for (token, owner, spender), amount in scenario.get("allowances", {}).items():
        assert token_allowance(evm, token, owner, spender) == amount, scenario["name"]
    # pyrevm's message_call charges no fee: ether moves by value only.
    for address in world.accounts:
        delta = evm.get_balance(address) - ether_before[address]
        assert delta == scenario["ether"].get(address, 0), (scenario["name"], address, delta)
    return f"success, gas {result.gas_used}, {len(result.logs or [])} logs"


def write_evm() -> list[str]:
    lines = []
    for scenario in scenarios():
        name = scenario["name"]
        raw = bytes(Account.sign_transaction(scenario["tx"], KEY).raw_transaction)
        checked = run_evm(scenario, raw)
        (OUT / f"{name}.hex").write_text("0x" + raw.hex() + "\n")
        (OUT / f"{name}.state.json").write_text(
            json.dumps(scenario["world"].snapshot(), indent=1) + "\n")
        lines.append(f"{name}: {scenario['about']} — pyrevm: {checked}")
    return lines


# --- NEAR scenarios -----------------------------------------------------------------------------
# A minimal Borsh encoder (the actions used here), each transaction checked byte for byte against
# py-near-primitives (nearcore's own types), as scripts/gen-near-vectors.py does.

NEAR = 10**24
ALPHABET = b"123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
BLOCK_HASH = hashlib.sha256(b"txray near test block").digest()
NEAR_BLOCK = {"epoch_height": 3000, "gas_price": "100000000", "height": 150000000,
              "timestamp": 1764316800000000000}
EMPTY_CODE_HASH = "11111111111111111111111111111111"


def seeded(label: str) -> SigningKey:
    return SigningKey(hashlib.sha256(label.encode()).digest())


ALICE_KEY = seeded("txray near test key A")
NEW_KEY = seeded("txray intent new key")
LOGIN_KEY = seeded("txray intent login key")
BOB_KEY = seeded("txray intent bob.near key")
B0B_KEY = seeded("txray intent b0b.near key")


def b58(data: bytes) -> str:
    number = int.from_bytes(data, "big")
    out = b""
    while number:
        number, digit = divmod(number, 58)
        out = ALPHABET[digit:digit + 1] + out
    zeros = len(data) - len(data.lstrip(b"\0"))
    return (ALPHABET[0:1] * zeros + out).decode()


def key_text(key: SigningKey) -> str:
    return "ed25519:" + b58(bytes(key.verify_key))


def string(text: str) -> bytes:
    raw = text.encode()
    return struct.pack("<I", len(raw)) + raw


def public_key(key: SigningKey) -> bytes:
    return b"\x00" + bytes(key.verify_key)


def near_transfer(amount: int) -> tuple[bytes, object]:
    return b"\x03" + amount.to_bytes(16, "little"), near.TransferAction(amount)


def add_full_key(key: SigningKey) -> tuple[bytes, object]:
    return (b"\x05" + public_key(key) + struct.pack("<Q", 0) + b"\x01",
            near.AddKeyAction(bytes(key.verify_key),
                              near.AccessKey(0, near.AccessKeyPermissionFieldless.FullAccess)))


def add_call_key(key: SigningKey, receiver: str, methods: list[str],
                 allowance: int) -> tuple[bytes, object]:
    permission = (b"\x00" + b"\x01" + allowance.to_bytes(16, "little") + string(receiver)
                  + struct.pack("<I", len(methods)) + b"".join(string(m) for m in methods))
    return (b"\x05" + public_key(key) + struct.pack("<Q", 0) + permission,
            near.AddKeyAction(bytes(key.verify_key), near.AccessKey(
                0, near.FunctionCallPermission(receiver, methods, allowance))))


def signed_near(signer_id: str, key: SigningKey, nonce: int, receiver: str,
                actions: list[tuple[bytes, object]]) -> bytes:
    body = (string(signer_id) + public_key(key) + struct.pack("<Q", nonce) + string(receiver)
            + BLOCK_HASH + struct.pack("<I", len(actions)) + b"".join(a for a, _ in actions))
    reference = near.Transaction(signer_id, bytes(key.verify_key), nonce, receiver, BLOCK_HASH,
                                 [o for _, o in actions])
    assert bytes(reference.serialize()) == body, "Borsh encoder disagrees with py-near-primitives"
    signature = key.sign(hashlib.sha256(body).digest()).signature
    raw = body + b"\x00" + signature
    assert bytes(near.SignedTransaction(signature, reference).serialize()) == raw
    return raw


def near_account(amount: int, key: SigningKey, nonce: int) -> dict:
    return {"access_keys": [{"access_key": {"nonce": nonce, "permission": "FullAccess"},
                             "public_key": key_text(key)}],
            "account": {"amount": str(amount), "code_hash": EMPTY_CODE_HASH, "locked": "0",
                        "storage_usage": 182}}


def near_snapshot(alice_nonce: int) -> dict:
    return {"accounts": {"alice.near": near_account(100 * NEAR, ALICE_KEY, alice_nonce),
                         "b0b.near": near_account(10 * NEAR, B0B_KEY, 7_000_000),
                         "bob.near": near_account(10 * NEAR, BOB_KEY, 5_000_000)},
            "block": NEAR_BLOCK}


def near_scenarios() -> list[dict]:
    """alice.near's access key has nonce N - 1 in each snapshot; the transaction uses N."""
    return [
        {"name": "near-transfer", "nonce": 51, "receiver": "bob.near",
         "actions": [near_transfer(5 * NEAR)], "about": "5 NEAR to bob.near"},
        {"name": "near-transfer-lookalike", "nonce": 52, "receiver": "b0b.near",
         "actions": [near_transfer(5 * NEAR)], "about": "5 NEAR to b0b.near (zero for o)"},
        {"name": "near-add-full-key", "nonce": 53, "receiver": "alice.near",
         "actions": [add_full_key(NEW_KEY)],
         "about": f"adds the full-access key {key_text(NEW_KEY)} to alice.near"},
        {"name": "near-transfer-then-add-key", "nonce": 54, "receiver": "alice.near",
         "actions": [add_call_key(NEW_KEY, "app.near", [], NEAR // 4)],
         "about": f"adds {key_text(NEW_KEY)} to alice.near as a function-call key for app.near "
                  "(any method, 0.25 NEAR fee allowance)"},
        {"name": "near-login-full-key", "nonce": 55, "receiver": "alice.near",
         "actions": [add_full_key(LOGIN_KEY)],
         "about": f"a 'login' that adds the full-access key {key_text(LOGIN_KEY)} to alice.near"},
    ]


def write_near() -> list[str]:
    lines = []
    for scenario in near_scenarios():
        name = scenario["name"]
        raw = signed_near("alice.near", ALICE_KEY, scenario["nonce"], scenario["receiver"],
                          scenario["actions"])
        (OUT / f"{name}.b64").write_text(base64.b64encode(raw).decode() + "\n")
        (OUT / f"{name}.state.json").write_text(
            json.dumps(near_snapshot(scenario["nonce"] - 1), indent=1) + "\n")
        lines.append(f"{name}: {scenario['about']} (nonce {scenario['nonce']})")
    return lines


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    lines = write_evm() + write_near()
    print(f"wrote {len(lines)} scenarios to {OUT.relative_to(ROOT)}:")
    for line in lines:
        print("  " + line)


if __name__ == "__main__":
    sys.exit(main())
