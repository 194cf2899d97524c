"""The detector loads spaCy without PyTorch, and leaves PyTorch usable for everything else.

A fresh interpreter each time: what is imported is the point, so the test suite's
own imports must not be in the way.
"""

from __future__ import annotations

import json
import subprocess
import sys

SCRIPT = """
import json, sys
from assistant.config import apply_offline_environment
apply_offline_environment()
from assistant.privacy import redact

masked = redact("My name is Maria Lopez, call me on 06 12 34 56 78.", language="en")
report = {"masked": masked, "torch_after_detector": "torch" in sys.modules,
          "spacy_loaded": "spacy" in sys.modules}
import thinc.compat
report["thinc_uses_torch"] = bool(thinc.compat.has_torch)
import torch  # an embedder that needs it (sentence-transformers) still gets it
from transformers.utils import is_torch_available
report["torch_later"] = bool(torch.tensor([1.0]).sum() == 1.0) and is_torch_available()
print(json.dumps(report))
"""

WITH_TORCH_FIRST = """
import json, sys
import torch
from assistant.config import apply_offline_environment
apply_offline_environment()
from assistant.privacy import redact
masked = redact("My name is Maria Lopez.", language="en")
import thinc.compat
print(json.dumps({"masked": masked, "thinc_uses_torch": bool(thinc.compat.has_torch)}))
"""


def run(script: str) -> dict:
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=300, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_detector_loads_without_pytorch_and_pytorch_still_loads_after():
    report = run(SCRIPT)
    assert report["masked"] == "My name is [NAME], call me on [PHONE]."
    assert report["spacy_loaded"] and not report["torch_after_detector"]
    assert not report["thinc_uses_torch"]
    assert report["torch_later"]


def test_a_process_that_already_has_pytorch_keeps_it_for_spacy():
    report = run(WITH_TORCH_FIRST)
    assert report["masked"] == "My name is [NAME]."
    assert report["thinc_uses_torch"]
