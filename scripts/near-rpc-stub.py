#!/usr/bin/env python3
"""A loopback NEAR JSON-RPC node for tests: answers `block` and `query` (view_account,
view_access_key, view_code, view_state) from a txray NEAR state snapshot file, in the JSON
shapes nearcore sends, including its structured errors (UNKNOWN_ACCOUNT, UNKNOWN_ACCESS_KEY,
NO_CONTRACT_CODE). `stub_requests` returns how many requests it has answered.

    scripts/near-rpc-stub.py SNAPSHOT.json [--delay SECONDS]

Listens on 127.0.0.1 on a free port and prints the port on the first line of stdout.
Standard library only.
"""
import base64
import http.server
import json
import signal
import sys
import threading
import time

# A test runner may start this with SIGTERM blocked (threads inherit masks): unblock it so the
# runner can stop the stub.
signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGTERM, signal.SIGINT})
snapshot = json.load(open(sys.argv[1]))
delay = float(sys.argv[sys.argv.index("--delay") + 1]) if "--delay" in sys.argv else 0.0
requests = 0
lock = threading.Lock()


def error(name, info):
    return {"name": "HANDLER_ERROR", "cause": {"name": name, "info": info}, "code": -32000,
            "message": "Server error"}


def query(params):
    account_id = params.get("account_id")
    entry = snapshot["accounts"].get(account_id)
    kind = params.get("request_type")
    block = snapshot["block"]
    context = {"block_height": block["height"], "block_hash": "11111111111111111111111111111111"}
    if entry is None:
        return None, error("UNKNOWN_ACCOUNT", {"requested_account_id": account_id, **context})
    if kind == "view_account":
        return {**entry["account"], **context}, None
    if kind == "view_access_key":
        for key in entry.get("access_keys", []):
            if key["public_key"] == params.get("public_key"):
                return {**key["access_key"], **context}, None
        return None, error("UNKNOWN_ACCESS_KEY", {"public_key": params.get("public_key"), **context})
    if kind == "view_code":
        if "code_base64" not in entry:
            return None, error("NO_CONTRACT_CODE", {"contract_account_id": account_id, **context})
        return {"code_base64": entry["code_base64"], "hash": entry["account"]["code_hash"], **context}, None
    if kind == "view_state":
        prefix = base64.b64decode(params.get("prefix_base64", ""))
        values = [v for v in entry.get("state", []) if base64.b64decode(v["key"]).startswith(prefix)]
        return {"values": values, **context}, None
    return None, {"name": "REQUEST_VALIDATION_ERROR", "cause": {"name": "PARSE_ERROR", "info": {}}}


class Handler(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        global requests
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        with lock:
            requests += 1
        time.sleep(delay)
        method, params = body.get("method"), body.get("params", {})
        result, failure = None, None
        if method == "block":
            block = snapshot["block"]
            result = {"header": {"height": block["height"], "timestamp": block["timestamp"],
                                 "gas_price": block["gas_price"], "hash": "11111111111111111111111111111111"}}
        elif method == "query":
            result, failure = query(params)
        elif method == "stub_requests":
            result = requests
        else:
            failure = {"name": "REQUEST_VALIDATION_ERROR", "cause": {"name": "METHOD_NOT_FOUND", "info": {}}}
        answer = {"jsonrpc": "2.0", "id": body.get("id")}
        if failure:
            answer["error"] = failure
        else:
            answer["result"] = result
        data = json.dumps(answer).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
print(server.server_address[1], flush=True)
server.serve_forever()
