"""Instructor authentication: a password hash in the settings, short-lived signed sessions.

Only a *hash* of the instructor password is configured
(``ASSISTANT_INSTRUCTOR_PASSWORD_HASH``); without one the instructor area is
off and says how to turn it on. Choices made here, all standard library:

* **scrypt** (memory-hard, in :mod:`hashlib`) with a self-describing string
  ``scrypt$<n>$<r>$<p>$<salt>$<hash>`` (URL-safe base64, no padding), so the
  cost can be raised later without breaking stored hashes. ``n = 2**15, r = 8``
  costs about 32 MiB and some 50–100 ms per check: cheap for one login, slow
  for guessing. Passwords are NFC-normalised first (the same password typed
  on two keyboards may arrive composed or decomposed), and hashes are compared
  with :func:`hmac.compare_digest`.
* **Session tokens** ``v1.<expiry>.<nonce>.<signature>`` signed with
  HMAC-SHA256. The key is derived from ``ASSISTANT_SESSION_SECRET`` when set
  (needed when several app instances share logins), else drawn at random per
  process, so a restart logs instructors out. Tokens expire (8 hours by
  default) and can be revoked by :meth:`InstructorAuth.logout`.
* **Lockout.** After 5 wrong passwords from one client (e.g. its IP address)
  that client waits 30 s, doubling with each further failure up to 15 minutes;
  a correct password resets it. Counts live in memory, per process.
"""

from __future__ import annotations

import argparse
import base64
import getpass
import hashlib
import hmac
import os
import secrets
import sys
import threading
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.config import Settings
from assistant.errors import AssistantError, ConfigError

SCHEME = "scrypt"
DEFAULT_N, DEFAULT_R, DEFAULT_P = 2**15, 8, 1
SALT_BYTES, KEY_BYTES = 16, 32
MIN_PASSWORD_CHARS = 12
MIN_SECRET_CHARS = 32
TOKEN_VERSION = "v1"
SESSION_SECONDS = 8 * 3600
MAX_FAILURES = 5
LOCKOUT_SECONDS = 30.0
MAX_LOCKOUT_SECONDS = 900.0

DISABLED_MESSAGE = (
    "The instructor area is off: no instructor password is set. Run "
    "`assistant instructor hash-password`, put the line it prints in your .env file "
    "(or set ASSISTANT_INSTRUCTOR_PASSWORD_HASH), then restart the app."
)


class AuthenticationError(AssistantError):
    """Wrong password or locked out; the message is safe to show."""


class LockedOutError(AuthenticationError):
    """Too many wrong passwords from one client; ``retry_after`` is in seconds."""

    def __init__(self, retry_after: float) -> None:
        super().__init__(
            f"Too many wrong passwords. Try again in {max(1, round(retry_after))} seconds."
        )
        self.retry_after = retry_after


# -- password hashes ---------------------------------------------------------------


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _scrypt(password: str, salt: bytes, n: int, r: int, p: int, length: int) -> bytes:
    # NFC: the same password typed on two keyboards may arrive composed or decomposed.
    return hashlib.scrypt(
        unicodedata.normalize("NFC", password).encode("utf-8"),
        salt=salt,
        n=n,
        r=r,
        p=p,
        dklen=length,
        maxmem=256 * n * r + 2**20,
    )


def hash_password(
    password: str, *, n: int = DEFAULT_N, r: int = DEFAULT_R, p: int = DEFAULT_P
) -> str:
    """A salted scrypt hash of ``password`` as ``scrypt$n$r$p$salt$hash``."""
    if not password:
        raise ConfigError("The instructor password cannot be empty.")
    salt = secrets.token_bytes(SALT_BYTES)
    key = _scrypt(password, salt, n, r, p, KEY_BYTES)
    return f"{SCHEME}${n}${r}${p}${_b64(salt)}${_b64(key)}"


def _parse(stored: str) -> tuple[int, int, int, bytes, bytes]:
    parts = stored.strip().split("$")
    try:
        if len(parts) != 6 or parts[0] != SCHEME:
            raise ValueError("expected scrypt$n$r$p$salt$hash")
        n, r, p = (int(x) for x in parts[1:4])
        if n < 2 or n & (n - 1) or n > 2**20 or not 1 <= r <= 32 or not 1 <= p <= 16:
            raise ValueError("scrypt parameters out of range")
        salt, key = _unb64(parts[4]), _unb64(parts[5])
        if len(salt) < 8 or len(key) < 16:
            raise ValueError("salt or hash too short")
    except ValueError as exc:
        raise ConfigError(
            f"ASSISTANT_INSTRUCTOR_PASSWORD_HASH is not a valid password hash ({exc}). "
            "Create one with `assistant instructor hash-password` and copy the whole line."
        ) from exc
    return n, r, p, salt, key


def verify_password(password: str, stored: str) -> bool:
    """Whether ``password`` matches the stored hash; a malformed hash is a ConfigError."""
    n, r, p, salt, key = _parse(stored)
    candidate = _scrypt(password, salt, n, r, p, len(key))
    return hmac.compare_digest(candidate, key)


# -- sessions and lockout ---------------------------------------------------------


@dataclass
class _Failures:
    count: int = 0
    locked_until: float = 0.0


class InstructorAuth:
    """Checks the instructor password, issues and checks session tokens; thread-safe."""

    def __init__(
        self,
        password_hash: str | None,
        *,
        secret: str | None = None,
        session_seconds: int = SESSION_SECONDS,
        max_failures: int = MAX_FAILURES,
        lockout_seconds: float = LOCKOUT_SECONDS,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.password_hash = password_hash or None
        if self.password_hash is not None:
            _parse(self.password_hash)  # fail at start-up, not at the first login
        if secret is not None and len(secret) < MIN_SECRET_CHARS:
            raise ConfigError(
                f"ASSISTANT_SESSION_SECRET must be at least {MIN_SECRET_CHARS} characters; "
                'generate one with: python -c "import secrets; print(secrets.token_urlsafe(32))"'
            )
        material = secret.encode("utf-8") if secret else secrets.token_bytes(32)
        self._key = hashlib.sha256(b"agora-tutor instructor session\x00" + material).digest()
        self.session_seconds = session_seconds
        self.max_failures = max_failures
        self.lockout_seconds = lockout_seconds
        self._clock = clock
        self._failures: dict[str, _Failures] = {}
        self._revoked: dict[str, float] = {}  # nonce -> expiry
        self._lock = threading.Lock()

    @classmethod
    def from_settings(cls, settings: Settings) -> InstructorAuth:
        """From ``instructor_password_hash`` and ``session_secret``."""
        return cls(
            settings.instructor_password_hash,
            secret=settings.session_secret,
        )

    @property
    def enabled(self) -> bool:
        """Whether an instructor password is configured."""
        return self.password_hash is not None

    def login(self, password: str, client: str = "") -> str:
        """A session token for the right password; raise AuthenticationError otherwise."""
        if self.password_hash is None:
            raise ConfigError(DISABLED_MESSAGE)
        now = self._clock()
        with self._lock:
            state = self._failures.get(client)
            if state and state.locked_until > now:
                raise LockedOutError(state.locked_until - now)
        if verify_password(password, self.password_hash):
            with self._lock:
                self._failures.pop(client, None)
            return self.issue_token()
        with self._lock:
            state = self._failures.setdefault(client, _Failures())
            state.count += 1
            over = state.count - self.max_failures
            if over >= 0:
                wait = min(self.lockout_seconds * 2**over, MAX_LOCKOUT_SECONDS)
                state.locked_until = self._clock() + wait
                raise LockedOutError(wait)
        raise AuthenticationError("Wrong password.")

    def issue_token(self) -> str:
        """A new session token valid for ``session_seconds``."""
        expires = int(self._clock()) + self.session_seconds
        payload = f"{TOKEN_VERSION}.{expires}.{_b64(secrets.token_bytes(16))}"
        return f"{payload}.{self._sign(payload)}"

    def check_token(self, token: str | None) -> bool:
        """Whether ``token`` was issued here, is unexpired and was not revoked."""
        parsed = self._verified(token)
        if parsed is None:
            return False
        nonce, expires = parsed
        with self._lock:
            return nonce not in self._revoked and expires > self._clock()

    def logout(self, token: str | None) -> None:
        """Revoke ``token`` (until it would have expired anyway)."""
        parsed = self._verified(token)
        if parsed is None:
            return
        now = self._clock()
        with self._lock:
            self._revoked = {n: e for n, e in self._revoked.items() if e > now}
            self._revoked[parsed[0]] = parsed[1]

    def _sign(self, payload: str) -> str:
        return _b64(hmac.new(self._key, payload.encode("ascii"), hashlib.sha256).digest())

    def _verified(self, token: str | None) -> tuple[str, float] | None:
        parts = (token or "").split(".")
        if len(parts) != 4 or parts[0] != TOKEN_VERSION or not parts[1].isdigit():
            return None
        payload = ".".join(parts[:3])
        if not hmac.compare_digest(
            self._sign(payload).encode(), parts[3].encode("ascii", "replace")
        ):
            return None
        return parts[2], float(parts[1])


# -- command line ----------------------------------------------------------------


def browser_state_secret(settings: Settings) -> str:
    """The key that encrypts what the app keeps in the learner's browser (their random id).

    It must survive restarts, or learners lose their progress at every restart:
    ``ASSISTANT_SESSION_SECRET`` when set, else a random key created once in the
    data directory (readable by the app's user only).
    """
    if settings.session_secret:
        return settings.session_secret
    path = Path(settings.data_dir) / "browser-state.key"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(secrets.token_urlsafe(32))
    return path.read_text("utf-8").strip()


def cmd_hash_password(args: argparse.Namespace, settings: Settings) -> int:
    """Ask for a new instructor password twice and print the settings line with its hash."""
    if getattr(args, "stdin", False):
        password = sys.stdin.readline().rstrip("\r\n")
        again = password
    else:
        password = getpass.getpass("New instructor password: ")
        again = getpass.getpass("Repeat it: ")
    if password != again:
        print("The two passwords differ; nothing was changed.", file=sys.stderr)
        return 1
    if len(password) < MIN_PASSWORD_CHARS:
        print(
            f"Use at least {MIN_PASSWORD_CHARS} characters (a few unrelated words work well).",
            file=sys.stderr,
        )
        return 1
    # Single quotes: the hash contains '$', which a shell or a .env file must not expand.
    print(f"ASSISTANT_INSTRUCTOR_PASSWORD_HASH='{hash_password(password)}'")
    print("Put this line in .env (or the environment) and restart the app.", file=sys.stderr)
    return 0


def add_parser(sub: Any) -> None:
    """Register ``instructor`` and its subcommands on the main parser."""
    instructor = sub.add_parser("instructor", help="the instructor area")
    commands = instructor.add_subparsers(dest="instructor_command", required=True)
    hashing = commands.add_parser(
        "hash-password",
        help="hash a new instructor password for ASSISTANT_INSTRUCTOR_PASSWORD_HASH",
    )
    hashing.add_argument(
        "--stdin", action="store_true", help="read the password from standard input (scripts)"
    )
    hashing.set_defaults(func=cmd_hash_password)
