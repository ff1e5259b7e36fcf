"""Dev helper: show block-level differences between an articles.jsonl and gold."""

import json
import re
import sys
from pathlib import Path

gold_dir, pred = Path(sys.argv[1]), Path(sys.argv[2])
preds = [json.loads(x) for x in pred.read_text(encoding="utf-8").splitlines() if x.strip()]


def nows(s):
    return re.sub(r"\s+", "", s or "")


for gf in sorted(gold_dir.glob("*.json")):
    page = json.loads(gf.read_text(encoding="utf-8"))
    for g in page["articles"]:
        cands = [p for p in preds if p["source"] == page["source"] and nows(p["title"]) == nows(g["title"])]
        if not cands:
            print("NO MATCH", g["title"])
            continue
        p = cands[0]
        gb = [(b["kind"], b["text"]) for b in g["blocks"]]
        pb = [(b["kind"], b["text"]) for b in p["blocks"]]
        if gb != pb:
            print("==", page["source"], g["title"])
            gs = {(k, t) for k, t in gb}
            ps = {(k, t) for k, t in pb}
            for k, t in gb:
                if (k, t) not in ps:
                    print("  - gold", k, t[:30], "…", t[-12:])
            for k, t in pb:
                if (k, t) not in gs:
                    print("  + pred", k, t[:30], "…", t[-12:])
