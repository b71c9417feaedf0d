"""Errors a person can read.

Services raise :class:`DomainError` for wrong input and refused actions: the message is an
English source text marked with :func:`QT_TRANSLATE_NOOP` so Qt's lupdate collects it into the
translation files, and the window shows it translated (Chinese on a Chinese desk) next to the
field named by ``field``. Placeholders like ``{name}`` are filled after translation.

:class:`DatabaseUnavailable` is the environment failing (server down, file locked, disk
read-only): the window answers with a calm dialog that says what to do. :class:`DatabaseDamaged`
is its case of a damaged or foreign database file, where retrying cannot help and the answer is
a backup.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

CONTEXT = "DeskMessages"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation without importing Qt; lupdate finds the call by name."""
    return text


class Term(str):
    """A placeholder value that is itself a word to translate (a state, a record kind): the
    window translates it in ``context`` before filling it in; ``text()`` keeps the English."""

    context: str

    def __new__(cls, context: str, text: str) -> Term:
        term = super().__new__(cls, text)
        term.context = context
        return term


class DeskError(Exception):
    """Base of every error the desk shows to a person."""

    def __init__(self, message: str, field: str | None = None, **params: Any) -> None:
        self.message = message
        self.field = field
        self.params = params
        super().__init__(self.text())

    def render(self, translate: Callable[[str, str], str]) -> str:
        """The message in the caller's language: the window's and the command line's
        translator alike. Placeholders that are words (:class:`Term`) are translated too."""
        template = translate(CONTEXT, self.message)
        if not self.params:
            return template

        def word(value: Any) -> Any:
            if isinstance(value, Term):
                return translate(value.context, value)
            if isinstance(value, tuple):
                return translate("Errors", ", ").join(str(word(v)) for v in value)
            return value

        try:
            return template.format(**{k: word(v) for k, v in self.params.items()})
        except (KeyError, IndexError, ValueError):
            return self.text()

    def text(self) -> str:
        """The English message, filled in (logs, the command line, tests)."""
        if not self.params:
            return self.message
        plain = {k: ", ".join(v) if isinstance(v, tuple) else v for k, v in self.params.items()}
        return self.message.format(**plain)


class DomainError(DeskError):
    """Input that breaks a rule, or an action the rules refuse. Nothing was saved."""


class FieldRefusals(DomainError):
    """Several fields of one form refused at once, each error to stand next to its own field
    (:class:`desk.services.validation.Checks` gathers them). As an error it is the first one,
    so whatever shows a single error shows the first."""

    def __init__(self, errors: Sequence[DomainError]) -> None:
        first = errors[0]
        super().__init__(first.message, first.field, **first.params)
        self.errors = tuple(errors)


class PermissionDenied(DomainError):
    """The signed-in staff member's role may not do this (S2)."""


class NotFound(DomainError):
    pass


class StaleEdit(DomainError):
    """Someone else saved the record after it was loaded (S5)."""


class SignInFailed(DomainError):
    pass


class DatabaseUnavailable(DeskError):
    """The database cannot be reached, is locked, or refuses to write."""

    def __init__(self, message: str, detail: str = "", **params: Any) -> None:
        super().__init__(message, None, **params)
        self.detail = detail

    @classmethod
    def from_exception(cls, where: str, exc: BaseException) -> DatabaseUnavailable:
        raw = str(getattr(exc, "orig", None) or exc)
        lowered = raw.lower()
        detail = raw.strip().splitlines()[0] if raw.strip() else ""
        if is_damage(exc):
            return DatabaseDamaged(
                QT_TRANSLATE_NOOP(
                    "DeskMessages",
                    "The database {where} is damaged or is not a desk database. The desk has "
                    "left the file as it is. Ask the administrator to restore the latest backup "
                    "(and to keep the damaged file), then start the desk again.",
                ),
                detail=detail,
                where=where,
            )
        if "locked" in lowered or "busy" in lowered:
            message = QT_TRANSLATE_NOOP(
                "DeskMessages",
                "The database {where} is locked by another program. Close the other desk "
                "window or wait a moment, then try again.",
            )
        elif "readonly" in lowered or "read-only" in lowered or "read only" in lowered:
            message = QT_TRANSLATE_NOOP(
                "DeskMessages",
                "The database {where} is read-only. Ask the administrator to give this "
                "account write access to the file and its folder.",
            )
        elif "unable to open" in lowered or "no such file" in lowered:
            message = QT_TRANSLATE_NOOP(
                "DeskMessages",
                "The database file {where} cannot be opened. Check that the folder exists "
                "and this account may write to it.",
            )
        else:
            message = QT_TRANSLATE_NOOP(
                "DeskMessages",
                "The database {where} cannot be reached. Check that the database server is "
                "running and the network cable is plugged in, then try again.",
            )
        return cls(message, detail=detail, where=where)


class DatabaseDamaged(DatabaseUnavailable):
    """The database file is damaged (SQLite "database disk image is malformed", PostgreSQL
    data_corrupted) or is no database at all ("file is not a database"). Retrying cannot help;
    restoring a backup can. Nothing is written to the file."""


# SQLite's messages for SQLITE_CORRUPT and SQLITE_NOTADB; PostgreSQL's SQLSTATE class XX
# (data_corrupted XX001, index_corrupted XX002).
_DAMAGE_WORDS = (
    "database disk image is malformed",
    "malformed database schema",
    "file is not a database",
)
_DAMAGE_SQLSTATES = ("XX001", "XX002")


def is_damage(exc: BaseException) -> bool:
    """Whether a driver error says the database itself is damaged or foreign."""
    orig = getattr(exc, "orig", None) or exc
    if getattr(orig, "sqlstate", None) in _DAMAGE_SQLSTATES:
        return True
    if getattr(orig, "sqlite_errorname", "") in ("SQLITE_CORRUPT", "SQLITE_NOTADB"):
        return True
    lowered = str(orig).lower()
    return any(word in lowered for word in _DAMAGE_WORDS)
