#!/usr/bin/env python3
"""Writes the perturbation corpus the claim check (the semantic Guard) is measured on.

usage: scripts/gen-claim-corpus.py CLAIMS.jsonl OUT_DIR [--seed N]

CLAIMS.jsonl is `txray dev claims` over real inputs (the samples, with and without their state
snapshots, and scripts/eval-gen.py's set). For each narration it writes faithful texts and
texts made false from them, into OUT_DIR/claim-narrations.jsonl (the narrations, as given) and
OUT_DIR/claim-corpus.jsonl ({"narration": index, "text", "faithful", "kind"}).

Faithful texts compose the narration's statements the way a model may: any order, any of a
statement's wordings, joined by "and" or opened with a connective ("Also,", "In addition,",
"Moreover,"), and typeset differently (case, spacing, "..." for an ellipsis). Every required
finding is kept, a "why" sentence only right after its finding.

False texts take a faithful one and change what it states, the ways small models were seen to:
roles swapped, a direction flipped, a negation added or removed, an amount paired with another
asset, a number changed, a foreign address or account, an invented purpose, reassurance, a
statement repeated, a required finding dropped, a finding replaced by an account, a severity
lowered, a qualifier dropped. The mutations are written here, apart from the Swift code under
test, and know nothing of how it matches. Standard library only; seeded.
"""
import argparse
import json
import random
import re
from pathlib import Path

CONNECTIVES = ["Also, ", "In addition, ", "Moreover, ", "Furthermore, ", "Additionally, "]
SYMBOLS = ["ETH", "USDC", "DAI", "WETH", "USDT", "NEAR", "wNEAR", "POL"]
FOREIGN = ["0x1a2B…3c4D", "0xBEEF…dead", "mallory.near", "0x0000…0000", "bob.near"]
PURPOSES = [" to pay for gas", " to claim your airdrop", " for staking rewards",
            " to verify your wallet", " as a refundable deposit"]
INVENTED = ["This updates the text of a specific contract.", "The contract refunds you later.",
            "This is a routine approval.", "It only reads your balance.",
            "The recipient is a verified exchange."]
REASSURANCE = ["This transaction is safe.", "Nothing to worry about.", "You can sign it.",
               "No risks were found.", "It is safe to approve."]
FLIPS = [(" to ", " from "), (" from ", " to "), ("send ", "receive "), ("sends ", "receives "),
         ("receives ", "sends "), ("gains", "loses"), ("spend", "receive"), ("leaves", "reaches"),
         ("succeeds", "fails"), ("fails", "succeeds"), ("can move", "cannot move"),
         ("costs nothing", "costs everything"), ("add ", "remove "), ("added", "removed"),
         ("give ", "take "), ("allow ", "forbid ")]
NEGATIONS = [(" can ", " cannot "), (" may ", " may not "), (" is ", " is not "),
             (" runs ", " never runs "), (" not ", " "), (" no ", " an "), (" nothing ", " everything "),
             ("You ", "You do not ")]
DOWNGRADES = [("Critical: ", "Note: "), ("High risk: ", "Note: "), ("Critical: ", "Warning: "),
              ("High risk: ", "Warning: "), ("Warning: ", "Note: ")]
QUALIFIERS = ["all of ", "forever", "up to ", "at least ", "every ", "full ", "whenever it likes",
              "until the allowance is changed", "without asking again", "for good"]
NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def fill(template, slots):
    # One pass, like the narrator: a value holding "{x}" is never expanded again.
    return re.sub(r"\{([A-Za-z0-9_]+)\}", lambda m: slots.get(m.group(1), m.group(0)), template)


def lower_first(text):
    return text[:1].lower() + text[1:]


def can_join(claim, wording, joint, previous):
    if joint == "and" and (claim["kind"] != "context" or previous["kind"] != "context"):
        return False
    if joint == "also" and claim["kind"] not in ("detail", "context", "why"):
        return False
    word = re.match(r"[A-Za-z]*", wording).group(0)
    return len(word) >= 2 and word[0].isupper() and word[1:].islower()


def faithful_items(narration, rng):
    """A random composition: required findings kept, why only after its finding."""
    claims = narration["claims"]
    required = [c for c in claims if c["severity"] in ("warning", "high", "critical")]
    free = [c for c in claims if c not in required and c["follows"] is None]
    chosen = required + rng.sample(free, k=min(len(free), rng.randint(1, 3)))
    rng.shuffle(chosen)
    items = []
    for claim in chosen:
        items.append((claim, rng.randrange(len(claim["wordings"]))))
        for why in (c for c in claims if c["follows"] == claim["id"]):
            if rng.random() < 0.4:
                items.append((why, 0))
    return items


def render(items, slots, rng, typeset):
    """Sentences as (text, claim) pairs, and the whole text."""
    parts = []
    for index, (claim, wording) in enumerate(items):
        template = claim["wordings"][wording]
        sentence = fill(template, slots)
        if index > 0 and typeset and rng.random() < 0.3:
            joint = rng.choice(["and", "also"])
            if can_join(claim, template, joint, items[index - 1][0]):
                if joint == "and" and parts[-1][0].endswith("."):
                    parts[-1] = (parts[-1][0][:-1] + ", and " + lower_first(sentence), parts[-1][1])
                    continue
                if joint == "also":
                    sentence = rng.choice(CONNECTIVES) + lower_first(sentence)
        parts.append((sentence, claim))
    text = " ".join(p[0] for p in parts)
    if typeset:
        choice = rng.random()
        if choice < 0.2:
            text = text.replace("…", "...")
        elif choice < 0.35:
            text = "  " + text.replace(". ", ".\n\n") + "\n"
        elif choice < 0.45:
            text = text.upper()
        elif choice < 0.55:
            text = text.lower()
    return parts, text


def values_in(sentence, slots):
    return [v for v in slots.values() if v and v in sentence and len(v) >= 3]


def mutate(kind, parts, slots, narration, rng):
    """A false text made from `parts`, or None when the kind does not apply."""
    texts = [p[0] for p in parts]
    pick = list(range(len(texts)))
    rng.shuffle(pick)

    def with_sentence(i, new):
        if new == texts[i]:
            return None
        out = list(texts)
        out[i] = new
        return " ".join(out)

    if kind == "swap-roles":
        for i in pick:
            vals = [v for v in values_in(texts[i], slots) if texts[i].count(v) == 1]
            pairs = [(a, b) for a in vals for b in vals if a != b and a not in b and b not in a]
            if pairs:
                a, b = rng.choice(pairs)
                return with_sentence(i, texts[i].replace(a, "\0").replace(b, a).replace("\0", b))
    if kind in ("flip-direction", "negation", "severity-downgrade"):
        table = {"flip-direction": FLIPS, "negation": NEGATIONS, "severity-downgrade": DOWNGRADES}[kind]
        for i in pick:
            options = [(a, b) for a, b in table if a in texts[i]]
            if options:
                a, b = rng.choice(options)
                return with_sentence(i, texts[i].replace(a, b, 1))
    if kind == "wrong-asset":
        for i in pick:
            present = [s for s in SYMBOLS if re.search(r"\b" + re.escape(s) + r"\b", texts[i])]
            if present:
                old = rng.choice(present)
                new = rng.choice([s for s in SYMBOLS if s != old and s.lower() != old.lower()])
                return with_sentence(i, re.sub(r"\b" + re.escape(old) + r"\b", new, texts[i], count=1))
    if kind == "wrong-number":
        for i in pick:
            numbers = [m for m in NUMBER.finditer(texts[i]) if m.group(0) not in ("0",)]
            if numbers:
                m = rng.choice(numbers)
                old = m.group(0)
                new = old + "0" if rng.random() < 0.5 else str(int(re.sub(r"\D", "", old) or "0") + 7)
                return with_sentence(i, texts[i][:m.start()] + new + texts[i][m.end():])
    if kind == "foreign-value":
        for i in pick:
            accounts = [v for v in values_in(texts[i], slots)
                        if " " not in v and ("…" in v or v.endswith(".near"))]
            if accounts:
                old = rng.choice(accounts)
                new = rng.choice([f for f in FOREIGN if f != old])
                return with_sentence(i, texts[i].replace(old, new, 1))
    if kind == "invented-purpose":
        if rng.random() < 0.5:
            i = rng.randrange(len(texts))
            if texts[i].endswith("."):
                return with_sentence(i, texts[i][:-1] + rng.choice(PURPOSES) + ".")
        out = list(texts)
        out.insert(rng.randrange(len(out) + 1), rng.choice(INVENTED))
        return " ".join(out)
    if kind == "reassurance":
        out = list(texts)
        out.insert(rng.randrange(len(out) + 1), rng.choice(REASSURANCE))
        return " ".join(out)
    if kind == "repetition":
        i = rng.randrange(len(texts))
        out = list(texts)
        out.insert(rng.randrange(i + 1, len(out) + 1), texts[i])
        return " ".join(out)
    if kind == "drop-required":
        idx = [i for i, p in enumerate(parts) if p[1]["severity"] in ("warning", "high", "critical")]
        if idx and len(texts) > 1:
            out = [t for i, t in enumerate(texts) if i != rng.choice(idx)]
            return " ".join(out)
    if kind == "risk-to-account":
        idx = [i for i, p in enumerate(parts) if p[1]["kind"] == "finding"]
        accounts = [v for v in slots.values()
                    if " " not in v and ("…" in v or v.endswith(".near"))]
        if idx and accounts:
            i = rng.choice(idx)
            head = texts[i].split(":", 1)[0]
            return with_sentence(i, head + ": " + rng.choice(accounts) + ".")
    if kind == "dropped-qualifier":
        for i in pick:
            options = [q for q in QUALIFIERS if q in texts[i]]
            if options:
                q = rng.choice(options)
                return with_sentence(i, re.sub(r"\s+", " ", texts[i].replace(q, "", 1)).replace(" ,", ","))
    return None


KINDS = ["swap-roles", "flip-direction", "negation", "wrong-asset", "wrong-number", "foreign-value",
         "invented-purpose", "reassurance", "repetition", "drop-required", "risk-to-account",
         "severity-downgrade", "dropped-qualifier"]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("claims")
    parser.add_argument("out")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    narrations = [json.loads(line) for line in open(args.claims) if '"claims"' in line]
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    records = []
    for index, narration in enumerate(narrations):
        slots = narration["slots"]
        seen = set()
        for attempt in range(3):
            parts, text = render(faithful_items(narration, rng), slots, rng, typeset=attempt > 0)
            if text not in seen:
                seen.add(text)
                records.append({"narration": index, "text": text, "faithful": True, "kind": "composition"})
        for kind in KINDS:
            parts, plain = render(faithful_items(narration, rng), slots, rng, typeset=False)
            text = mutate(kind, parts, slots, narration, rng)
            if text and text != plain:
                records.append({"narration": index, "text": text, "faithful": False, "kind": kind})
    with open(out / "claim-narrations.jsonl", "w") as f:
        for narration in narrations:
            f.write(json.dumps(narration, ensure_ascii=False) + "\n")
    with open(out / "claim-corpus.jsonl", "w") as f:
        for record in records:
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
    faithful = sum(r["faithful"] for r in records)
    print(f"{len(narrations)} narrations, {faithful} faithful texts, {len(records) - faithful} false")


if __name__ == "__main__":
    main()
