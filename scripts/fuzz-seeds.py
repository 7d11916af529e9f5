#!/usr/bin/env python3
"""Writes the seed inputs of one fuzz target into a directory (scripts/fuzz calls it).

Seeds are data others wrote: ../shared/testdata (ethereum/tests transactions, the ERC-7730
registry), samples/ and the test fixtures, each turned into the bytes the target reads.
"""
import base64
import glob
import hashlib
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(ROOT, "..", "shared", "testdata")


def path(*parts):
    return os.path.join(ROOT, *parts)


def read(name, mode="r"):
    with open(name, mode) as file:
        return file.read()


def hex_bytes(text):
    text = text.strip()
    return bytes.fromhex(text[2:] if text.startswith("0x") else text)


def samples(pattern):
    return sorted(glob.glob(path("samples", pattern)))


def evm_transactions(limit=400):
    """Raw transactions: the samples and the first of ethereum/tests' TransactionTests."""
    found = [hex_bytes(read(name)) for name in samples("*.hex")]
    with open(os.path.join(SHARED, "evm-tx", "TransactionTests.jsonl")) as lines:
        seen = set()
        for line in lines:
            rlp = json.loads(line)["rlp"]
            if rlp not in seen:
                seen.add(rlp)
                found.append(hex_bytes(rlp))
            if len(seen) >= limit:
                break
    return found


def near_transactions():
    found = [base64.b64decode(read(name).strip()) for name in samples("near-*.b64")]
    vectors = json.loads(read(path("Tests", "NEARTests", "Fixtures", "near-vectors.json")))
    # Ref Finance swaps (scripts/gen-ref-swap-vectors.py): a msg of swap actions to read.
    ref = json.loads(read(path("Tests", "CLITests", "Fixtures", "ref-swaps.json")))
    return (found + [hex_bytes(vector["hex"]) for vector in vectors["vectors"] if "hex" in vector]
            + [base64.b64decode(vector["base64"]) for vector in ref["vectors"]])


def typed_data():
    found = [read(name).encode() for name in samples("*.json") if "permit" in name]
    vectors = json.loads(read(path("Tests", "EVMTests", "Fixtures", "typed-data-vectors.json")))
    # Safe transactions (scripts/gen-safe-vectors.py): calls, a DELEGATECALL, a MultiSend batch.
    safe = json.loads(read(path("Tests", "CLITests", "Fixtures", "safe", "vectors.json")))
    return (found + [json.dumps(vector["typedData"]).encode() for vector in vectors]
            + [json.dumps(vector["typedData"]).encode() for vector in safe.values() if "typedData" in vector])


def explain():
    texts = [read(name).encode() for name in samples("*.hex") + samples("*.b64")]
    texts += [read(name).encode() for name in samples("*.json") if ".state." not in name]
    texts += [tx.hex().encode() for tx in evm_transactions(100)]
    texts += [base64.b64encode(tx) for tx in near_transactions()]
    return texts + typed_data()


def abi():
    """Signature length, signature, encoded arguments: the ABI round-trip vectors of eth-abi."""
    vectors = json.loads(read(path("Tests", "EVMTests", "Fixtures", "abi-vectors.json")))
    found = []
    for vector in vectors["roundTrip"]:
        signature = ("f(" + ",".join(vector["types"]) + ")").encode()
        if len(signature) < 256:
            found.append(bytes([len(signature)]) + signature + hex_bytes(vector["encoded"]))
    return found


def erc7730(limit=300):
    names = sorted(glob.glob(os.path.join(SHARED, "erc7730", "registry", "**", "*.json"), recursive=True))
    names += sorted(glob.glob(os.path.join(SHARED, "erc7730", "ercs", "**", "*.json"), recursive=True))
    return [read(name, "rb") for name in names if not name.endswith((".schema.json", ".tests.json"))][:limit]


def evm_snapshots():
    return [read(name, "rb") for name in samples("*.state.json") if "near-" not in os.path.basename(name)]


def near_snapshots_paths():
    return samples("near-*.state.json")


def near_snapshots():
    return [read(name, "rb") for name in near_snapshots_paths()]


def jsonl(name):
    return [json.loads(line) for line in read(name).splitlines() if line]


def intent():
    words = jsonl(path("Tests", "IntentCheckTests", "Fixtures", "plain-words.jsonl"))
    claims = jsonl(path("Tests", "TxrayRulesTests", "Fixtures", "claim-corpus.jsonl"))
    return [entry["expected"].encode() for entry in words] + [entry["text"].encode() for entry in claims[:200]]


def transcripts():
    """Each (method, params, answer) of the geth RPC transcripts in ../shared/testdata/evm-rpc."""
    found = []
    for name in sorted(glob.glob(os.path.join(SHARED, "evm-rpc", "**", "*.io"), recursive=True)):
        request = None
        for line in read(name).splitlines():
            if line.startswith(">> "):
                request = json.loads(line[3:])
            elif line.startswith("<< ") and isinstance(request, dict):
                found.append((request["method"], request.get("params", []), json.loads(line[3:])))
                request = None
    return found


def rpc_answer(responses):
    """One POST's answer: the response alone, or a batch of them numbered as txray numbers its calls."""
    if len(responses) == 1:
        return json.dumps(responses[0]).encode()
    numbered = [{**response, "id": index + 1} for index, response in enumerate(responses)]
    return json.dumps(numbered).encode()


def evm_state_rpc():
    """Selector, address, slot, then the answers to each POST of the EVM state source (see
    Sources/FuzzBodies/EVMNodeAnswers.swift), all from geth's transcripts: the chain id and latest
    block, then an account's balance, nonce, code and proof, a storage slot, an older block."""
    answers = {}
    for method, params, response in transcripts():
        answers.setdefault((method, json.dumps(params)), response)
    def answer(method, *params):
        return answers[(method, json.dumps(list(params)))]
    account = "0x7dcd17433742f4c0ca53122ab541d0ba67fc27df"
    latest = answer("eth_getBlockByNumber", "latest", True)
    number = int(latest["result"]["number"], 16)
    proof = answer("eth_getProof", account, [], "latest")
    storage_proof = answer("eth_getProof", account, ["0x00"], "latest")
    # Its eth_getTransactionCount is not recorded: the nonce its proof states.
    nonce = {"jsonrpc": "2.0", "id": 1, "result": proof["result"]["nonce"]}
    plain = [answer("eth_getBalance", account, "latest"), nonce, answer("eth_getCode", account, "latest")]
    start = rpc_answer([answer("eth_chainId"), latest])
    # --verify-state proves the coinbase first; the transcripts hold a proof (against this
    # block's state root) for one account only, so the verifying seeds name it as the miner.
    mined = {**latest, "result": {**latest["result"], "miner": account}}
    verified_start = rpc_answer([answer("eth_chainId"), mined])
    slot = answer("eth_getStorageAt", account, "0x" + "00" * 32, "latest")
    unknown = "0xc1cadaffffffffffffffffffffffffffffffffff"
    unknown_plain = [answer("eth_getBalance", unknown, "latest"), answer("eth_getTransactionCount", unknown, "latest"),
                     answer("eth_getCode", unknown, "latest")]
    genesis = answer("eth_getBlockByNumber", "0x0", True)
    missing = answer("eth_getBlockByNumber", "0x3e8", True)

    def seed(selector, address, slot_number, *posts):
        head = bytes([selector]) + hex_bytes(address) + slot_number.to_bytes(32, "big")
        return head + b"\0".join(posts)
    return [
        seed(0, account, 0, start),
        seed(8, account, number, start),
        seed(1, account, 0, start, rpc_answer(plain)),
        seed(1, unknown, 0, start, rpc_answer(unknown_plain)),
        seed(5, account, 0, verified_start, rpc_answer(plain + [proof])),
        seed(2, account, 0, start, rpc_answer([slot])),
        seed(6, account, 0, verified_start, rpc_answer(plain + [proof]), rpc_answer([slot, storage_proof])),
        seed(3, account, 0, start, rpc_answer([genesis])),
        seed(3, account, 1000, start, rpc_answer([missing])),
        seed(2, "0xaa00000000000000000000000000000000000000", 0, start,
             rpc_answer([answer("eth_getStorageAt", "0xaa00000000000000000000000000000000000000", "0xasdf", "latest")])),
    ]


def near_state_rpc():
    """Selector, height, then the answers to each POST of the NEAR state source (see
    Sources/FuzzBodies/NEARNodeAnswers.swift), from scripts/near-rpc-stub.py serving the samples'
    NEAR state files: the block, then view_account, view_access_key, view_code and view_state
    for each account, present or not."""
    import subprocess
    import urllib.request
    seeds = []
    for snapshot in near_snapshots_paths():
        document = json.loads(read(snapshot))
        stub = subprocess.Popen([sys.executable, path("scripts", "near-rpc-stub.py"), snapshot],
                                stdout=subprocess.PIPE, text=True)
        try:
            url = f"http://127.0.0.1:{stub.stdout.readline().strip()}"
            def post(method, params):
                body = json.dumps({"jsonrpc": "2.0", "id": "txray", "method": method, "params": params}).encode()
                request = urllib.request.Request(url, body, {"Content-Type": "application/json"})
                with urllib.request.urlopen(request) as answer:
                    return answer.read()
            height = document["block"]["height"]
            block = post("block", {"finality": "final"})
            def query(kind, account, **extra):
                return post("query", {"request_type": kind, "account_id": account, "block_id": height, **extra})
            head = height.to_bytes(8, "big")
            seeds.append(bytes([0]) + head + block)
            seeds.append(bytes([8]) + head + post("block", {"block_id": height}))
            for account, entry in list(document["accounts"].items()) + [("nobody.near", {})]:
                keys = [key["public_key"] for key in entry.get("access_keys", [])] or ["ed25519:11111111111111111111111111111111"]
                state = entry.get("state", [])
                prefix = state[0]["key"] if state else ""
                account_answer = query("view_account", account)
                seeds += [
                    bytes([1]) + head + block + b"\0" + account_answer,
                    bytes([2]) + head + block + b"\0" + query("view_access_key", account, public_key=keys[0]),
                    bytes([3]) + head + block + b"\0" + query("view_code", account) + b"\0" + account_answer,
                    bytes([4]) + head + block + b"\0" + query("view_state", account, prefix_base64=prefix),
                ]
        finally:
            stub.terminate()
            stub.wait()
    return seeds


def codecs():
    """Hex (the samples' transactions), base64 (the NEAR samples) and base58 (NEAR keys and hashes)."""
    texts = [read(name).strip().encode() for name in samples("*.hex") + samples("near-*.b64")]
    for name in near_snapshots_paths() + samples("near-rpc-*.json"):
        stack = [json.loads(read(name))]
        while stack:
            value = stack.pop()
            if isinstance(value, dict):
                stack.extend(value.values())
            elif isinstance(value, list):
                stack.extend(value)
            elif isinstance(value, str):
                texts.append(value.split(":", 1)[-1].encode())
    return texts


def transaction_requests():
    """The sample request, and eth-account's transactions written as the requests apps send."""
    found = [read(path("samples", "request.json"), "rb")]
    for vector in json.loads(read(path("Tests", "EVMTests", "Fixtures", "eth-account-vectors.json"))):
        request = {key: vector[key] for key in ("type", "chainId", "nonce", "to", "value", "gasLimit", "gasPrice",
                                               "maxFeePerGas", "maxPriorityFeePerGas", "data", "accessList")
                   if vector.get(key) is not None}
        request["type"] = hex(vector["type"])
        found.append(json.dumps(request).encode())
        found.append(json.dumps({"jsonrpc": "2.0", "id": 1, "method": "eth_sendTransaction", "params": [request]}).encode())
    # geth's answers to eth_getTransactionByHash (signed views) and its eth_sendRawTransaction calls.
    for folder, marker in (("eth_getTransactionByHash", "<< "), ("eth_sendRawTransaction", ">> ")):
        for name in sorted(glob.glob(os.path.join(SHARED, "evm-rpc", folder, "*.io"))):
            for line in read(name).splitlines():
                if line.startswith(marker):
                    found.append(line[3:].encode())
    return found


def narrator():
    """Flags, effects, decimals, then strings for the slots (see
    Sources/FuzzBodies/NarrationSlots.swift): the ERC-7730 registry's labels and intents, the
    claim corpus's texts and the plain words of the intent tests."""
    strings = []
    for name in sorted(glob.glob(os.path.join(SHARED, "erc7730", "registry", "**", "*.json"), recursive=True))[:200]:
        stack = [json.loads(read(name))]
        while stack:
            value = stack.pop()
            if isinstance(value, dict):
                for key, item in value.items():
                    if key in ("label", "intent", "owner", "legalname", "symbol", "name") and isinstance(item, str):
                        strings.append(item)
                    else:
                        stack.append(item)
            elif isinstance(value, list):
                stack.extend(value)
    strings += [entry["expected"] for entry in jsonl(path("Tests", "IntentCheckTests", "Fixtures", "plain-words.jsonl"))][:100]
    strings += [entry["text"] for entry in jsonl(path("Tests", "TxrayRulesTests", "Fixtures", "claim-corpus.jsonl"))][:100]
    found = []
    for index in range(0, len(strings), 24):
        words = "\0".join(strings[index:index + 24]).encode()
        flags = index // 24
        found.append(bytes([flags & 0xff, (flags * 37) & 0xff, (flags * 101 + 1) & 0xff, 6 + flags % 13]) + words)
    return found


def evm_code():
    """Contract code from the samples' state files and ethereum/tests' state tests."""
    found = []
    names = samples("*.state.json")
    names += sorted(glob.glob(os.path.join(SHARED, "evm-state", "GeneralStateTests", "**", "*.json"), recursive=True))[:150]
    for name in names:
        try:
            document = json.loads(read(name))
        except (ValueError, UnicodeDecodeError):
            continue
        stack = [document]
        while stack:
            value = stack.pop()
            if isinstance(value, dict):
                code = value.get("code")
                if isinstance(code, str) and code.startswith("0x") and len(code) > 2:
                    try:
                        found.append(hex_bytes(code))
                    except ValueError:
                        pass
                stack.extend(value.values())
            elif isinstance(value, list):
                stack.extend(value)
    return found


def wasm():
    return [read(name, "rb") for name in sorted(glob.glob(path("Tests", "NEARTests", "Contracts", "*.wasm")))]


SEEDS = {
    "Explain": explain,
    "EVMTransaction": evm_transactions,
    "NEARTransaction": near_transactions,
    "NEARRPCTransaction": lambda: [read(name, "rb") for name in samples("near-rpc-*.json")],
    "ABI": abi,
    "TypedData": typed_data,
    "ERC7730": erc7730,
    "EVMSnapshot": evm_snapshots,
    "NEARSnapshot": near_snapshots,
    "Intent": intent,
    "EVMExecution": evm_code,
    "WasmExecution": wasm,
    "EVMStateRPC": evm_state_rpc,
    "NEARStateRPC": near_state_rpc,
    "Codecs": codecs,
    "TransactionRequest": transaction_requests,
    "Narrator": narrator,
}


def main():
    target, directory = sys.argv[1], sys.argv[2]
    os.makedirs(directory, exist_ok=True)
    seeds = SEEDS[target]()
    for seed in seeds:
        with open(os.path.join(directory, hashlib.sha1(seed).hexdigest()), "wb") as file:
            file.write(seed)
    print(f"fuzz-seeds: {len(seeds)} seeds for {target} in {directory}")


if __name__ == "__main__":
    main()
