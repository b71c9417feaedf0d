"""Files the desk ships inside its package: the CJK font and the compiled translations.

They live in the package, not beside it in the source checkout, so that a plain
``pip install .`` (not editable) carries them into site-packages; they are found with
``importlib.resources``, never relative to the current directory or the repository.
"""

from __future__ import annotations

import atexit
from contextlib import ExitStack
from importlib.resources import as_file, files
from pathlib import Path

# Files extracted from a zipped install stay until the process ends: Qt and reportlab read
# them lazily, by path.
_extracted = ExitStack()
atexit.register(_extracted.close)


def resource_path(*parts: str) -> Path:
    """A real file path for a shipped file: Qt and reportlab open files by name, not streams.

    From an ordinary (unzipped) install this is the file in site-packages itself."""
    shipped = files(__name__).joinpath(*parts)
    if isinstance(shipped, Path):
        return shipped
    return _extracted.enter_context(as_file(shipped))


FONT_FILE = resource_path("fonts", "wqy-microhei.ttc")


def translation_file(catalogue: str, language: str) -> Path:
    """The compiled catalogue, e.g. ``translation_file("desk", "zh_CN")``: desk_zh_CN.qm."""
    return resource_path("translations", f"{catalogue}_{language}.qm")
