#!/usr/bin/env python3
"""A loopback JSON-RPC server that answers from recorded geth transcripts, for txray's RPC tests.

    scripts/rpc-replay.py [--hang] [DIR]

DIR (default ../shared/testdata/evm-rpc beside the package) holds `.io` files in which a line
`>> {request}` is followed by `<< {response}`. The server listens on 127.0.0.1 on a free port and
prints `PORT <n>` on stdout once it accepts connections. Requests (single or batched) are matched
on method and params, ignoring the id; a block parameter equal to the transcript's latest block
number also matches "latest", since txray pins "latest" to a number before reading, and
eth_getBlockByNumber matches with either full-transactions flag (txray reads only the header,
the transcripts ask for full blocks). Unknown
requests get a JSON-RPC error naming them. With --hang it accepts connections and never answers
(for timeout tests). Stops on SIGTERM or when stdin closes.
"""

import glob
import json
import os
import signal
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def canonical(value):
    """Hex strings compare case-insensitively; everything else as JSON."""
    if isinstance(value, str) and value.startswith("0x"):
        return value.lower()
    if isinstance(value, list):
        return [canonical(item) for item in value]
    if isinstance(value, dict):
        return {key: canonical(item) for key, item in value.items()}
    return value


def key(method, params):
    return method + " " + json.dumps(canonical(params or []), sort_keys=True)


def load(directory):
    answers = {}
    latest = None
    for path in sorted(glob.glob(os.path.join(directory, "**", "*.io"), recursive=True)):
        request = None
        with open(path) as transcript:
            for line in transcript:
                if line.startswith(">> "):
                    request = json.loads(line[3:])
                elif line.startswith("<< ") and isinstance(request, dict):
                    response = json.loads(line[3:])
                    if not isinstance(response, dict):
                        continue
                    answer = {k: v for k, v in response.items() if k in ("result", "error")}
                    answers.setdefault(key(request["method"], request.get("params")), answer)
                    if request["method"] == "eth_getBlockByNumber" and request.get("params", [None])[0] == "latest":
                        latest = (response.get("result") or {}).get("number")
                    request = None
    return answers, latest


def variants(method, params, latest):
    """The params as sent, then with the pinned latest number as "latest", then (for
    eth_getBlockByNumber) each with the full-transactions flag flipped."""
    forms = [params]
    if latest is not None:
        forms.append(["latest" if isinstance(p, str) and p.lower() == latest.lower() else p for p in params])
    if method == "eth_getBlockByNumber" and len(params) == 2 and isinstance(params[1], bool):
        forms += [[form[0], not form[1]] for form in forms]
    return forms


def answer(answers, latest, request):
    if not isinstance(request, dict) or "method" not in request:
        return {"jsonrpc": "2.0", "id": None, "error": {"code": -32600, "message": "invalid request"}}
    method, params = request["method"], request.get("params") or []
    found = next(
        (answers[key(method, form)] for form in variants(method, params, latest) if key(method, form) in answers),
        {"error": {"code": -32000, "message": "no transcript for " + key(method, params)}},
    )
    return {"jsonrpc": "2.0", "id": request.get("id"), **found}


def main():
    # A parent may have spawned us with SIGTERM blocked (Foundation's Process on Linux does).
    signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGTERM])
    args = [a for a in sys.argv[1:] if a != "--hang"]
    hang = "--hang" in sys.argv[1:]
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    directory = args[0] if args else os.path.join(root, "..", "shared", "testdata", "evm-rpc")
    answers, latest = load(directory)
    never = threading.Event()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):
            body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
            if hang:
                never.wait()
                return
            try:
                request = json.loads(body)
                if isinstance(request, list):
                    reply = [answer(answers, latest, item) for item in request]
                else:
                    reply = answer(answers, latest, request)
            except ValueError:
                reply = {"jsonrpc": "2.0", "id": None, "error": {"code": -32700, "message": "parse error"}}
            data = json.dumps(reply).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    print("PORT", server.server_address[1], flush=True)
    # The test that started us closes our stdin when done (or dies): stop then.
    sys.stdin.read()
    server.shutdown()


if __name__ == "__main__":
    main()
