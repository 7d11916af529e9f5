#!/usr/bin/env python3
"""Turns the JSON lines of `txray dev eval` into scripts/eval's markdown report and summary.

usage: scripts/eval-report.py RECORDS.jsonl REPORT.md

Per model: how many texts the model composed and were shown; how many shown texts hold a
sentence that is not one of the narrator's statements, counted twice: by txray's claim check,
and by this script's own reading (each sentence must be a statement, or statements joined by
"and" or opened with a connective, with no statement twice); how often the text leads with a
required finding; mean and p95 time to the first text and to the whole. Then every input with
the narrator's text and each model's side by side. The summary table is printed to stdout.
Standard library only.
"""
import json
import re
import sys
from collections import Counter, OrderedDict

CONNECTIVES = ["also, ", "in addition, ", "moreover, ", "furthermore, ", "additionally, ",
               "note that "]


def p95(values):
    if not values:
        return None
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]


def mean(values):
    return sum(values) / len(values) if values else None


def seconds(ms):
    return "–" if ms is None else "%.2f s" % (ms / 1000)


def cell(text):
    return (text or "").replace("|", "\\|").replace("\n", " ")


def false_sentences(text, statements):
    """The parts of `text` that are not statements, read independently of txray's check."""
    forms = sorted({s.lower() for s in statements}, key=len, reverse=True)
    # A statement joined by "and" loses its full stop and its capital.
    joined = sorted({s.lower().rstrip(".") for s in statements}, key=len, reverse=True)
    rest, bad, used = " ".join(text.lower().split()), [], []
    while rest:
        rest = rest.lstrip(" ")
        for connective in CONNECTIVES:
            if rest.startswith(connective):
                rest = rest[len(connective):]
        if rest.startswith("and "):
            rest = rest[4:]
        match = next((f for f in forms if rest.startswith(f)), None)
        if match is None:
            match = next((f for f in joined if rest.startswith(f) and rest[len(f):].startswith(", and ")), None)
            if match is not None:
                used.append(match)
                rest = rest[len(match) + 2:]
                continue
        if match is None:
            sentence = re.split(r"(?<=[.!?]) ", rest, maxsplit=1)
            bad.append(sentence[0])
            rest = sentence[1] if len(sentence) > 1 else ""
            continue
        if match.rstrip(".") in used:
            bad.append("(twice) " + match)
        used.append(match.rstrip("."))
        rest = rest[len(match):]
    return bad


def main():
    records_path, report_path = sys.argv[1], sys.argv[2]
    with open(records_path) as f:
        records = [json.loads(line) for line in f if line.strip()]
    errors = [r for r in records if r["model"] == "error"]
    by_input = OrderedDict()
    models = []
    for r in records:
        if r["model"] == "error":
            continue
        by_input.setdefault(r["input"], {})[r["model"]] = r
        if r["model"] != "rules" and r["model"] not in models:
            models.append(r["model"])

    summary = ["| model | inputs | composed, shown | false (claim check) | false (report's reading) "
               "| leads with a required finding | mean first text | p95 first text | mean whole | p95 whole |",
               "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    reasons, falsehoods = {}, {}
    for model in ["rules"] + models:
        rows = [entries[model] for entries in by_input.values() if model in entries]
        shown = sum(1 for r in rows if r["source"] == "model")
        checked_false = sum(1 for r in rows if r.get("check", "accepted") != "accepted")
        read_false = [(r["input"], b) for r in rows for b in false_sentences(r["text"], r.get("statements", []))]
        falsehoods[model] = read_false
        with_required = [r for r in rows if r.get("required")]
        leads = sum(1 for r in with_required if r.get("claims") and r["claims"][0] in r["required"])
        first = [r["firstTokenMs"] for r in rows if r.get("firstTokenMs") is not None]
        total = [r["totalMs"] for r in rows if r.get("totalMs") is not None]
        summary.append("| %s | %d | %s | %d | %d | %d of %d | %s | %s | %s | %s |" % (
            "narrator" if model == "rules" else model, len(rows),
            "–" if model == "rules" else "%d" % shown, checked_false,
            len({i for i, _ in read_false}), leads, len(with_required),
            seconds(mean(first)), seconds(p95(first)), seconds(mean(total)), seconds(p95(total))))
        reasons[model] = Counter(
            (r.get("rejection") or "").split(" (")[0] for r in rows
            if r["source"] != "model" and model != "rules")

    lines = ["# txray model evaluation", "", "%d inputs explained, %d unreadable." % (
        len(by_input), len(errors)), ""] + summary + [""]
    for model in ["rules"] + models:
        if falsehoods[model]:
            lines.append("Sentences of %s that are not statements:" % model)
            lines += ["- %s: %s" % (i, cell(b)) for i, b in falsehoods[model]]
            lines.append("")
        if reasons.get(model):
            lines.append("Texts of %s not shown:" % model)
            for reason, count in reasons[model].most_common():
                lines.append("- %d × %s" % (count, reason))
            lines.append("")
    if errors:
        lines.append("Unreadable inputs:")
        lines += ["- %s: %s" % (e["input"], e.get("error")) for e in errors]
        lines.append("")
    lines.append("## Texts")
    for input_path, entries in by_input.items():
        rules = entries.get("rules")
        lines += ["", "### %s" % input_path, ""]
        if rules:
            lines.append("Headline: %s  " % cell(rules["headline"]))
            lines.append("Findings: %s" % (", ".join(rules["findings"]) or "none"))
            lines.append("")
        lines += ["| source | labels | text | shown | time |", "| --- | --- | --- | --- | ---: |"]
        if rules:
            lines.append("| narrator | | %s | rules | |" % cell(rules["narrator"]))
        for model in models:
            r = entries.get(model)
            if not r:
                continue
            shown = "model" if r["source"] == "model" else "rules: " + cell(r.get("rejection"))
            lines.append("| %s | %s | %s | %s | %s |" % (
                model, cell(r.get("raw") or ""), cell(r["text"]), shown, seconds(r.get("totalMs"))))
    with open(report_path, "w") as f:
        f.write("\n".join(lines) + "\n")
    print("\n".join(summary))
    print("report: %s" % report_path)


if __name__ == "__main__":
    main()
