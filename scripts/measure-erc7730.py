#!/usr/bin/env python3
"""How well txray says what the ERC-7730 registry's real mainnet transactions do.

    python3 scripts/measure-erc7730.py [--txray PATH] [--descriptors DIR] [--show N]
    python3 scripts/measure-erc7730.py --extract REGISTRY_CHECKOUT   # refresh the test data

The test data (scripts/data/erc7730-registry-tests.jsonl) is every `calldata-*.tests.json` test
with a `rawTx` from LedgerHQ/clear-signing-erc7730-registry (CC0-1.0): the raw transaction and the
texts a Ledger device shows for it (`expectedTexts`, read off its screens). Only transactions
txray decodes as chain 1 (Ethereum mainnet) are measured.

Two figures, both with `--no-model` (the rule-based text):

* headline: the share of transactions whose headline states the intent in words. The intent is
  the one the registry's descriptor gives the call (txray's `call.intent`); the headline states
  it when it holds the intent's first word (its verb), or a word that means the same in txray's
  own stories (approve: allow; transfer/send: send), and is not one of the stories that only
  name a call ("call … on", "send a transaction to").
* amounts: of the amounts the expected screens show with a ticker ("0.002 ETH", "4303.5 $MBG";
  a device wraps long numbers, so "0.00053363127876816 8 ETH" is one amount), the share that
  txray's text output (headline, explanation and fact sheet) shows with the same ticker and the
  same value. Amounts the device shows with "???" (a token it does not know) have no ticker and
  are not counted. Figures are given with and without the "Max fees" screen.
"""

import argparse
import decimal
import glob
import json
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "scripts", "data", "erc7730-registry-tests.jsonl")

# A ticker as devices show them: USDC, ETH, $MBG, stETH, wstETH, sDAI, cbETH, USDC.e, 1INCH.
TICKER = r"(?:\$?[A-Z0-9][A-Z0-9.+_-]*[A-Z][A-Z0-9.+_-]*|[a-z]{1,4}[A-Z][A-Za-z0-9.]*[A-Z][A-Za-z0-9]*)"
SCREEN_AMOUNT = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?(?: \d+)*) (" + TICKER + r")(?![\w$])")
TEXT_AMOUNT = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?) (" + TICKER + r")(?![\w$])")
SYNONYMS = {"approve": {"approve", "allow"}, "transfer": {"transfer", "send"}, "send": {"send"}}
CALL_ONLY = re.compile(r"^(This transaction fails in simulation: you would|You) (call |send a transaction to |sign a transaction)")


def extract(registry):
    tests = []
    for path in sorted(glob.glob(os.path.join(registry, "registry", "**", "calldata-*.tests.json"), recursive=True)):
        for test in json.load(open(path)).get("tests", []):
            if "rawTx" not in test:
                continue
            tests.append({
                "file": os.path.relpath(path, registry),
                "description": test.get("description", ""),
                "rawTx": test["rawTx"],
                "expectedTexts": test.get("expectedTexts", []),
            })
    with open(DATA, "w") as out:
        for test in tests:
            out.write(json.dumps(test, separators=(",", ":")) + "\n")
    print(f"wrote {len(tests)} tests to {os.path.relpath(DATA, ROOT)}")


def run(txray, descriptors, raw, json_mode, config):
    args = [txray, "--no-model", "--descriptors", descriptors] + (["--json"] if json_mode else []) + [raw]
    env = dict(os.environ, XDG_CONFIG_HOME=config, NO_COLOR="1")
    result = subprocess.run(args, capture_output=True, text=True, env=env)
    return result.returncode, result.stdout


def number(text):
    return decimal.Decimal(text.replace(" ", ""))


def screen_amounts(texts):
    joined = " ".join(texts)
    amounts = []
    # "Max fees" is its own screen; its amount follows the words.
    for match in SCREEN_AMOUNT.finditer(joined):
        before = joined[max(0, match.start() - 12):match.start()]
        amounts.append((number(match.group(1)), match.group(2), "Max fees" in before))
    return amounts


def text_amounts(text):
    return {(number(m.group(1)), m.group(2)) for m in TEXT_AMOUNT.finditer(text)}


def states_intent(headline, intent):
    if not intent or CALL_ONLY.match(headline):
        return False
    words = re.findall(r"[a-z]+", intent.lower())
    if not words:
        return False
    wanted = SYNONYMS.get(words[0], {words[0]})
    said = set(re.findall(r"[a-z]+", headline.lower()))
    return bool(wanted & said)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--extract", metavar="REGISTRY_CHECKOUT")
    parser.add_argument("--txray", default=os.path.join(ROOT, ".build", "release", "txray"))
    parser.add_argument("--descriptors", default=os.path.join(ROOT, "..", "shared", "testdata", "erc7730", "registry"))
    parser.add_argument("--show", type=int, default=0, help="print N misses of each kind")
    args = parser.parse_args()
    if args.extract:
        return extract(args.extract)

    tests = [json.loads(line) for line in open(DATA)]
    measured = headlines = 0
    amounts = found = fee_amounts = fee_found = 0
    headline_misses, amount_misses = [], []
    with tempfile.TemporaryDirectory() as config:
        for test in tests:
            status, out = run(args.txray, args.descriptors, test["rawTx"], True, config)
            if status != 0:
                continue
            record = json.loads(out)
            if record.get("chainId") != "1":
                continue
            measured += 1
            call = record.get("call") or {}
            intent = (record.get("clearSigning") or {}).get("intent") or call.get("intent")
            headline = record.get("headline", "")
            if states_intent(headline, intent):
                headlines += 1
            else:
                headline_misses.append((test["description"], intent, headline))
            _, text = run(args.txray, args.descriptors, test["rawTx"], False, config)
            shown = text_amounts(text)
            for value, ticker, is_fee in screen_amounts(test["expectedTexts"]):
                hit = (value, ticker) in shown
                if is_fee:
                    fee_amounts += 1
                    fee_found += hit
                else:
                    amounts += 1
                    found += hit
                    if not hit:
                        amount_misses.append((test["description"], f"{value} {ticker}"))

    def share(part, whole):
        return f"{part}/{whole} ({100 * part / whole:.1f}%)" if whole else "0/0"

    print(f"mainnet transactions measured: {measured} of {len(tests)} registry tests")
    print(f"headline states the intent:    {share(headlines, measured)}")
    print(f"amounts shown, ticker + value: {share(found, amounts)} (Max fees aside)")
    print(f"  with Max fees:               {share(found + fee_found, amounts + fee_amounts)}")
    for description, intent, headline in headline_misses[: args.show]:
        print(f"  headline miss: {description} | intent {intent!r} | {headline}")
    for description, amount in amount_misses[: args.show]:
        print(f"  amount miss:   {description} | {amount}")


if __name__ == "__main__":
    sys.exit(main())
