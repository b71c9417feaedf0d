"""Issue 5, section 1: fonts and translations are package data. A plain ``pip install .`` (not
editable) into a fresh venv, run from another directory, still shows Chinese (the .qm files
load, Qt's own texts included) and embeds the CJK font in PDFs.

The wheel is built from a copy of the sources that holds only what a release holds (the
package, pyproject.toml, README.md), so nothing can be found by accident in the checkout. To
keep CI quick the throwaway venv installs the desk alone (``--no-deps``) and borrows the
dependencies of the test venv through a ``.pth`` line; the desk itself comes from the wheel.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import sysconfig
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        bool(os.environ.get("DESK_TEST_DATABASE_URL")),
        reason="packaging does not depend on the database: checked once, on the SQLite run",
    ),
]

# Runs inside the throwaway venv, in a directory that is not the checkout.
CHECK = textwrap.dedent(
    """
    import json, os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    import desk
    from PySide6.QtCore import QCoreApplication
    from reportlab.pdfgen import canvas
    from desk.app import create_application
    from desk.reports.fonts import FONT_FILE, cjk_font
    from desk.resources import translation_file

    app = create_application("zh_CN")
    pdf = canvas.Canvas(sys.argv[1])
    pdf.setFont(cjk_font(), 14)
    pdf.drawString(72, 760, "售后服务台 客户服务档案")
    pdf.save()
    print(json.dumps({
        "desk": desk.__file__,
        "font": str(FONT_FILE),
        "qm": str(translation_file("desk", "zh_CN")),
        "ui_font": app.font().family(),
        "reception": QCoreApplication.translate("MainWindow", "Reception"),
        "look_in": QCoreApplication.translate("QFileDialog", "&Look in:"),
        "cancel": QCoreApplication.translate("QPlatformTheme", "Cancel"),
    }))
    """
)


def _copy_release_sources(target: Path) -> Path:
    target.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, target / name)
    shutil.copytree(ROOT / "desk", target / "desk",
                    ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    return target


def _run(*args: str | Path, cwd: Path, env: dict[str, str] | None = None) -> str:
    result = subprocess.run([str(a) for a in args], cwd=cwd, env=env, capture_output=True,
                            text=True, timeout=300)
    assert result.returncode == 0, f"{args}: {result.stdout}\n{result.stderr}"
    return result.stdout


def test_s1_pip_install_ships_translations_and_font(tmp_path: Path) -> None:
    source = _copy_release_sources(tmp_path / "src")
    venv = tmp_path / "venv"
    _run(sys.executable, "-m", "venv", "--without-pip", venv, cwd=tmp_path)
    python = venv / "bin" / "python"
    _run(sys.executable, "-m", "pip", "--python", python, "install", "--no-deps",
         "--disable-pip-version-check", "-q", source, cwd=tmp_path)
    site = Path(_run(python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])",
                     cwd=tmp_path).strip())
    (site / "borrowed_test_dependencies.pth").write_text(
        sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    pdf = elsewhere / "chinese.pdf"

    found = json.loads(_run(python, "-c", CHECK, pdf, cwd=elsewhere, env=env))

    assert Path(found["desk"]).is_relative_to(site), "the desk must come from the wheel"
    for shipped in (found["font"], found["qm"]):
        assert Path(shipped).is_relative_to(site) and Path(shipped).is_file()
    assert found["ui_font"] == "WenQuanYi Micro Hei"
    assert found["reception"] == "接待登记"
    assert found["look_in"] == "查找范围(&L)："
    assert found["cancel"] == "取消"
    # pdffonts (poppler-utils, installed by scripts/bootstrap.sh test): name type ... emb sub
    fonts = _run("pdffonts", pdf, cwd=elsewhere)
    row = next(line for line in fonts.splitlines() if "WenQuanYi" in line)
    assert re.search(r"TrueType.*\byes\s+yes\b", row), fonts  # embedded, as a subset
    # The console script is installed too, and answers without a display.
    assert _run(venv / "bin" / "desk", "--version", cwd=elsewhere, env=env).startswith("desk ")
