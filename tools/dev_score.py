"""Dev helper: clean pages with the library alone and score them against gold.

usage: python tools/dev_score.py [SEED_DIR] [GOLD_DIR]
"""

import json
import subprocess
import sys
import tempfile
from pathlib import Path

from textclean.clean.page import clean_page

root = Path(__file__).resolve().parents[1]
seeds = Path(sys.argv[1]) if len(sys.argv) > 1 else root / "seeds"
gold = Path(sys.argv[2]) if len(sys.argv) > 2 else root / "tests" / "fixtures" / "gold"
with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as fh:
    for p in sorted(seeds.glob("*.txt")):
        for a in clean_page(p.name, p.read_bytes()).articles:
            fh.write(json.dumps(a.to_record(), ensure_ascii=False) + "\n")
subprocess.run([sys.executable, str(root / "tools" / "score.py"), str(gold), fh.name], check=True)
print("articles:", fh.name)
