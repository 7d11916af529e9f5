#!/usr/bin/env python3
"""A hostile loopback JSON-RPC node for txray's tests: it stalls, closes mid-answer, answers
garbage, answers for another block, or contradicts itself, so the tests can check that txray
meets each with a bounded wait and one clear error, never a result that looks safe.

    scripts/lying-node.py MODE --evm FIXTURE      Ethereum JSON-RPC from a proof fixture
    scripts/lying-node.py MODE --near SNAPSHOT    NEAR RPC: scripts/near-rpc-stub.py behind it

FIXTURE is Tests/EVMTests/Fixtures/proof-vectors.json (scripts/gen-proof-vectors.py): the node
answers eth_chainId, eth_getBlockByNumber, eth_getBalance, eth_getTransactionCount, eth_getCode,
eth_getStorageAt and eth_getProof for its pinned block, single or batched, and a JSON-RPC error
for anything it does not hold. With --near it starts the NEAR stub on SNAPSHOT and passes
requests through to it. MODE says what goes wrong:

    honest       nothing: every answer is right
    stall        accept the request, never answer
    slow         answer every state read right, 1.5 seconds late
    stall-state  answer the block (eth_chainId, eth_getBlockByNumber; NEAR block), then stall on
                 every state read, so a simulation is cut off halfway
    close        send the headers and half the body, then close the connection
    garbage      answer text that is not JSON
    wrong-shape  answer JSON-RPC whose every result has the wrong shape
    huge         answer a 20 MiB result
    flood        answer without a length, 1 MiB after 1 MiB, until the client hangs up (1 GiB)
    nested       answer a result nested 100000 levels deep
    wrong-block  answer for the block after the one asked (block headers, NEAR query answers)
    contradict   EVM: eth_getBalance one wei above what eth_getProof proves;
                 NEAR: view_code answers code that is not what view_account's code hash names
    contradict-storage  EVM: eth_getStorageAt one above what eth_getProof proves
    no-proof     EVM: eth_getProof is an unknown method
    bad-proof    EVM: eth_getProof's account proof has one byte changed

Listens on 127.0.0.1 on a free port and prints `PORT <n>` once it accepts connections. Stops
when stdin closes (the test that started it closes it) or on SIGTERM. Standard library only.
"""

import base64
import json
import signal
import subprocess
import sys
import threading
import time
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

MODES = ["honest", "slow", "stall", "stall-state", "close", "garbage", "wrong-shape", "huge", "flood", "nested", "wrong-block",
         "contradict", "contradict-storage", "no-proof", "bad-proof"]


def error(request_id, message):
    return {"jsonrpc": "2.0", "id": request_id, "error": {"code": -32000, "message": message}}


class EVMNode:
    """Answers from the fixture, for its pinned block only."""

    def __init__(self, path, mode):
        node = json.load(open(path))["node"]
        self.mode = mode
        self.chain_id = node["chainId"]
        self.header = node["header"]
        self.accounts = node["accounts"]
        self.number = int(self.header["number"], 16)

    def at_pinned_block(self, tag):
        return tag == "latest" or (isinstance(tag, str) and int(tag, 16) == self.number)

    def header_for(self, tag):
        if not self.at_pinned_block(tag):
            return None
        header = dict(self.header)
        if self.mode == "wrong-block":
            header["number"] = hex(self.number + 1)
        return header

    def result(self, method, params):
        """The result, or an error message string wrapped in a tuple."""
        if method == "eth_chainId":
            return self.chain_id
        if method == "eth_getBlockByNumber":
            return self.header_for(params[0])
        if method not in ("eth_getBalance", "eth_getTransactionCount", "eth_getCode",
                          "eth_getStorageAt", "eth_getProof"):
            return ("the method " + method + " does not exist/is not available",)
        if method == "eth_getProof" and self.mode == "no-proof":
            return ("the method eth_getProof does not exist/is not available",)
        if not self.at_pinned_block(params[-1]):
            return ("no state for block " + str(params[-1]),)
        account = self.accounts.get(params[0].lower())
        if account is None:
            return ("the fixture holds no account " + params[0],)
        if method == "eth_getBalance":
            balance = int(account["balance"], 16)
            return hex(balance + 1 if self.mode == "contradict" else balance)
        if method == "eth_getTransactionCount":
            return account["nonce"]
        if method == "eth_getCode":
            return account["code"]
        slots = params[1] if method == "eth_getProof" else [params[1]]
        proofs = []
        for slot in slots:
            entry = account["storage"].get(hex(int(slot, 16)))
            if entry is None:
                return ("the fixture holds no slot " + slot + " of " + params[0],)
            proofs.append({"key": slot, "value": entry["value"], "proof": entry["proof"]})
        if method == "eth_getStorageAt":
            value = int(proofs[0]["value"], 16) + (1 if self.mode == "contradict-storage" else 0)
            return "0x" + value.to_bytes(32, "big").hex()
        account_proof = list(account["accountProof"])
        if self.mode == "bad-proof":
            last = bytearray.fromhex(account_proof[-1][2:])
            last[-1] ^= 1
            account_proof[-1] = "0x" + last.hex()
        return {"address": params[0], "accountProof": account_proof, "balance": account["balance"],
                "codeHash": account["codeHash"], "nonce": account["nonce"],
                "storageHash": account["storageHash"], "storageProof": proofs}

    def answer(self, body):
        request = json.loads(body)
        requests = request if isinstance(request, list) else [request]
        replies = []
        for item in requests:
            found = self.result(item.get("method"), item.get("params") or [])
            if isinstance(found, tuple):
                replies.append(error(item.get("id"), found[0]))
            else:
                replies.append({"jsonrpc": "2.0", "id": item.get("id"), "result": found})
        return replies if isinstance(request, list) else replies[0]


class NEARNode:
    """Passes requests to scripts/near-rpc-stub.py and bends its answers."""

    def __init__(self, snapshot, mode):
        stub = __file__.replace("lying-node.py", "near-rpc-stub.py")
        self.mode = mode
        self.stub = subprocess.Popen([sys.executable, stub, snapshot], stdout=subprocess.PIPE)
        self.url = "http://127.0.0.1:%d" % int(self.stub.stdout.readline())

    def answer(self, body):
        sent = urllib.request.Request(self.url, data=body, headers={"Content-Type": "application/json"})
        reply = json.loads(urllib.request.urlopen(sent, timeout=30).read())
        result = reply.get("result")
        if self.mode == "wrong-block" and isinstance(result, dict):
            if "header" in result:
                result["header"]["height"] += 1
            if "block_height" in result:
                result["block_height"] += 1
        if self.mode == "contradict" and isinstance(result, dict) and "code_base64" in result:
            code = bytearray(base64.b64decode(result["code_base64"]))
            code[-1] ^= 1
            result["code_base64"] = base64.b64encode(bytes(code)).decode()
        return reply

    def stop(self):
        self.stub.kill()
        self.stub.wait()


def reads_state(body):
    """Whether a request asks for anything beyond the block and the chain."""
    request = json.loads(body)
    methods = {item.get("method") for item in (request if isinstance(request, list) else [request])}
    return not methods <= {"eth_chainId", "eth_getBlockByNumber", "block"}


def bent(reply, mode):
    """The answer as the modes that spoil any answer send it."""
    replies = reply if isinstance(reply, list) else [reply]
    for item in replies:
        if "result" not in item:
            continue
        if mode == "wrong-shape":
            item["result"] = ["wrong", {"shape": [1, 2]}]
        elif mode == "huge":
            item["result"] = "0x" + "00" * (10 << 20)
        elif mode == "nested":
            item["result"] = "NESTED"
    data = json.dumps(reply)
    if mode == "nested":
        data = data.replace('"NESTED"', "[" * 100000 + "]" * 100000)
    return data.encode()


def main():
    signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGTERM])
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    if len(sys.argv) != 4 or sys.argv[1] not in MODES or sys.argv[2] not in ("--evm", "--near"):
        sys.stderr.write(__doc__)
        sys.exit(2)
    mode = sys.argv[1]
    node = EVMNode(sys.argv[3], mode) if sys.argv[2] == "--evm" else NEARNode(sys.argv[3], mode)
    never = threading.Event()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_POST(self):
            body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
            if mode == "stall" or (mode == "stall-state" and reads_state(body)):
                never.wait()
                return
            if mode == "slow" and reads_state(body):
                time.sleep(1.5)
            if mode == "flood":
                self.flood()
                return
            if mode == "garbage":
                data = b"<html>502 Bad Gateway</html> this is not JSON"
            else:
                data = bent(node.answer(body), mode)
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            try:
                if mode == "close":
                    self.wfile.write(data[: len(data) // 2])
                    self.wfile.flush()
                    self.close_connection = True
                    self.connection.shutdown(2)
                    return
                self.wfile.write(data)
            except OSError:
                pass  # the client hung up first, as it should on a huge answer

        def flood(self):
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Connection", "close")
            self.end_headers()
            self.close_connection = True
            chunk = b"[" * (1 << 20)
            try:
                for _ in range(1024):
                    self.wfile.write(chunk)
            except OSError:
                pass

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    print("PORT", server.server_address[1], flush=True)
    try:
        sys.stdin.read()
        server.shutdown()
    finally:
        if isinstance(node, NEARNode):
            node.stop()


if __name__ == "__main__":
    main()
