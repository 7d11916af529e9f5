#!/usr/bin/env python3
"""Writes the EVM samples' state snapshots, new simulated samples, and the differential fixture.

Run: scripts/with-venv python3 scripts/gen-evm-samples.py

Real contracts, compiled here with vyper from PyPI: an ERC-20 (deployed at USDC's address with
USDC's name, symbol and 6 decimals), WETH9-like wrapped ether at WETH's address, an ERC-721
collection at BAYC's address and a no-op delegate for EIP-7702. Each contract's runtime code
(immutables included) comes from deploying it in pyrevm; its storage is computed from vyper's
storage layout (a HashMap slot is keccak256(abi.encode(slot, key))) and checked against pyrevm.

Outputs:
- samples/<name>.state.json beside every EVM sample txray can simulate offline: geth's
  prestateTracer shape ({address: {balance, nonce, code, storage}}) under "state", and the block
  under "block". Every account the transaction reads is listed with all its non-zero storage, so
  the snapshot is the whole world the transaction sees.
- samples/*.hex for the new samples (signed with Hardhat/Anvil account #0, a public test key).
- Tests/EVMTests/Fixtures/simulation-differential.json: transactions on the vyper ERC-20 run by
  pyrevm (revm) with its status, gas used, output, logs and post-state, for the Swift
  interpreter to match.
"""

import json
import re
import subprocess
import tempfile
from pathlib import Path

import rlp
from eth_abi import encode
from eth_account import Account
from eth_account.typed_transactions import TypedTransaction
from hexbytes import HexBytes
from eth_utils import keccak, to_checksum_address
from pyrevm import EVM, AccountInfo, BlockEnv, Env

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
FIXTURE = ROOT / "Tests/EVMTests/Fixtures/simulation-differential.json"

KEY_A = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"
ADDR_A = Account.from_key(KEY_A).address
GWEI = 10**9
ETHER = 10**18
MAX_UINT256 = 2**256 - 1

USDC = "0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48"
WETH = "0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2"
PERMIT2 = "0x000000000022D473030F116dDEE9F6B43aC78BA3"
VITALIK = "0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045"
DELEGATE = "0x63c0c19a282a1B52b07dD5a65b58948A07DAE32B"
BASE_BATCH_INBOX = "0xFf00000000000000000000000000000000008453"
BAYC = "0xBC4CA0EdA7647A8aB7C2061c2E118A18a936f13D"
OPENSEA_CONDUIT = "0x1E0049783F008A0085193E00003D00cd54003c71"
BUILDER = "0x95222290DD7278Aa3Ddd389Cc1E1d165CC4BAfe5"
UNIVERSAL_ROUTER_ADDRESS = "0x66a9893cC07D91D95644AEDD05D03f95e1dBA8Af"
WETH_USDC_POOL = "0x88e6A0c2dDD26FEEb64F039a2c41296FcB3f5640"

# A mainnet-like Osaka block: base fee 10 gwei, blob base fee 1 wei.
BLOCK = {
    "number": 21_000_000, "timestamp": 1_764_000_000, "coinbase": BUILDER,
    "gasLimit": 36_000_000, "baseFee": 10 * GWEI,
    "prevRandao": "0x" + keccak(b"txray sample block").hex(), "excessBlobGas": 0, "chainId": 1,
}

ERC20 = """
# pragma version 0.4.3
event Transfer:
    sender: indexed(address)
    receiver: indexed(address)
    value: uint256

event Approval:
    owner: indexed(address)
    spender: indexed(address)
    value: uint256

NAME: immutable(String[32])
SYMBOL: immutable(String[16])
DECIMALS: immutable(uint8)

totalSupply: public(uint256)
balanceOf: public(HashMap[address, uint256])
allowance: public(HashMap[address, HashMap[address, uint256]])

@deploy
def __init__(name_: String[32], symbol_: String[16], decimals_: uint8, supply: uint256):
    NAME = name_
    SYMBOL = symbol_
    DECIMALS = decimals_
    self.totalSupply = supply
    self.balanceOf[msg.sender] = supply
    log Transfer(sender=empty(address), receiver=msg.sender, value=supply)

@external
@view
def name() -> String[32]:
    return NAME

@external
@view
def symbol() -> String[16]:
    return SYMBOL

@external
@view
def decimals() -> uint8:
    return DECIMALS

@external
def transfer(receiver: address, amount: uint256) -> bool:
    assert self.balanceOf[msg.sender] >= amount, "ERC20: transfer amount exceeds balance"
    self.balanceOf[msg.sender] -= amount
    self.balanceOf[receiver] += amount
    log Transfer(sender=msg.sender, receiver=receiver, value=amount)
    return True

@external
def approve(spender: address, amount: uint256) -> bool:
    self.allowance[msg.sender][spender] = amount
    log Approval(owner=msg.sender, spender=spender, value=amount)
    return True

@external
def transferFrom(owner: address, receiver: address, amount: uint256) -> bool:
    allowed: uint256 = self.allowance[owner][msg.sender]
    if allowed != max_value(uint256):
        assert allowed >= amount, "ERC20: insufficient allowance"
        self.allowance[owner][msg.sender] = allowed - amount
    assert self.balanceOf[owner] >= amount, "ERC20: transfer amount exceeds balance"
    self.balanceOf[owner] -= amount
    self.balanceOf[receiver] += amount
    log Transfer(sender=owner, receiver=receiver, value=amount)
    return True
"""

WETH9 = """
# pragma version 0.4.3
event Transfer:
    sender: indexed(address)
    receiver: indexed(address)
    value: uint256

event Approval:
    owner: indexed(address)
    spender: indexed(address)
    value: uint256

event Deposit:
    dst: indexed(address)
    wad: uint256

event Withdrawal:
    src: indexed(address)
    wad: uint256

balanceOf: public(HashMap[address, uint256])
allowance: public(HashMap[address, HashMap[address, uint256]])

@external
@view
def name() -> String[32]:
    return "Wrapped Ether"

@external
@view
def symbol() -> String[8]:
    return "WETH"

@external
@view
def decimals() -> uint8:
    return 18

@external
@view
def totalSupply() -> uint256:
    return self.balance

@internal
@payable
def _deposit():
    self.balanceOf[msg.sender] += msg.value
    log Deposit(dst=msg.sender, wad=msg.value)

@external
@payable
def deposit():
    self._deposit()

@external
@payable
def __default__():
    self._deposit()

@external
def withdraw(wad: uint256):
    assert self.balanceOf[msg.sender] >= wad
    self.balanceOf[msg.sender] -= wad
    send(msg.sender, wad)
    log Withdrawal(src=msg.sender, wad=wad)

@external
def approve(spender: address, amount: uint256) -> bool:
    self.allowance[msg.sender][spender] = amount
    log Approval(owner=msg.sender, spender=spender, value=amount)
    return True

@external
def transfer(receiver: address, amount: uint256) -> bool:
    assert self.balanceOf[msg.sender] >= amount
    self.balanceOf[msg.sender] -= amount
    self.balanceOf[receiver] += amount
    log Transfer(sender=msg.sender, receiver=receiver, value=amount)
    return True
"""

ERC721 = """
# pragma version 0.4.3
event Transfer:
    sender: indexed(address)
    receiver: indexed(address)
    token_id: indexed(uint256)

event ApprovalForAll:
    owner: indexed(address)
    operator: indexed(address)
    approved: bool

ownerOf: public(HashMap[uint256, address])
balanceOf: public(HashMap[address, uint256])
isApprovedForAll: public(HashMap[address, HashMap[address, bool]])

@external
@view
def name() -> String[32]:
    return "BoredApeYachtClub"

@external
@view
def symbol() -> String[8]:
    return "BAYC"

@external
@view
def supportsInterface(interface_id: bytes4) -> bool:
    return interface_id in [0x01ffc9a7, 0x80ac58cd, 0x5b5e139f]

@external
def setApprovalForAll(operator: address, approved: bool):
    self.isApprovedForAll[msg.sender][operator] = approved
    log ApprovalForAll(owner=msg.sender, operator=operator, approved=approved)

@external
def transferFrom(owner: address, receiver: address, token_id: uint256):
    assert self.ownerOf[token_id] == owner, "not the owner"
    assert msg.sender == owner or self.isApprovedForAll[owner][msg.sender], "not approved"
    self.ownerOf[token_id] = receiver
    self.balanceOf[owner] -= 1
    self.balanceOf[receiver] += 1
    log Transfer(sender=owner, receiver=receiver, token_id=token_id)
"""

# A smart-account stand-in for EIP-7702: accepts any call and ETH, does nothing.
# The Universal Router sample's world. The router's and the pool's real mainnet code and state
# are not to be had offline, so the snapshot places these two small contracts at their addresses:
# a router that runs the four Universal Router commands the sample uses (WRAP_ETH,
# V3_SWAP_EXACT_IN, PAY_PORTION, SWEEP) as Uniswap's code does, and a constant-product WETH/USDC
# pool with the 0.05% fee at the address of the real 0.05% pool. The simulation is then a real
# execution of the sample's calldata: what the account pays and gets back comes out of it.
UNIVERSAL_ROUTER = """
# pragma version 0.4.3
interface ERC20:
    def transfer(receiver: address, amount: uint256) -> bool: nonpayable
    def transferFrom(owner: address, receiver: address, amount: uint256) -> bool: nonpayable
    def balanceOf(owner: address) -> uint256: view

interface WETH9:
    def deposit(): payable

interface Pool:
    def swap(token_in: address, recipient: address) -> uint256: nonpayable

WETH: constant(address) = 0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2
MSG_SENDER: constant(address) = 0x0000000000000000000000000000000000000001
ADDRESS_THIS: constant(address) = 0x0000000000000000000000000000000000000002
CONTRACT_BALANCE: constant(uint256) = 2**255
POOL: immutable(address)

@deploy
def __init__(pool: address):
    POOL = pool

@internal
@view
def _recipient(stated: address) -> address:
    if stated == MSG_SENDER:
        return msg.sender
    if stated == ADDRESS_THIS:
        return self
    return stated

@internal
def _wrap(input: Bytes[1024]):
    recipient: address = empty(address)
    amount: uint256 = 0
    recipient, amount = abi_decode(input, (address, uint256))
    if amount == CONTRACT_BALANCE:
        amount = self.balance
    assert amount <= self.balance, "InsufficientETH"
    extcall WETH9(WETH).deposit(value=amount)
    to: address = self._recipient(recipient)
    if to != self:
        extcall ERC20(WETH).transfer(to, amount)

@internal
def _v3_exact_in(input: Bytes[1024]):
    recipient: address = empty(address)
    amount_in: uint256 = 0
    amount_out_min: uint256 = 0
    path: Bytes[43] = b""
    payer_is_user: bool = False
    recipient, amount_in, amount_out_min, path, payer_is_user = abi_decode(
        input, (address, uint256, uint256, Bytes[43], bool))
    token_in: address = convert(convert(slice(path, 0, 20), bytes20), address)
    if amount_in == CONTRACT_BALANCE:
        amount_in = staticcall ERC20(token_in).balanceOf(self)
    if payer_is_user:
        extcall ERC20(token_in).transferFrom(msg.sender, POOL, amount_in)
    else:
        extcall ERC20(token_in).transfer(POOL, amount_in)
    out: uint256 = extcall Pool(POOL).swap(token_in, self._recipient(recipient))
    assert out >= amount_out_min, "V3TooLittleReceived"

@internal
def _pay_portion(input: Bytes[1024]):
    token: address = empty(address)
    recipient: address = empty(address)
    bips: uint256 = 0
    token, recipient, bips = abi_decode(input, (address, address, uint256))
    assert bips <= 10_000, "InvalidBips"
    held: uint256 = staticcall ERC20(token).balanceOf(self)
    extcall ERC20(token).transfer(self._recipient(recipient), held * bips // 10_000)

@internal
def _sweep(input: Bytes[1024]):
    token: address = empty(address)
    recipient: address = empty(address)
    amount_min: uint256 = 0
    token, recipient, amount_min = abi_decode(input, (address, address, uint256))
    held: uint256 = staticcall ERC20(token).balanceOf(self)
    assert held >= amount_min, "InsufficientToken"
    if held > 0:
        extcall ERC20(token).transfer(self._recipient(recipient), held)

@external
@payable
def execute(commands: Bytes[16], inputs: DynArray[Bytes[1024], 16], deadline: uint256):
    assert block.timestamp <= deadline, "TransactionDeadlinePassed"
    assert len(commands) == len(inputs), "LengthMismatch"
    for i: uint256 in range(16):
        if i == len(commands):
            break
        command: uint256 = convert(slice(commands, i, 1), uint256) % 64
        if command == 11:
            self._wrap(inputs[i])
        elif command == 0:
            self._v3_exact_in(inputs[i])
        elif command == 6:
            self._pay_portion(inputs[i])
        elif command == 4:
            self._sweep(inputs[i])
        else:
            raise "InvalidCommandType"
"""

CONSTANT_PRODUCT_POOL = """
# pragma version 0.4.3
interface ERC20:
    def transfer(receiver: address, amount: uint256) -> bool: nonpayable
    def balanceOf(owner: address) -> uint256: view

event Swap:
    sender: indexed(address)
    recipient: indexed(address)
    amount_in: uint256
    amount_out: uint256

TOKEN0: immutable(address)
TOKEN1: immutable(address)
FEE_PIPS: constant(uint256) = 500

reserve0: public(uint256)
reserve1: public(uint256)

@deploy
def __init__(token0: address, token1: address):
    TOKEN0 = token0
    TOKEN1 = token1

@external
def swap(token_in: address, recipient: address) -> uint256:
    assert token_in == TOKEN0 or token_in == TOKEN1, "not a token of this pool"
    zero_for_one: bool = token_in == TOKEN0
    reserve_in: uint256 = self.reserve0 if zero_for_one else self.reserve1
    reserve_out: uint256 = self.reserve1 if zero_for_one else self.reserve0
    token_out: address = TOKEN1 if zero_for_one else TOKEN0
    amount_in: uint256 = staticcall ERC20(token_in).balanceOf(self) - reserve_in
    with_fee: uint256 = amount_in * (10**6 - FEE_PIPS)
    amount_out: uint256 = with_fee * reserve_out // (reserve_in * 10**6 + with_fee)
    extcall ERC20(token_out).transfer(recipient, amount_out)
    if zero_for_one:
        self.reserve0 = reserve_in + amount_in
        self.reserve1 = reserve_out - amount_out
    else:
        self.reserve1 = reserve_in + amount_in
        self.reserve0 = reserve_out - amount_out
    log Swap(sender=msg.sender, recipient=recipient, amount_in=amount_in, amount_out=amount_out)
    return amount_out
"""

NO_OP_DELEGATE = """
# pragma version 0.4.3
@external
@payable
def __default__():
    pass
"""

# A loop-heavy contract for scripts/bench-evm: loop(n) sums keccak256 hashes n times.
LOOP = """
# pragma version 0.4.3
@external
def loop(n: uint256) -> bytes32:
    acc: bytes32 = empty(bytes32)
    for i: uint256 in range(n, bound=10000000):
        acc = keccak256(concat(acc, convert(i, bytes32)))
    return acc
"""


def vyper_version() -> str:
    return subprocess.run(["vyper", "--version"], capture_output=True, text=True,
                          check=True).stdout.strip()


def compile_vyper(source: str) -> tuple[bytes, dict]:
    """Initcode and storage layout of a vyper source."""
    with tempfile.NamedTemporaryFile("w", suffix=".vy") as file:
        file.write(source)
        file.flush()
        out = subprocess.run(["vyper", "-f", "bytecode,layout", file.name],
                             capture_output=True, text=True, check=True).stdout.splitlines()
    return bytes.fromhex(out[0].removeprefix("0x")), json.loads(out[1]).get("storage_layout", {})


def deployed_code(evm: EVM, address: str) -> bytes:
    """The code at `address` as deployed: revm pads analysed code with up to 33 STOP bytes,
    which are cut until the code hash matches again."""
    code = bytes(evm.get_code(address) or b"")
    wanted = bytes(evm.basic(address).code_hash)
    for cut in range(34):
        candidate = code[:len(code) - cut]
        if keccak(candidate) == wanted:
            return candidate
    raise ValueError(f"code at {address} does not match its hash")


def runtime_code(initcode: bytes) -> bytes:
    """The deployed code (immutables filled in) of `initcode`, by deploying it in pyrevm."""
    evm = EVM(spec_id="PRAGUE")
    deployer = "0x000000000000000000000000000000000000d0d0"
    evm.set_balance(deployer, ETHER)
    return deployed_code(evm, evm.deploy(deployer, initcode, gas=10_000_000))


def slot_of(layout: dict, name: str, *keys) -> int:
    """The storage slot of `name[keys...]` in vyper's layout."""
    slot = layout[name]["slot"]
    for key in keys:
        kind = "address" if isinstance(key, str) else "uint256"
        slot = int.from_bytes(keccak(encode(["uint256", kind], [slot, key])), "big")
    return slot


ERC20_INIT, ERC20_LAYOUT = compile_vyper(ERC20)
WETH_INIT, WETH_LAYOUT = compile_vyper(WETH9)
ERC721_INIT, ERC721_LAYOUT = compile_vyper(ERC721)
DELEGATE_INIT, _ = compile_vyper(NO_OP_DELEGATE)
LOOP_INIT, _ = compile_vyper(LOOP)
ROUTER_INIT, _ = compile_vyper(UNIVERSAL_ROUTER)
POOL_INIT, POOL_LAYOUT = compile_vyper(CONSTANT_PRODUCT_POOL)


def erc20_initcode(name: str, symbol: str, decimals: int, supply: int) -> bytes:
    return ERC20_INIT + encode(["string", "string", "uint8", "uint256"],
                               [name, symbol, decimals, supply])


USDC_CODE = runtime_code(erc20_initcode("USD Coin", "USDC", 6, 0))
WETH_CODE = runtime_code(WETH_INIT)
BAYC_CODE = runtime_code(ERC721_INIT)
DELEGATE_CODE = runtime_code(DELEGATE_INIT)
ROUTER_CODE = runtime_code(ROUTER_INIT + encode(["address"], [WETH_USDC_POOL]))
POOL_CODE = runtime_code(POOL_INIT + encode(["address", "address"], [USDC, WETH]))


class World:
    """A complete small state: every account a transaction can reach, with all its storage."""

    def __init__(self) -> None:
        self.accounts: dict[str, dict] = {}

    def account(self, address: str, balance: int = 0, nonce: int = 0, code: bytes = b"",
                storage: dict[int, int] | None = None) -> "World":
        self.accounts[to_checksum_address(address)] = {
            "balance": balance, "nonce": nonce, "code": code, "storage": dict(storage or {})}
        return self

    def usdc(self, balances: dict[str, int], allowances: dict[tuple[str, str], int] | None = None,
             address: str = USDC, code: bytes | None = None) -> "World":
        storage = {slot_of(ERC20_LAYOUT, "totalSupply"): sum(balances.values())}
        for holder, amount in balances.items():
            storage[slot_of(ERC20_LAYOUT, "balanceOf", holder)] = amount
        for (owner, spender), amount in (allowances or {}).items():
            storage[slot_of(ERC20_LAYOUT, "allowance", owner, spender)] = amount
        return self.account(address, code=code or USDC_CODE, storage=storage)

    def evm(self, block: dict = BLOCK) -> EVM:
        evm = EVM(spec_id="PRAGUE", env=Env(block=BlockEnv(
            number=block["number"], coinbase=block["coinbase"], timestamp=block["timestamp"],
            basefee=block["baseFee"], gas_limit=block["gasLimit"],
            prevrandao=bytes.fromhex(block["prevRandao"][2:]),
            excess_blob_gas=block["excessBlobGas"])))
        for address, account in self.accounts.items():
            evm.insert_account_info(address, AccountInfo(nonce=account["nonce"],
                                                         code=account["code"] or None))
            evm.set_balance(address, account["balance"])
            for slot, value in account["storage"].items():
                evm.insert_account_storage(address, slot, value)
        return evm

    def snapshot(self, block: dict = BLOCK) -> dict:
        """{"block": …, "state": prestateTracer map}, quantities 0x-hex as geth writes them."""
        state = {}
        for address, account in sorted(self.accounts.items(), key=lambda item: item[0].lower()):
            entry = {"balance": hex(account["balance"]), "nonce": account["nonce"]}
            if account["code"]:
                entry["code"] = "0x" + account["code"].hex()
            if account["storage"]:
                entry["storage"] = {"0x" + slot.to_bytes(32, "big").hex():
                                    "0x" + value.to_bytes(32, "big").hex()
                                    for slot, value in sorted(account["storage"].items())}
            state[address.lower()] = entry
        return {"block": {key: (hex(value) if isinstance(value, int) else value)
                          for key, value in block.items()},
                "state": state}


def check_layout() -> None:
    """The computed slots are the ones vyper uses: read them back through the contract."""
    world = World().account(ADDR_A, balance=ETHER).usdc({ADDR_A: 7}, {(ADDR_A, PERMIT2): 9})
    evm = world.evm()
    def call(signature: str, types: list[str], values: list) -> int:
        data = keccak(text=signature)[:4] + encode(types, values)
        return int.from_bytes(evm.message_call(ADDR_A, USDC, data, gas=100_000), "big")
    assert call("balanceOf(address)", ["address"], [ADDR_A]) == 7
    assert call("allowance(address,address)", ["address", "address"], [ADDR_A, PERMIT2]) == 9
    assert call("totalSupply()", [], []) == 7


def selector_call(signature: str, types: list[str], values: list) -> bytes:
    return keccak(text=signature)[:4] + encode(types, values)


def transfer(to: str, amount: int) -> bytes:
    return selector_call("transfer(address,uint256)", ["address", "uint256"], [to, amount])


def approve(spender: str, amount: int) -> bytes:
    return selector_call("approve(address,uint256)", ["address", "uint256"], [spender, amount])


def dynamic(nonce: int, gas: int, to: str | None, value: int = 0, data: bytes = b"",
            **extra) -> dict:
    tx = {"type": 2, "chainId": 1, "nonce": nonce, "maxPriorityFeePerGas": GWEI,
          "maxFeePerGas": 30 * GWEI, "gas": gas, "value": value, "data": data}
    if to is not None:
        tx["to"] = to
    tx.update(extra)
    return tx


def sender(balance: int, nonce: int) -> World:
    return World().account(ADDR_A, balance=balance, nonce=nonce).account(BUILDER)


def created_by(deployer: str, nonce: int) -> str:
    """The address CREATE gives a contract deployed by `deployer` at `nonce`."""
    return to_checksum_address(keccak(rlp.encode([bytes.fromhex(deployer[2:]), nonce]))[12:])


def sample_worlds() -> dict[str, World]:
    """The state each sample (existing ones by scripts/gen-vectors.py, new ones below) runs in.

    Nonces match each transaction's: every sample is simulated alone against its own snapshot.
    Like prestateTracer's output, slots read while still zero (a first allowance, a first WETH
    balance) and the address a creation deploys to are listed too, as zero and as empty.
    """
    usdc_holding = {ADDR_A: 1_000 * 10**6, VITALIK: 42 * 10**6}
    return {
        "eip1559-eth-transfer": sender(10 * ETHER, 7).account(VITALIK, balance=3 * ETHER),
        "erc20-approve-unlimited": sender(ETHER, 8).usdc(usdc_holding, {(ADDR_A, PERMIT2): 0}),
        "erc20-transfer": sender(ETHER, 11).usdc(usdc_holding),
        "unsigned-eip1559": sender(ETHER, 11).usdc(usdc_holding),
        "legacy-no-chainid": sender(ETHER, 0).account(VITALIK, balance=3 * ETHER),
        "legacy-eip155": sender(ETHER, 1).account(VITALIK, balance=3 * ETHER),
        "eip2930-access-list": sender(2 * ETHER, 12).account(
            WETH, balance=1_000 * ETHER, code=WETH_CODE,
            storage={slot_of(WETH_LAYOUT, "balanceOf", VITALIK): 1_000 * ETHER,
                     slot_of(WETH_LAYOUT, "balanceOf", ADDR_A): ETHER // 4}),
        "eip4844-blob": sender(ETHER, 13).account(BASE_BATCH_INBOX),
        "eip7702-delegation": sender(ETHER, 14).account(DELEGATE, code=DELEGATE_CODE),
        "contract-creation": sender(ETHER, 15).account(created_by(ADDR_A, 15)),
        "request": sender(ETHER, 16).usdc(usdc_holding, {(ADDR_A, PERMIT2): 0}),
        "erc20-transfer-reverts": sender(ETHER, 17).usdc(usdc_holding),
        "nft-set-approval-for-all": sender(ETHER, 18).account(
            BAYC, code=BAYC_CODE,
            storage={slot_of(ERC721_LAYOUT, "ownerOf", 8817): int(ADDR_A, 16),
                     slot_of(ERC721_LAYOUT, "balanceOf", ADDR_A): 1,
                     slot_of(ERC721_LAYOUT, "isApprovedForAll", ADDR_A, OPENSEA_CONDUIT): 0}),
        "erc20-deploy": sender(ETHER, 19).account(created_by(ADDR_A, 19)),
        "uniswap-universal-router-swap": universal_router_world(),
    }


def universal_router_world() -> World:
    """The pool holds 1,000 WETH and 3,500,000 USDC (3,500 USDC an ether); the router, the
    account's USDC and the portion's recipient start with none (listed as zero: they are read)."""
    pool_weth, pool_usdc = 1_000 * ETHER, 3_500_000 * 10**6
    world = (sender(5 * ETHER, 12)
             .account(UNIVERSAL_ROUTER_ADDRESS, code=ROUTER_CODE)
             .account(WETH_USDC_POOL, code=POOL_CODE,
                      storage={slot_of(POOL_LAYOUT, "reserve0"): pool_usdc,
                               slot_of(POOL_LAYOUT, "reserve1"): pool_weth})
             .account(WETH, balance=pool_weth, code=WETH_CODE,
                      storage={slot_of(WETH_LAYOUT, "balanceOf", WETH_USDC_POOL): pool_weth,
                               slot_of(WETH_LAYOUT, "balanceOf", UNIVERSAL_ROUTER_ADDRESS): 0})
             .usdc({WETH_USDC_POOL: pool_usdc, UNIVERSAL_ROUTER_ADDRESS: 0, ADDR_A: 0, VITALIK: 0})
             .account(VITALIK, balance=3 * ETHER))
    return world


def check_universal_router() -> None:
    """pyrevm runs the signed sample's call in its world: the account gets the USDC back."""
    raw = bytes.fromhex((SAMPLES / "uniswap-universal-router-swap.hex").read_text().strip()[2:])
    tx = TypedTransaction.from_bytes(HexBytes(raw)).as_dict()
    evm = universal_router_world().evm()
    evm.message_call(ADDR_A, UNIVERSAL_ROUTER_ADDRESS, bytes(tx["data"]), value=tx["value"],
                     gas=tx["gas"])
    balance = selector_call("balanceOf(address)", ["address"], [ADDR_A])
    received = int.from_bytes(evm.message_call(ADDR_A, USDC, balance, gas=100_000), "big")
    assert received >= 2_990 * 10**6, received


def new_samples() -> dict[str, dict]:
    """Transactions only this script writes (the others are scripts/gen-vectors.py's)."""
    return {
        # 5,000 USDC from an account holding 1,000: reverts with the token's reason.
        "erc20-transfer-reverts": dynamic(17, 65_000, USDC, data=transfer(VITALIK, 5_000 * 10**6)),
        "nft-set-approval-for-all": dynamic(
            18, 60_000, BAYC, data=selector_call("setApprovalForAll(address,bool)",
                                                 ["address", "bool"], [OPENSEA_CONDUIT, True])),
        "erc20-deploy": dynamic(19, 1_000_000, None,
                                data=erc20_initcode("Txray Test Token", "TXT", 18, 10**24)),
    }


def write_samples() -> None:
    for name, tx in new_samples().items():
        signed = Account.sign_transaction(tx, KEY_A)
        (SAMPLES / f"{name}.hex").write_text("0x" + bytes(signed.raw_transaction).hex() + "\n")
    for name, world in sample_worlds().items():
        (SAMPLES / f"{name}.state.json").write_text(json.dumps(world.snapshot(), indent=1) + "\n")


# Differential cases: the vyper ERC-20 under pyrevm. pyrevm's message_call charges no fee and
# checks no nonce, so the fixture uses gas price 0 (and base fee 0): balances then move by value
# only, and the Swift executor runs the same transaction with the same nonce. pyrevm's
# insert_account_storage writes into the open journal (warm, and "dirty" for SSTORE pricing),
# so the token's state is built by real transactions instead: deploy, then transfers and approves.
DIFF_BLOCK = dict(BLOCK, baseFee=0)
HOLDER = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8"
SPENDER = "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC"
DEPLOYER = "0x90F79bf6EB2c4f870365E785982E1f101E93b906"
TOKEN = created_by(DEPLOYER, 0)
DIFF_BALANCES = {ADDR_A: 5_000 * 10**6, HOLDER: 10**6}
DIFF_ALLOWANCES = {(HOLDER, SPENDER): 2 * 10**6, (ADDR_A, SPENDER): MAX_UINT256}


def diff_evm() -> tuple[EVM, World]:
    """A fresh pyrevm with the differential world, and the same world as a snapshot."""
    world = (World().account(ADDR_A, balance=10 * ETHER, nonce=3)
             .account(HOLDER, balance=ETHER).account(SPENDER, balance=ETHER)
             .account(VITALIK, balance=ETHER).account(DEPLOYER, balance=ETHER))
    block = DIFF_BLOCK
    evm = EVM(spec_id="PRAGUE", env=Env(block=BlockEnv(
        number=block["number"], coinbase=block["coinbase"], timestamp=block["timestamp"],
        basefee=block["baseFee"], gas_limit=block["gasLimit"],
        prevrandao=bytes.fromhex(block["prevRandao"][2:]),
        excess_blob_gas=block["excessBlobGas"])))
    for address, account in world.accounts.items():
        evm.insert_account_info(address, AccountInfo(balance=account["balance"],
                                                     nonce=account["nonce"]))
    supply = sum(DIFF_BALANCES.values())
    token = evm.deploy(DEPLOYER, erc20_initcode("Txray Test Token", "TXT", 18, supply),
                       gas=2_000_000)
    assert to_checksum_address(token) == TOKEN
    for holder, amount in DIFF_BALANCES.items():
        evm.message_call(DEPLOYER, TOKEN, transfer(holder, amount), gas=200_000)
    for (owner, spender), amount in DIFF_ALLOWANCES.items():
        evm.message_call(owner, TOKEN, approve(spender, amount), gas=200_000)
    world.account(DEPLOYER, balance=ETHER, nonce=1)
    world.usdc(dict(DIFF_BALANCES, **{DEPLOYER: 0}), DIFF_ALLOWANCES, address=TOKEN,
               code=deployed_code(evm, TOKEN))
    for slot, value in world.accounts[TOKEN]["storage"].items():
        assert evm.storage(TOKEN, slot) == value, f"slot {hex(slot)}"
    return evm, world


def diff_cases() -> list[dict]:
    transfer_from = lambda owner, to, amount: selector_call(  # noqa: E731
        "transferFrom(address,address,uint256)", ["address", "address", "uint256"],
        [owner, to, amount])
    return [
        {"reads_setup_slots": True, "name": "transfer", "from": ADDR_A, "to": TOKEN, "data": transfer(VITALIK, 250 * 10**6)},
        {"reads_setup_slots": True, "name": "transfer to self", "from": ADDR_A, "to": TOKEN, "data": transfer(ADDR_A, 1)},
        {"reads_setup_slots": True, "name": "transfer of zero", "from": HOLDER, "to": TOKEN, "data": transfer(VITALIK, 0)},
        {"reads_setup_slots": True, "name": "transfer exceeding balance reverts", "from": HOLDER, "to": TOKEN,
         "data": transfer(VITALIK, 10**6 + 1)},
        {"name": "approve unlimited", "from": ADDR_A, "to": TOKEN,
         "data": approve(PERMIT2, MAX_UINT256)},
        {"reads_setup_slots": True, "name": "approve zero (revoke)", "from": HOLDER, "to": TOKEN,
         "data": approve(SPENDER, 0)},
        {"reads_setup_slots": True, "name": "transferFrom within allowance", "from": SPENDER, "to": TOKEN,
         "data": transfer_from(HOLDER, VITALIK, 10**6)},
        {"reads_setup_slots": True, "name": "transferFrom with unlimited allowance", "from": SPENDER, "to": TOKEN,
         "data": transfer_from(ADDR_A, SPENDER, 7)},
        {"name": "transferFrom over allowance reverts", "from": VITALIK, "to": TOKEN,
         "data": transfer_from(HOLDER, VITALIK, 1)},
        {"name": "unknown selector reverts", "from": ADDR_A, "to": TOKEN,
         "data": bytes.fromhex("deadbeef")},
        {"name": "out of gas", "from": ADDR_A, "to": TOKEN, "data": transfer(VITALIK, 1),
         "gas": 30_000},
        {"name": "ether transfer", "from": ADDR_A, "to": VITALIK, "data": b"", "value": ETHER},
        {"name": "deploy the ERC-20", "from": ADDR_A, "to": None,
         "data": erc20_initcode("Txray Test Token", "TXT", 18, 10**24)},
        {"name": "deploy with decimals out of uint8 range reverts", "from": ADDR_A, "to": None,
         "data": ERC20_INIT + encode(["string", "string", "uint256", "uint256"],
                                     ["Bad", "BAD", 256, 1])},
        {"name": "loop contract deploy", "from": ADDR_A, "to": None, "data": LOOP_INIT},
    ]


def watched_slots(case: dict) -> list[int]:
    """Every token slot the case could write: totals, balances and allowances of all parties."""
    parties = [ADDR_A, HOLDER, SPENDER, VITALIK, PERMIT2, DEPLOYER]
    slots = [slot_of(ERC20_LAYOUT, "totalSupply")]
    slots += [slot_of(ERC20_LAYOUT, "balanceOf", party) for party in parties]
    slots += [slot_of(ERC20_LAYOUT, "allowance", owner, spender)
              for owner in parties for spender in parties]
    return slots


def run_case(case: dict) -> dict:
    evm, world = diff_evm()
    gas = case.get("gas", 1_000_000)
    value = case.get("value", 0)
    sender_nonce = world.accounts[to_checksum_address(case["from"])]["nonce"]
    created = None
    try:
        if case["to"] is None:
            created = evm.deploy(case["from"], case["data"], value=value, gas=gas)
        else:
            output = evm.message_call(case["from"], case["to"], case["data"], value=value,
                                      gas=gas)
        status = "success"
        output = b"" if created else bytes(output)
    except RuntimeError as error:
        # pyrevm raises "Revert { gas_used: N, output: 0x… }" or "Halt { reason: …, gas_used: N }".
        text = str(error)
        status = "reverted" if text.startswith("Revert") else "halted"
        found = re.search(r"output: 0x([0-9a-f]*)", text)
        output = bytes.fromhex(found.group(1)) if found else b""
    result = evm.result
    # pyrevm's Revert/Halt errors report gas before the EIP-7623 calldata floor (Prague), which
    # every transaction pays at least: 21000 + 10 per token (zero byte 1, other byte 4).
    zeros = case["data"].count(0)
    floor = 21_000 + 10 * (zeros + 4 * (len(case["data"]) - zeros))
    gas_used = max(result.gas_used, floor)
    logs = [{"address": to_checksum_address(log.address), "topics": log.topics,
             "data": "0x" + bytes(log.data[1]).hex()} for log in (result.logs or [])] \
        if status == "success" else []
    post = {}
    for address in [TOKEN, ADDR_A, HOLDER, SPENDER, VITALIK]:
        entry = {"balance": str(evm.get_balance(address))}
        if address == TOKEN:
            entry["storage"] = {hex(slot): hex(evm.storage(address, slot))
                                for slot in watched_slots(case)}
        post[address] = entry
    if created:
        post[to_checksum_address(created)] = {
            "balance": str(evm.get_balance(created)),
            "code": "0x" + deployed_code(evm, created).hex()}
    return {
        "name": case["name"],
        "tx": {"from": case["from"], "to": case["to"], "value": str(value),
               "data": "0x" + case["data"].hex(), "gasLimit": str(gas), "nonce": sender_nonce,
               "gasPrice": "0"},
        # pyrevm keeps one journal across message_calls: slots the setup transactions wrote stay
        # warm and "dirty" for the case, so its gas is not a per-transaction figure there.
        "gasComparable": not case.get("reads_setup_slots", False),
        "expected": {"status": status, "gasUsed": gas_used, "output": "0x" + output.hex(),
                     "logs": logs, "created": to_checksum_address(created) if created else None,
                     "post": post},
    }


def write_differential() -> None:
    document = {
        "generator": "scripts/gen-evm-samples.py",
        "oracle": "pyrevm 0.3.7 (revm), spec PRAGUE; contracts compiled by " + vyper_version(),
        "fork": "prague",
        "block": {key: (str(value) if isinstance(value, int) else value)
                  for key, value in DIFF_BLOCK.items()},
        "pre": diff_evm()[1].snapshot(DIFF_BLOCK)["state"],
        "cases": [run_case(case) for case in diff_cases()],
    }
    FIXTURE.write_text(json.dumps(document, indent=1) + "\n")


def main() -> None:
    check_layout()
    check_universal_router()
    write_samples()
    write_differential()
    print(f"wrote samples/*.state.json, new samples and {FIXTURE.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
