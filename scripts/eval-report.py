#!/usr/bin/env python3
"""Turns the JSON lines of `txray dev eval` into scripts/eval's markdown report and summary.

usage: scripts/eval-report.py RECORDS.jsonl REPORT.md

Per model: Guard pass rate (the model's text shown), mean and p95 time to first token and to the
full text, and the rejection reasons; then every input with the narrator's text and each model's
side by side. The summary table is printed to stdout as well. Standard library only.
"""
import json
import sys
from collections import Counter, OrderedDict


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

    summary = ["| model | inputs | Guard pass | mean first token | p95 first token | mean full text | p95 full text |",
               "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
    reasons = {}
    for model in models:
        rows = [entries[model] for entries in by_input.values() if model in entries]
        passed = sum(1 for r in rows if r["source"] == "model")
        first = [r["firstTokenMs"] for r in rows if r.get("firstTokenMs") is not None]
        total = [r["totalMs"] for r in rows if r.get("totalMs") is not None]
        summary.append("| %s | %d | %.0f%% (%d) | %s | %s | %s | %s |" % (
            model, len(rows), 100.0 * passed / max(1, len(rows)), passed, seconds(mean(first)),
            seconds(p95(first)), seconds(mean(total)), seconds(p95(total))))
        reasons[model] = Counter(
            (r.get("rejection") or "").split(" (")[0] for r in rows if r["source"] != "model")

    lines = ["# txray model evaluation", "", "%d inputs explained, %d unreadable." % (
        len(by_input), len(errors)), ""] + summary + [""]
    for model in models:
        if reasons[model]:
            lines.append("Rejections of %s:" % model)
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
        lines += ["| source | text | shown | time |", "| --- | --- | --- | ---: |"]
        if rules:
            lines.append("| narrator | %s | rules | |" % cell(rules["narrator"]))
        for model in models:
            r = entries.get(model)
            if not r:
                continue
            shown = "model" if r["source"] == "model" else "rules: " + cell(r.get("rejection"))
            lines.append("| %s | %s | %s | %s |" % (
                model, cell(r.get("raw") or ""), shown, seconds(r.get("totalMs"))))
    with open(report_path, "w") as f:
        f.write("\n".join(lines) + "\n")
    print("\n".join(summary))
    print("report: %s" % report_path)


if __name__ == "__main__":
    main()
